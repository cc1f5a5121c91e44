// Compiles the term lists of concepts.yaml once per loaded file, `@name` includes spelled out.
import type { Concepts } from './concepts-schema.ts';
import { buildLexicon, type Lexicon } from './lexicon.ts';
import { compileIdea, type Idea } from './terms.ts';

const compiled = new WeakMap<Concepts, ReadonlyMap<string, Idea>>();

/** The compiled ideas of every term list, by name (compiled on first use, then cached). */
export function ideasOf(concepts: Concepts): ReadonlyMap<string, Idea> {
  const known = compiled.get(concepts);
  if (known) return known;
  const ideas = new Map<string, Idea>();
  for (const name of Object.keys(concepts.terms)) {
    const forms = (part: 'any' | 'not'): string[] =>
      withGerunds(withJoined(phrasesOf(concepts, name, part)));
    ideas.set(name, compileIdea(name, forms('any'), forms('not')));
  }
  compiled.set(concepts, ideas);
  return ideas;
}

const lexicons = new WeakMap<Concepts, Lexicon>();

/** Every term list in one index by first word (built on first use, then cached). */
export function lexiconOf(concepts: Concepts): Lexicon {
  let known = lexicons.get(concepts);
  if (!known) {
    known = buildLexicon(ideasOf(concepts));
    lexicons.set(concepts, known);
  }
  return known;
}

/** The phrasings of a term list, with the lists it includes by `@name` spelled out (each list once). */
export function phrasesOf(
  concepts: Concepts,
  name: string,
  part: 'any' | 'not',
  seen = new Set<string>(),
): string[] {
  const list = Object.hasOwn(concepts.terms, name) ? concepts.terms[name] : undefined;
  if (list === undefined || seen.has(name)) return [];
  seen.add(name);
  const own = Array.isArray(list) ? (part === 'any' ? list : []) : list[part];
  return own.flatMap((p) =>
    p.startsWith('@') ? phrasesOf(concepts, p.slice(1), part, seen) : [p],
  );
}

/** A plain word of three letters or more: no case mark, no prefix star, no gap. */
const PLAIN = /^[a-z]{3,}$/;

/**
 * The phrasings, each followed by its forms with two neighbouring plain words written as one, as learners
 * often write compounds: "load balancer*" also reads "loadbalancer", "web server" also "webserver".
 */
export function withJoined(phrases: readonly string[]): string[] {
  const out: string[] = [];
  for (const phrase of phrases) {
    out.push(phrase);
    const words = phrase.trim().split(/\s+/);
    for (let i = 0; i + 1 < words.length; i += 1) {
      const a = words[i] ?? '';
      const b = words[i + 1] ?? '';
      if (!PLAIN.test(a) || !PLAIN.test(b.replace(/\*$/, ''))) continue;
      out.push([...words.slice(0, i), a + b, ...words.slice(i + 2)].join(' '));
    }
  }
  return out;
}

/**
 * The phrasings, each followed by its form with a prefix word that ends in "e" spelled as its -ing form:
 * "provide*" also reads "providing", "update*" "updating" (the "e" drops, so the prefix alone misses them).
 */
export function withGerunds(phrases: readonly string[]): string[] {
  const out: string[] = [];
  for (const phrase of phrases) {
    out.push(phrase);
    const words = phrase.trim().split(/\s+/);
    const changed = words.map((w) => (/^[a-z]{4,}e\*$/.test(w) ? `${w.slice(0, -2)}ing*` : w));
    if (changed.some((w, i) => w !== words[i])) out.push(changed.join(' '));
  }
  return out;
}
