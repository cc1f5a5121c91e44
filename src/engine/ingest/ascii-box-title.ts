// A title written into the top border of an ASCII box (`+-- Web tier --+`, `┌── Server 1 ──┐`): where it ends.
import { RULE, TOP_RIGHT, VERTICAL, charAt, isWordChar, type Grid } from './ascii-grid.ts';

/** Rule characters on each side of a title written into a top border (`+-- Web tier --+`). */
const TITLE_RULE = 2;

/**
 * Where a title written into a top border ends: from `c`, after at least TITLE_RULE rule characters, words
 * and spaces that the rule takes up again (TITLE_RULE more) before the corner; -1 when there is none.
 */
export function titleEnd(g: Grid, r: number, c: number): number {
  // The rule's `v` and `^` (arrow heads drawn on a border) are letters in a title.
  const rule = (x: number): boolean => {
    const ch = charAt(g, r, x);
    return RULE.has(ch) && !isWordChar(ch);
  };
  for (let k = 1; k <= TITLE_RULE; k += 1) if (!rule(c - k)) return -1;
  let e = c;
  let words = false;
  while (e < g.width && !rule(e)) {
    const ch = charAt(g, r, e);
    if (VERTICAL.has(ch) || TOP_RIGHT.has(ch)) return -1;
    words ||= isWordChar(ch);
    e += 1;
  }
  if (!words) return -1;
  for (let k = 0; k < TITLE_RULE; k += 1) if (!rule(e + k)) return -1;
  return e;
}
