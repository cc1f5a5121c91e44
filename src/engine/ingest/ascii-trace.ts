// Follows the lines of an ASCII drawing: connected networks of line cells and the components each one touches.
import { CONN, OWNED, SPACE, verticalNext, type Canvas } from './ascii-cells.ts';
import { DIRS, OPPOSITE, VERTICAL, hasPort, pointsTo } from './ascii-grid.ts';
import type { Labels } from './ascii-labels.ts';

export interface EndInfo {
  head: boolean;
  readonly dirs: Set<number>;
  readonly cells: Set<number>;
}

export interface Network {
  readonly cells: readonly number[];
  /** Component -> how the network touches it. */
  readonly ends: Map<number, EndInfo>;
}

export function chOf(cv: Canvas, cell: number): string {
  return cv.grid.rows[Math.floor(cell / cv.grid.width)]?.[cell % cv.grid.width] ?? ' ';
}

function step(cv: Canvas, cell: number, dir: number, times = 1): number {
  const [dy, dx] = DIRS[dir] ?? [0, 0];
  const r = Math.floor(cell / cv.grid.width) + dy * times;
  const c = (cell % cv.grid.width) + dx * times;
  return r < 0 || c < 0 || r >= cv.grid.height || c >= cv.grid.width ? -1 : r * cv.grid.width + c;
}

export function bridgeMap(labels: Labels): Map<number, { to: number; label: number }[]> {
  const map = new Map<number, { to: number; label: number }[]>();
  for (const b of labels.bridges) {
    if (b.a < 0 || b.b < 0) continue;
    map.set(b.a, [...(map.get(b.a) ?? []), { to: b.b, label: b.label }]);
    map.set(b.b, [...(map.get(b.b) ?? []), { to: b.a, label: b.label }]);
  }
  return map;
}

export function neighbours(
  cv: Canvas,
  cell: number,
  bridges: Map<number, { to: number }[]>,
): number[] {
  const out: number[] = [];
  const ch = chOf(cv, cell);
  for (let d = 0; d < 8; d += 1) {
    const nb = step(cv, cell, d);
    if (nb < 0 || cv.kind[nb] !== CONN) continue;
    if (hasPort(ch, d) || hasPort(chOf(cv, nb), OPPOSITE[d] ?? 0)) out.push(nb);
  }
  if (VERTICAL.has(ch)) {
    const r = Math.floor(cell / cv.grid.width);
    const c = cell % cv.grid.width;
    for (const dy of [-1, 1]) {
      const next = verticalNext(cv, r, c, dy);
      if (next >= 0 && cv.kind[next] === CONN && !out.includes(next)) out.push(next);
    }
  }
  for (const b of bridges.get(cell) ?? []) if (cv.kind[b.to] === CONN) out.push(b.to);
  return out;
}

/** Spaces a line's end may leave before the name it reaches on its row (names padded into a column). */
const SIDE_GAP = 8;

/** The component cell a line cell touches going `dir` (directly, or across a small gap), or -1. */
function touched(cv: Canvas, cell: number, dir: number): number {
  const nb = step(cv, cell, dir);
  if (nb < 0) return -1;
  if (cv.kind[nb] === OWNED) return nb;
  if (cv.kind[nb] !== SPACE) return -1;
  if (dir === 2 || dir === 3) {
    for (let k = 2; k <= SIDE_GAP; k += 1) {
      const t = step(cv, cell, dir, k);
      if (t < 0) return -1;
      if (cv.kind[t] === OWNED) return t;
      if (cv.kind[t] !== SPACE) return -1;
    }
    return -1;
  }
  const side = dir <= 1 ? [step(cv, nb, 2), step(cv, nb, 3)] : [step(cv, cell, dir >= 6 ? 1 : 0)];
  for (const t of side) if (t >= 0 && cv.kind[t] === OWNED) return t;
  return -1;
}

/** The connected line networks of the drawing and the components each one touches. */
export function findNetworks(cv: Canvas, labels: Labels): Network[] {
  const bridges = bridgeMap(labels);
  const seen = new Uint8Array(cv.kind.length);
  const nets: Network[] = [];
  for (let start = 0; start < cv.kind.length; start += 1) {
    if (cv.kind[start] !== CONN || seen[start]) continue;
    const cells: number[] = [start];
    seen[start] = 1;
    for (let i = 0; i < cells.length; i += 1) {
      for (const nb of neighbours(cv, cells[i] ?? 0, bridges)) {
        if (seen[nb]) continue;
        seen[nb] = 1;
        cells.push(nb);
      }
    }
    const ends = new Map<number, EndInfo>();
    for (const cell of cells) {
      const ch = chOf(cv, cell);
      for (let d = 0; d < 8; d += 1) {
        if (!hasPort(ch, d)) continue;
        const hit = touched(cv, cell, d);
        const comp = hit < 0 ? -1 : (cv.owner[hit] ?? -1);
        if (comp < 0) continue;
        const info = ends.get(comp) ?? {
          head: false,
          dirs: new Set<number>(),
          cells: new Set<number>(),
        };
        info.head ||= pointsTo(ch, d) || pointsTo(chOf(cv, hit), d);
        info.dirs.add(d);
        info.cells.add(cell);
        ends.set(comp, info);
      }
    }
    nets.push({ cells, ends });
  }
  return nets;
}
