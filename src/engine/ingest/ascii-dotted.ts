// Dotted ASCII lines drawn with plain dots and colons: `.......>` across, `:` stacked down.
import { charAt, type Grid } from './ascii-grid.ts';

/** A run of two or more dots with an arrow head at an end: `.......>` or `<....`. */
export function dotRun(g: Grid, r: number, c: number): boolean {
  let left = c;
  let right = c;
  while (charAt(g, r, left - 1) === '.') left -= 1;
  while (charAt(g, r, right + 1) === '.') right += 1;
  return right > left && (charAt(g, r, right + 1) === '>' || charAt(g, r, left - 1) === '<');
}

/** A `:` over or under another `:`, an arrow head or a box edge: a dotted vertical line. */
export function dottedColumn(g: Grid, r: number, c: number): boolean {
  return [charAt(g, r - 1, c), charAt(g, r + 1, c)].some((x) =>
    /[:vV^+\u2500-\u257f\u25b2\u25bc-]/.test(x),
  );
}
