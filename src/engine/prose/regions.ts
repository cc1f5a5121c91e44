// Where explanations are looked for: each section's body with the bodies of the sections nested under it, word by word.
import { cleanInline, tokenize, type Token } from './normalize.ts';
import { SOFT_LEAD_LEVEL, isSoft, type Section } from './section.ts';
import { toSentences, type Sentence } from './sentences.ts';

/** A sentence placed in a region: its first word is at position `base`. */
export interface Placed {
  readonly sentence: Sentence;
  /** Same number for the same sentence in every region (for caches and de-duplication). */
  readonly key: number;
  readonly base: number;
  /** 1-based file line: the sentence's own line when the section knows it, else the section's line. */
  readonly line: number;
}

export interface Region {
  /** The heading of the section the region starts with, without its numbering ("3.") or final ":" / "?". */
  readonly heading: readonly Token[];
  readonly sentences: readonly Placed[];
}

const SENTENCE_GAP = 1;
/**
 * Positions skipped between sentences, and between a section and the next one nested in the region: wider
 * than any pattern's window (concepts-schema caps `within` below it), so that no idea is found half in one
 * section and half in the next (`primary` ending one section does not name the SPOF the next one announces).
 */
export const SECTION_GAP = 50;
/** Most sections read; a submission with more is cut (they are untrusted). */
const MAX_SECTIONS = 2000;

interface Prepared {
  readonly level: number;
  readonly heading: readonly Token[];
  readonly sentences: readonly {
    readonly sentence: Sentence;
    readonly key: number;
    readonly line: number;
  }[];
}

function levelOf(s: Section): number {
  return Number.isFinite(s.level) ? Math.max(0, Math.min(SOFT_LEAD_LEVEL, Math.trunc(s.level))) : 0;
}

function prepare(sections: readonly Section[]): Prepared[] {
  let key = 0;
  return sections.slice(0, MAX_SECTIONS).map((s) => {
    const text = typeof s.text === 'string' ? s.text : '';
    const heading = tokenize(cleanInline(typeof s.heading === 'string' ? s.heading : ''));
    while (heading.length > 0 && /^\p{N}+$/u.test(heading[0]?.norm ?? '')) heading.shift();
    while (heading.length > 0 && /^[:?]$/.test(heading[heading.length - 1]?.norm ?? ''))
      heading.pop();
    const fallback = Number.isFinite(s.line) ? Math.max(1, Math.trunc(s.line)) : 1;
    const sentences = toSentences(text).map((sentence) => {
      const own = s.lines?.[sentence.lineIndex];
      const line = own !== undefined && Number.isFinite(own) ? Math.trunc(own) : fallback;
      key += 1;
      return { sentence, key, line };
    });
    return { level: levelOf(s), heading, sentences };
  });
}

/** Regions by sections list: every criterion of a submission reads the same sections, cut once. */
const built = new WeakMap<readonly Section[], readonly Region[]>();

/**
 * One region per section: its body, then the bodies of the sections under it (deeper headings up to the
 * next heading of the same or a higher level). The text before the first heading is a region too, running on
 * through the soft headings (bold lines and bold labels) after it. A soft heading breaks no region: its line is
 * read as prose.
 */
export function buildRegions(sections: readonly Section[]): readonly Region[] {
  const known = built.get(sections);
  if (known) return known;
  const regions = regionsOf(prepare(sections));
  built.set(sections, regions);
  return regions;
}

function regionsOf(prepared: readonly Prepared[]): Region[] {
  return prepared.map((own, i) => {
    const members = [own];
    for (let j = i + 1; j < prepared.length; j += 1) {
      const next = prepared[j];
      if (next === undefined) break;
      // A section takes in the deeper ones under it; the prose before the first heading, the soft ones only.
      const under = own.level > 0 ? next.level > own.level : isSoft(next.level);
      if (!under) break;
      members.push(next);
    }
    const placed: Placed[] = [];
    let pos = 0;
    members.forEach((m, k) => {
      // A soft heading (a bold line) is a sentence of the text it sits in, not a break in it.
      if (k > 0 && !isSoft(m.level)) pos += SECTION_GAP;
      for (const s of m.sentences) {
        placed.push({ sentence: s.sentence, key: s.key, base: pos, line: s.line });
        pos += s.sentence.tokens.length + SENTENCE_GAP;
      }
    });
    return { heading: own.heading, sentences: placed };
  });
}
