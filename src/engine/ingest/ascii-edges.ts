// Edges of an ASCII drawing from its line networks: direction from arrow heads (or top to bottom), labels on the path.
import type { Canvas } from './ascii-cells.ts';
import { DOTTED } from './ascii-grid.ts';
import type { Labels } from './ascii-labels.ts';
import { bridgeMap, chOf, neighbours, type EndInfo, type Network } from './ascii-trace.ts';

export interface TracedEdge {
  readonly from: number;
  readonly to: number;
  readonly label: string;
  readonly bidirectional: boolean;
  readonly dotted: boolean;
  /** Row of the first line cell after the source. */
  readonly row: number;
  /** Whether an arrow head decided the direction. */
  readonly headed: boolean;
}

function pathBetween(
  cv: Canvas,
  from: EndInfo,
  to: EndInfo,
  bridges: Map<number, { to: number }[]>,
): number[] {
  const parent = new Map<number, number>();
  const queue = [...from.cells];
  for (const c of queue) parent.set(c, -1);
  for (let i = 0; i < queue.length; i += 1) {
    const cell = queue[i] ?? 0;
    if (to.cells.has(cell)) {
      const path: number[] = [];
      for (let c = cell; c >= 0; c = parent.get(c) ?? -1) path.unshift(c);
      return path;
    }
    for (const nb of neighbours(cv, cell, bridges)) {
      if (parent.has(nb)) continue;
      parent.set(nb, cell);
      queue.push(nb);
    }
  }
  return [];
}

/** Bound on the edges one network yields (a bus drawn between many boxes). */
const MAX_PAIRS = 64;

function pairs(
  net: Network,
  order: (a: number, b: number) => number,
): [number, number, boolean, boolean][] {
  const comps = [...net.ends.keys()].sort(order);
  const heads = comps.filter((c) => net.ends.get(c)?.head);
  const tails = comps.filter((c) => !net.ends.get(c)?.head);
  const out: [number, number, boolean, boolean][] = [];
  if (heads.length > 0 && tails.length > 0) {
    for (const t of tails) for (const h of heads) out.push([t, h, false, true]);
    return out;
  }
  const tops = comps.filter((c) => net.ends.get(c)?.dirs.has(0));
  const rest = comps.filter((c) => !net.ends.get(c)?.dirs.has(0));
  if (heads.length === 0 && tops.length > 0 && rest.length > 0) {
    for (const t of tops) for (const o of rest) out.push([t, o, false, false]);
    return out;
  }
  const headed = heads.length > 0;
  if (comps.length > 4) {
    for (let i = 0; i + 1 < comps.length; i += 1)
      out.push([comps[i] ?? 0, comps[i + 1] ?? 0, true, headed]);
    return out;
  }
  for (let i = 0; i < comps.length; i += 1) {
    for (let j = i + 1; j < comps.length; j += 1)
      out.push([comps[i] ?? 0, comps[j] ?? 0, true, headed]);
  }
  return out;
}

/** Edges of the networks touching two or more components; labels are the ones met along each path. */
export function buildEdges(
  cv: Canvas,
  labels: Labels,
  nets: readonly Network[],
  order: (a: number, b: number) => number,
): TracedEdge[] {
  const bridges = bridgeMap(labels);
  const bridgeLabel = new Map<string, number>();
  for (const b of labels.bridges) {
    bridgeLabel.set(`${b.a},${b.b}`, b.label);
    bridgeLabel.set(`${b.b},${b.a}`, b.label);
  }
  const edges: TracedEdge[] = [];
  const seen = new Set<string>();
  for (const net of nets) {
    if (net.ends.size < 2) continue;
    for (const [from, to, bidirectional, headed] of pairs(net, order).slice(0, MAX_PAIRS)) {
      const key = bidirectional ? [from, to].sort((a, b) => a - b).join('~') : `${from}>${to}`;
      const a = net.ends.get(from);
      const b = net.ends.get(to);
      if (seen.has(key) || from === to || !a || !b) continue;
      seen.add(key);
      const path = pathBetween(cv, a, b, bridges);
      const found: number[] = [];
      path.forEach((cell, i) => {
        const bridged = i > 0 ? bridgeLabel.get(`${path[i - 1] ?? -1},${cell}`) : undefined;
        if (bridged !== undefined) found.push(bridged);
        found.push(...(labels.onCell.get(cell) ?? []));
      });
      const text = [
        ...new Set(found.map((l) => labels.texts[l] ?? '').filter((t) => t !== '')),
      ].join('; ');
      const first = path[0] ?? [...a.cells][0] ?? 0;
      edges.push({
        from,
        to,
        label: text,
        bidirectional,
        dotted: path.some((cell) => DOTTED.has(chOf(cv, cell))),
        row: Math.floor(first / cv.grid.width),
        headed,
      });
    }
  }
  return edges;
}
