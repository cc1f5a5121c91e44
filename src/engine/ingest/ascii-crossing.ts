// Text that a line crosses in an ASCII drawing (`|`, text, `|` below it) is that line's label, not a component.
import { CONN, cellIndex, kindAt, type Canvas } from './ascii-cells.ts';
import { charAt, hasPort, pointsTo } from './ascii-grid.ts';
import { addLabel, type Labels, type Segment } from './ascii-labels.ts';

function entersFromAbove(cv: Canvas, s: Segment): number {
  for (let k = s.c1 - 1; k <= s.c2 + 1; k += 1) {
    if (kindAt(cv, s.row - 1, k) !== CONN) continue;
    const ch = charAt(cv.grid, s.row - 1, k);
    if (pointsTo(ch, 1)) continue;
    const target = hasPort(ch, 1) ? k : hasPort(ch, 7) ? k - 1 : hasPort(ch, 6) ? k + 1 : -1;
    if (target >= s.c1 && target <= s.c2) return k;
  }
  return -1;
}

function leavesBelow(cv: Canvas, s: Segment, near: number): number {
  let best = -1;
  for (let k = s.c1 - 2; k <= s.c2 + 2; k += 1) {
    if (kindAt(cv, s.row + 1, k) !== CONN) continue;
    const ch = charAt(cv.grid, s.row + 1, k);
    if (pointsTo(ch, 0) || !(hasPort(ch, 0) || hasPort(ch, 4) || hasPort(ch, 5))) continue;
    if (best < 0 || Math.abs(k - near) < Math.abs(best - near)) best = k;
  }
  return best;
}

/**
 * A one-row text that a line crosses (`|` above it, `|` below, no arrow head pointing at it) is the
 * line's label, when the drawing uses arrow heads on its vertical lines at all.
 */
export function crossingLabels(cv: Canvas, segs: readonly Segment[], labels: Labels): Segment[] {
  let heads = false;
  for (let i = 0; i < cv.kind.length && !heads; i += 1) {
    if (cv.kind[i] !== CONN) continue;
    const ch = charAt(cv.grid, Math.floor(i / cv.grid.width), i % cv.grid.width);
    heads = pointsTo(ch, 0) || pointsTo(ch, 1);
  }
  if (!heads) return [...segs];
  return segs.filter((s) => {
    const stacked = segs.some(
      (o) => (o.row === s.row - 1 || o.row === s.row + 1) && o.c1 <= s.c2 && s.c1 <= o.c2,
    );
    if (stacked) return true;
    const top = entersFromAbove(cv, s);
    if (top < 0) return true;
    const bottom = leavesBelow(cv, s, top);
    if (bottom < 0) return true;
    const label = addLabel(cv, labels, s);
    labels.bridges.push({
      a: cellIndex(cv, s.row - 1, top),
      b: cellIndex(cv, s.row + 1, bottom),
      label,
    });
    return false;
  });
}
