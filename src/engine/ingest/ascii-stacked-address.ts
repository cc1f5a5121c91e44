// A bracket holding only an address right under a named one (`[ HAProxy #1 ]` over `[ 10.0.0.1 ]`) is its address.
import type { Bracket } from './ascii-boxes.ts';

const ADDRESS = /^\s*(?:ip\s*:?\s*)?\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?\s*$/i;
/** How far the two brackets' left ends may stand apart. */
const SLACK = 2;

/** For each named bracket with an address bracket right under it, that address bracket. */
export function stackedAddresses(
  brackets: readonly Bracket[],
  textOf: (k: Bracket) => string,
): Map<Bracket, Bracket> {
  const out = new Map<Bracket, Bracket>();
  const taken = new Set<Bracket>();
  for (const upper of brackets) {
    if (ADDRESS.test(textOf(upper)) || taken.has(upper)) continue;
    const lower = brackets.find(
      (k) =>
        k.row === upper.row + 1 &&
        Math.abs(k.left - upper.left) <= SLACK &&
        !taken.has(k) &&
        ADDRESS.test(textOf(k)),
    );
    if (lower) {
      out.set(upper, lower);
      taken.add(lower);
    }
  }
  return out;
}
