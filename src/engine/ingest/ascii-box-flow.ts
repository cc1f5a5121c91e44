// Boxes that hold a small flow (texts joined by lines drawn inside them), and the row that names such a box.
import { leftAt, rightAt, type Box } from './ascii-boxes.ts';
import { VERTICAL, charAt, isArrowHead, isWordChar, type Grid } from './ascii-grid.ts';

/** Whether the row inside the box holds only lines and arrowheads. */
export function isLineRow(g: Grid, b: Box, r: number): boolean {
  let marks = 0;
  for (let c = leftAt(b, r) + 1; c < rightAt(b, r); c += 1) {
    const ch = charAt(g, r, c);
    if (ch === ' ') continue;
    if (!(VERTICAL.has(ch) || isArrowHead(ch) || /[\u2500-\u257f]/.test(ch))) return false;
    marks += 1;
  }
  return marks > 0;
}

function hasWords(g: Grid, b: Box, r: number): boolean {
  for (let c = leftAt(b, r) + 1; c < rightAt(b, r); c += 1)
    if (isWordChar(charAt(g, r, c))) return true;
  return false;
}

/**
 * In a box holding a flow, the row naming the box: a first row with more text right under it ("Server A" over
 * "Nginx", then arrows). A first row with an arrow under it is the flow's first step: -1.
 */
export function flowTitleRow(g: Grid, b: Box): number {
  let first = b.top + 1;
  while (first < b.bottom && !hasWords(g, b, first)) first += 1;
  const next = first + 1;
  if (next >= b.bottom || !hasWords(g, b, next) || isLineRow(g, b, next)) return -1;
  return first;
}

/** Whether lines drawn inside the box join texts above and below them (a box drawn as a small flow). */
export function holdsFlow(g: Grid, b: Box): boolean {
  for (let r = b.top + 2; r < b.bottom - 1; r += 1) {
    if (!isLineRow(g, b, r)) continue;
    let above = false;
    let below = false;
    for (let y = b.top + 1; y < r; y += 1) above ||= hasWords(g, b, y);
    for (let y = r + 1; y < b.bottom; y += 1) below ||= hasWords(g, b, y);
    if (above && below) return true;
  }
  return false;
}
