// Boxes drawn with doubled sides (`||  name  ||`): the inner bars are the walls, the outer ones border too.
import { leftAt, rightAt, type Box } from './ascii-boxes.ts';
import { VERTICAL, charAt, type Grid } from './ascii-grid.ts';

/** Whether every interior row of a box has a bar at the column `at(row)`. */
function barsAt(g: Grid, rows: readonly number[], at: (r: number) => number): boolean {
  return rows.length > 0 && rows.every((r) => VERTICAL.has(charAt(g, r, at(r))));
}

/** A box drawn with doubled sides (`||  name  ||`) takes the inner bars as its walls, the outer ones as border. */
export function narrowDoubled(g: Grid, box: Box): Box {
  const rows = Array.from({ length: box.bottom - box.top - 1 }, (_, k) => box.top + 1 + k);
  const l = (r: number): number => leftAt(box, r);
  const rt = (r: number): number => rightAt(box, r);
  if (rows.some((r) => rt(r) - l(r) < 6)) return box;
  const innerLeft = barsAt(g, rows, (r) => l(r) + 1);
  // The right wall may have been taken at either bar of the pair.
  const innerRight = barsAt(g, rows, (r) => rt(r) - 1);
  const outerRight = !innerRight && barsAt(g, rows, (r) => rt(r) + 1);
  if (!innerLeft || !(innerRight || outerRight)) return box;
  const last = box.bottom - box.top;
  const inside = (k: number): boolean => k > 0 && k < last;
  return {
    ...box,
    lefts: box.lefts.map((c, k) => (inside(k) ? c + 1 : c)),
    rights: box.rights.map((c, k) => (inside(k) && innerRight ? c - 1 : c)),
    outerBars: rows.flatMap((r) => [
      [r, l(r)] as const,
      [r, innerRight ? rt(r) : rt(r) + 1] as const,
    ]),
  };
}
