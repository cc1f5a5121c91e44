// Grades one prose criterion from a submission's sections with the concepts of quizzes/concepts.yaml.
import { lexiconOf } from './compile.ts';
import type { ConceptPattern, Concepts } from './concepts-schema.ts';
import { collect, type Evidence } from './evidence.ts';
import { findPattern, type Occurrence } from './match.ts';
import { buildRegions, type Placed, type Region } from './regions.ts';
import type { Section } from './section.ts';
import { findIdeas } from './lexicon.ts';
import { respell } from './respell.ts';
import type { Hit } from './terms.ts';

export interface ProseVerdict {
  readonly verdict: 'pass' | 'fail';
  /** 1-based file lines of the evidence. */
  readonly lines: number[];
  /** Short excerpts of the sentences that matched. */
  readonly quotes: string[];
  readonly message: string;
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

interface Prepared {
  readonly regions: readonly Region[];
  /** Every sentence of the submission once, by increasing key. */
  readonly sentences: readonly Placed[];
  /** Sorted keys of the sentences holding each idea. */
  readonly keys: ReadonlyMap<string, readonly number[]>;
  /** Hits of every idea in each sentence, by the sentence's key. */
  readonly hits: readonly (ReadonlyMap<string, readonly Hit[]> | undefined)[];
  /** Hits of every idea in each region's heading (read as written, not respelled), by region. */
  readonly headings: ReadonlyMap<Region, ReadonlyMap<string, readonly Hit[]>>;
}

// A submission's criteria are graded one after another on the same sections: tokenise them once.
const PREPARED = new WeakMap<readonly Section[], WeakMap<Concepts, Prepared>>();

function prepared(sections: readonly Section[], concepts: Concepts): Prepared {
  let byConcepts = PREPARED.get(sections);
  if (!byConcepts) {
    byConcepts = new WeakMap();
    PREPARED.set(sections, byConcepts);
  }
  let found = byConcepts.get(concepts);
  if (!found) {
    const regions = buildRegions(sections);
    const byKey = new Map<number, Placed>();
    for (const r of regions)
      for (const p of r.sentences) if (!byKey.has(p.key)) byKey.set(p.key, p);
    const sentences = [...byKey.values()].sort((a, b) => a.key - b.key);
    const lexicon = lexiconOf(concepts);
    const hits: ReadonlyMap<string, readonly Hit[]>[] = [];
    const keys = new Map<string, number[]>();
    for (const s of sentences) {
      const found = findIdeas(respell(s.sentence.tokens, concepts.spellings), lexicon);
      hits[s.key] = found;
      for (const idea of found.keys()) {
        const list = keys.get(idea);
        if (list) list.push(s.key);
        else keys.set(idea, [s.key]);
      }
    }
    const headings = new Map(regions.map((r) => [r, findIdeas(r.heading, lexicon)] as const));
    found = { regions, sentences, keys, hits, headings };
    byConcepts.set(concepts, found);
  }
  return found;
}

/**
 * Pass when no `reject` pattern of the criterion is found and enough of its claims are: each claim is
 * looked for first under the headings that name the topic, then everywhere. Never throws.
 */
export function gradeProse(
  criterionId: string,
  sections: readonly Section[],
  concepts: Concepts,
): ProseVerdict {
  const criterion = Object.hasOwn(concepts.criteria, criterionId)
    ? concepts.criteria[criterionId]
    : undefined;
  if (!criterion)
    return {
      verdict: 'fail',
      lines: [],
      quotes: [],
      message: fill(concepts.messages.unknown, { id: criterionId }),
    };
  const { regions, hits, keys, headings } = prepared(sections, concepts);
  const hitsOf = (s: Placed, idea: string): readonly Hit[] => hits[s.key]?.get(idea) ?? [];
  const keysWith = (idea: string): readonly number[] => keys.get(idea) ?? [];
  /** The heading names the ideas, in that order. */
  const headingOf =
    (r: Region) =>
    (names: readonly string[]): boolean => {
      let from = 0;
      const inHeading = headings.get(r);
      for (const n of names) {
        const hit = inHeading?.get(n)?.find((h) => h.start >= from);
        if (!hit) return false;
        from = hit.end;
      }
      return true;
    };
  const hinted = regions.filter((r) => criterion.headings.some((n) => headingOf(r)([n])));
  const rest = regions.filter((r) => !hinted.includes(r));
  // Sections whose heading names the topic are read first, with every pattern, so that the evidence is the
  // answer under "What is a server?" and not a passing "our server is answering" elsewhere.
  const first = (patterns: readonly ConceptPattern[]): Occurrence[] | null => {
    for (const r of hinted) {
      for (const p of patterns) {
        const found = findPattern(r, p, concepts.negation, hitsOf, headingOf(r), keysWith);
        if (found) return found;
      }
    }
    for (const p of patterns) {
      for (const r of rest) {
        const found = findPattern(r, p, concepts.negation, hitsOf, headingOf(r), keysWith);
        if (found) return found;
      }
    }
    return null;
  };

  const evidence: Evidence = { lines: new Set(), quotes: [] };
  const result = (verdict: 'pass' | 'fail', message: string): ProseVerdict => ({
    verdict,
    lines: [...evidence.lines].sort((a, b) => a - b),
    quotes: evidence.quotes,
    message,
  });

  for (const r of criterion.reject) {
    const found = first([r]);
    if (found) {
      collect(found, evidence);
      return result('fail', r.reason);
    }
  }
  const found: string[] = [];
  const missing: string[] = [];
  for (const claim of criterion.claims) {
    const match = first(claim.patterns);
    if (match) {
      found.push(claim.what);
      collect(match, evidence);
    } else {
      missing.push(claim.what);
    }
  }
  const need = criterion.need ?? criterion.claims.length;
  const values = {
    what: criterion.what,
    found: found.join(', '),
    missing: missing.join(', '),
    id: criterionId,
  };
  if (found.length >= need) return result('pass', fill(concepts.messages.pass, values));
  return result(
    'fail',
    fill(found.length > 0 ? concepts.messages.partial : concepts.messages.fail, values),
  );
}
