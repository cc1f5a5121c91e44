// Removes vocabulary terms and concept phrasings from the data, as if they had never been written (held-out measures).
import type { Vocabulary } from '../classify/vocabulary-schema.ts';
import type { Concepts } from '../prose/concepts-schema.ts';

/** A copy of the vocabulary without the terms `drop` names (joiners, breaks, numbers are structure, kept). */
export function pruneVocabulary(vocab: Vocabulary, drop: ReadonlySet<string>): Vocabulary {
  const keep = (terms: readonly string[]): string[] => terms.filter((t) => !drop.has(t));
  const kinds = Object.fromEntries(
    Object.entries(vocab.kinds).map(([k, e]) => [
      k,
      { ...e, terms: keep(e.terms), weak: keep(e.weak) },
    ]),
  ) as Vocabulary['kinds'];
  return {
    ...vocab,
    kinds,
    ignore: keep(vocab.ignore),
    roles: vocab.roles.map((r) => ({ ...r, terms: keep(r.terms) })),
    edges: vocab.edges.map((e) => ({ ...e, terms: keep(e.terms), weak: keep(e.weak) })),
  };
}

/** A copy of the concepts without the phrasings `drop` names; `@name` includes are kept. */
export function pruneConcepts(concepts: Concepts, drop: ReadonlySet<string>): Concepts {
  const keep = (list: readonly string[]): string[] =>
    list.filter((p) => p.startsWith('@') || !drop.has(p));
  const terms = Object.fromEntries(
    Object.entries(concepts.terms).map(([name, list]) => [
      name,
      Array.isArray(list) ? keep(list) : { any: keep(list.any), not: keep(list.not) },
    ]),
  ) as Concepts['terms'];
  return { ...concepts, terms };
}

/**
 * What a held-out fold alone attests: entries found in some held-out text and in no training text.
 * Entries attested nowhere were written from general knowledge and stay.
 */
export function heldOutOnly(
  heldOut: Iterable<ReadonlySet<string>>,
  training: Iterable<ReadonlySet<string>>,
): Set<string> {
  const seen = new Set<string>();
  for (const s of training) for (const t of s) seen.add(t);
  const out = new Set<string>();
  for (const s of heldOut) for (const t of s) if (!seen.has(t)) out.add(t);
  return out;
}
