// buildRegions on real submissions: a soft heading (a bold line or a bold label) adds a region and breaks none.
import { describe, expect, it } from 'vitest';
import { splitSubmission } from '../../../src/engine/ingest/blocks.ts';
import { buildRegions, type Region } from '../../../src/engine/prose/regions.ts';
import { SOFT_HEADING_LEVEL, isSoft, type Section } from '../../../src/engine/prose/section.ts';
import { corpusFiles, readCorpus, readSeed, seedNames } from '../../fixtures/shared.ts';

/** The same prose with every soft heading read as a plain line of the section above it. */
function withoutSoftHeadings(sections: readonly Section[]): Section[] {
  const out: Section[] = [];
  for (const s of sections) {
    const last = out.at(-1);
    if (!isSoft(s.level) || last === undefined) {
      out.push({ ...s, lines: [...(s.lines ?? [])] });
      continue;
    }
    const text = [last.text, s.text].filter((t) => t !== '').join('\n');
    out[out.length - 1] = { ...last, text, lines: [...(last.lines ?? []), ...(s.lines ?? [])] };
  }
  return out;
}

/** What a pattern sees of a region: each sentence's words and where they start. */
function view(r: Region | undefined): string[] {
  return (r?.sentences ?? []).map(
    (p) => `${p.base}:${p.line}:${p.sentence.tokens.map((t) => t.norm).join(' ')}`,
  );
}

const texts = [
  ...corpusFiles().map((f) => [f, readCorpus(f)] as const),
  ...seedNames().map((n) => [n, readSeed(n)] as const),
];

describe('buildRegions with soft headings', () => {
  it('leaves every other region of every corpus file and seed as if the bold lines were plain', () => {
    let soft = 0;
    for (const [name, text] of texts) {
      const sections = splitSubmission(text).sections;
      const plain = withoutSoftHeadings(sections);
      const hard = sections.filter((s) => !isSoft(s.level));
      soft += sections.length - hard.length;
      expect(
        hard.map((s) => s.heading),
        name,
      ).toEqual(plain.map((s) => s.heading));
      const regions = buildRegions(sections);
      const plainRegions = buildRegions(plain);
      const hardRegions = regions.filter((_, i) => !isSoft(sections[i]?.level ?? 0));
      hardRegions.forEach((r, i) => expect(view(r), name).toEqual(view(plainRegions[i])));
    }
    // Not vacuous: the corpus has many bold-line and bold-label headings.
    expect(soft).toBeGreaterThan(100);
  });

  it('gives a soft heading its own region, headed by the bold text (023)', () => {
    const text = readCorpus(corpusFiles().find((f) => f.includes('/023_')) ?? '');
    const sections = splitSubmission(text).sections;
    const regions = buildRegions(sections);
    const i = sections.findIndex((s) => s.level === SOFT_HEADING_LEVEL && s.line === 23);
    expect(regions[i]?.heading.map((t) => t.norm)).toEqual(['why', 'it', 's', 'added']);
    const words = view(regions[i]).join(' ');
    expect(words).toContain('the second takes over');
    expect(words).not.toContain('attack surface');
  });
});
