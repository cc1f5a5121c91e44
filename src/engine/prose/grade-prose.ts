// Grades one prose criterion from a submission's sections with the concepts of quizzes/concepts.yaml.
import type { ConceptPattern, Concepts } from './concepts-schema.ts';
import { findPattern, type Occurrence } from './match.ts';
import { buildRegions, type Placed, type Region } from './regions.ts';
import type { Section } from './section.ts';
import { compileIdea, findIdea, type Hit, type Idea } from './terms.ts';

export interface ProseVerdict {
  readonly verdict: 'pass' | 'fail';
  /** 1-based file lines of the evidence. */
  readonly lines: number[];
  /** Short excerpts of the sentences that matched. */
  readonly quotes: string[];
  readonly message: string;
}

const MAX_QUOTES = 3;
const MAX_QUOTE = 120;
/** Characters kept before the first matched word when a sentence is cut. */
const QUOTE_LEAD = 25;

const compiled = new WeakMap<Concepts, ReadonlyMap<string, Idea>>();

function ideasOf(concepts: Concepts): ReadonlyMap<string, Idea> {
  const known = compiled.get(concepts);
  if (known) return known;
  const ideas = new Map<string, Idea>();
  for (const name of Object.keys(concepts.terms)) {
    ideas.set(name, compileIdea(name, phrasesOf(concepts, name, 'any'), phrasesOf(concepts, name, 'not')));
  }
  compiled.set(concepts, ideas);
  return ideas;
}

/** The phrasings of a term list, with the lists it includes by `@name` spelled out (each list once). */
export function phrasesOf(concepts: Concepts, name: string, part: 'any' | 'not', seen = new Set<string>()): string[] {
  const list = Object.hasOwn(concepts.terms, name) ? concepts.terms[name] : undefined;
  if (list === undefined || seen.has(name)) return [];
  seen.add(name);
  const own = Array.isArray(list) ? (part === 'any' ? list : []) : list[part];
  return own.flatMap((p) => (p.startsWith('@') ? phrasesOf(concepts, p.slice(1), part, seen) : [p]));
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** An excerpt of the sentence around the matched words, at most MAX_QUOTE characters. */
function excerpt(text: string, from: number, to: number): string {
  if (text.length <= MAX_QUOTE) return text;
  const room = MAX_QUOTE - 2;
  let start = Math.max(0, Math.min(from - QUOTE_LEAD, text.length - room));
  if (to > start + room) start = Math.max(0, to - room);
  const end = Math.min(text.length, start + room);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

interface Evidence {
  readonly lines: Set<number>;
  readonly quotes: string[];
}

function collect(found: readonly Occurrence[], into: Evidence): void {
  const bySentence = new Map<number, { placed: Placed; from: number; to: number }>();
  for (const o of found) {
    const tokens = o.sentence.sentence.tokens;
    const from = tokens[o.hit.start]?.at ?? 0;
    const last = tokens[o.hit.end - 1];
    const to = last ? last.at + last.raw.length : from;
    const seen = bySentence.get(o.sentence.key);
    bySentence.set(o.sentence.key, seen ? { placed: o.sentence, from: Math.min(seen.from, from), to: Math.max(seen.to, to) } : { placed: o.sentence, from, to });
  }
  for (const { placed, from, to } of bySentence.values()) {
    into.lines.add(placed.line);
    const quote = excerpt(placed.sentence.text, from, to);
    if (into.quotes.length < MAX_QUOTES && !into.quotes.includes(quote)) into.quotes.push(quote);
  }
}

export function gradeProse(criterionId: string, sections: readonly Section[], concepts: Concepts): ProseVerdict {
  const criterion = Object.hasOwn(concepts.criteria, criterionId) ? concepts.criteria[criterionId] : undefined;
  if (!criterion) return { verdict: 'fail', lines: [], quotes: [], message: fill(concepts.messages.unknown, { id: criterionId }) };
  const ideas = ideasOf(concepts);
  const cache = new Map<string, readonly Hit[]>();
  const hitsOf = (s: Placed, idea: string): readonly Hit[] => {
    const id = `${s.key}:${idea}`;
    let hits = cache.get(id);
    if (!hits) {
      const compiledIdea = ideas.get(idea);
      hits = compiledIdea ? findIdea(s.sentence.tokens, compiledIdea) : [];
      cache.set(id, hits);
    }
    return hits;
  };
  /** The heading names the ideas, in that order. */
  const headingOf = (r: Region) => (names: readonly string[]): boolean => {
    let from = 0;
    for (const n of names) {
      const compiledIdea = ideas.get(n);
      const hit = compiledIdea ? findIdea(r.heading, compiledIdea).find((h) => h.start >= from) : undefined;
      if (!hit) return false;
      from = hit.end;
    }
    return true;
  };
  const regions = buildRegions(sections);
  const hinted = regions.filter((r) => criterion.headings.some((n) => headingOf(r)([n])));
  const ordered = [...hinted, ...regions.filter((r) => !hinted.includes(r))];
  const first = (patterns: readonly ConceptPattern[]): Occurrence[] | null => {
    for (const p of patterns) {
      for (const r of ordered) {
        const found = findPattern(r, p, concepts.negation, hitsOf, headingOf(r));
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
  const values = { what: criterion.what, found: found.join(', '), missing: missing.join(', '), id: criterionId };
  if (found.length >= need) return result('pass', fill(concepts.messages.pass, values));
  return result('fail', fill(found.length > 0 ? concepts.messages.partial : concepts.messages.fail, values));
}
