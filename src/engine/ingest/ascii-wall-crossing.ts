// A line drawn through box walls (`│ A │─┼──┼▶│ B │`) is one line from A to B: the walls it crosses are no ends.
import { OWNED, type Canvas } from './ascii-cells.ts';
import type { EndInfo, Network } from './ascii-trace.ts';

/** Wall characters a horizontal line crosses. */
const CROSSINGS = new Set(Array.from('+\u253c\u254b\u256c\u256a\u256b\u2542\u253f'));

/** The wall cells a network reaches horizontally at a crossing character, right beside one of its cells. */
function crossingsOf(cv: Canvas, net: Network): number[] {
  const w = cv.grid.width;
  const out: number[] = [];
  for (const cell of net.cells) {
    for (const side of [cell - 1, cell + 1]) {
      if (Math.floor(side / w) !== Math.floor(cell / w) || cv.kind[side] !== OWNED) continue;
      const ch = cv.grid.rows[Math.floor(side / w)]?.[side % w] ?? ' ';
      if (CROSSINGS.has(ch)) out.push(side);
    }
  }
  return out;
}

function mergeEnds(into: Map<number, EndInfo>, from: ReadonlyMap<number, EndInfo>): void {
  for (const [comp, info] of from) {
    const had = into.get(comp);
    if (!had) {
      into.set(comp, { head: info.head, dirs: new Set(info.dirs), cells: new Set(info.cells) });
      continue;
    }
    had.head ||= info.head;
    for (const d of info.dirs) had.dirs.add(d);
    for (const c of info.cells) had.cells.add(c);
  }
}

/**
 * Networks that meet at a wall crossing from both sides become one; the boxes whose walls were crossed stop
 * being its ends when the line touched them only at the crossings.
 */
export function joinThroughWalls(cv: Canvas, nets: readonly Network[]): Network[] {
  const at = new Map<number, number[]>();
  const crossings = nets.map((n) => crossingsOf(cv, n));
  crossings.forEach((cells, i) => {
    for (const c of cells) at.set(c, [...(at.get(c) ?? []), i]);
  });
  const parent = nets.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i] ?? i)));
  const walls = new Set<number>();
  for (const [cell, list] of at) {
    if (list.length < 2) continue;
    walls.add(cell);
    for (const i of list.slice(1)) parent[root(i)] = root(list[0] ?? i);
  }
  if (walls.size === 0) return [...nets];
  const groups = new Map<number, number[]>();
  nets.forEach((_, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), i]));
  return [...groups.values()].map((members) => {
    if (members.length === 1) return nets[members[0] ?? 0] as Network;
    const ends = new Map<number, EndInfo>();
    for (const i of members) mergeEnds(ends, nets[i]?.ends ?? new Map());
    const crossed = new Set(members.flatMap((i) => crossings[i] ?? []).filter((c) => walls.has(c)));
    for (const c of crossed) {
      const comp = cv.owner[c] ?? -1;
      const info = ends.get(comp);
      if (info && [...info.cells].every((cell) => crossed.has(cell - 1) || crossed.has(cell + 1)))
        ends.delete(comp);
    }
    return { cells: members.flatMap((i) => nets[i]?.cells ?? []), ends };
  });
}
