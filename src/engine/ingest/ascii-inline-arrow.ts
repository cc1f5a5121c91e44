// An arrow written inside a name's parentheses ("DNS (www.foobar.com -> 8.8.8.8)") is text, not a line.
import { charAt, type Grid } from './ascii-grid.ts';

/** Characters that draw a horizontal line or its head, which a label may also use as an arrow in words. */
const INLINE_ARROW =
  /[-=<>\u2014\u2013\u2500\u2501\u2550\u2190\u2192\u27f5\u27f6\u25b6\u25c0\u25ba\u25c4]/;

/**
 * Inside an open bracket on its row, closed later on the row: "DNS (www.foobar.com -> 8.8.8.8)" is one name,
 * the arrow a part of it. A bracket closed before the cell, or opened after it, does not count.
 */
function insideParentheses(g: Grid, r: number, c: number): boolean {
  let open = false;
  for (let x = c - 1; x >= 0; x -= 1) {
    const ch = charAt(g, r, x);
    if (ch === ')') return false;
    if (ch === '(') {
      open = true;
      break;
    }
  }
  if (!open) return false;
  for (let x = c + 1; x < g.width; x += 1) {
    const ch = charAt(g, r, x);
    if (ch === '(') return false;
    if (ch === ')') return true;
  }
  return false;
}

/** Whether the cell is a line character that belongs to the words of a name in parentheses. */
export function isInlineArrow(g: Grid, r: number, c: number): boolean {
  return INLINE_ARROW.test(charAt(g, r, c)) && insideParentheses(g, r, c);
}
