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
    ideas.set(
      name,
      compileIdea(name, phrasesOf(concepts, name, 'any'), phrasesOf(concepts, name, 'not')),
    );
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
