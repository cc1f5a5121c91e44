// Reads learners' misspellings ("databse", "firewal") as the words meant, one word for one, keeping positions.
import { stem } from './stem.ts';
import type { Token } from './normalize.ts';

/** The tokens with each misspelled word (by its folded form) replaced by the word meant; others unchanged. */
export function respell(
  tokens: readonly Token[],
  spellings: Readonly<Record<string, string>>,
): readonly Token[] {
  const meantOf = (t: Token): string | undefined =>
    Object.hasOwn(spellings, t.norm) ? spellings[t.norm] : undefined;
  if (!tokens.some((t) => meantOf(t) !== undefined)) return tokens;
  return tokens.map((t) => {
    const meant = meantOf(t);
    return meant === undefined ? t : { ...t, norm: meant, stem: stem(meant), raw: meant };
  });
}
