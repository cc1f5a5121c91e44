// From one node, the next nodes that do work, found through pass-through nodes (firewalls, hosts, DNS, internet).
import type { TopoEdge } from '../topology/model.ts';
import type { RequestGraph } from './request-graph.ts';

export interface TopoPath {
  readonly target: string;
  /** Node ids from the start to the target, both included. */
  readonly path: readonly string[];
  /** The arc taken into each node after the first. */
  readonly edges: readonly (TopoEdge | null)[];
}

/**
 * Breadth-first along request arcs; a node for which `isStop` holds ends a path (it is returned when `isTarget`
 * also holds), any other node is passed through. Each target is returned once, by its shortest path.
 */
export function nextStops(
  rg: RequestGraph,
  from: string,
  isStop: (id: string) => boolean,
  isTarget: (id: string) => boolean,
): TopoPath[] {
  const prev = new Map<string, { id: string; edge: TopoEdge | null } | null>([[from, null]]);
  const queue = [from];
  const found: TopoPath[] = [];
  for (let i = 0; i < queue.length; i += 1) {
    const id = queue[i] as string;
    for (const arc of rg.out.get(id) ?? []) {
      if (prev.has(arc.to)) continue;
      prev.set(arc.to, { id, edge: arc.edge });
      if (isStop(arc.to)) {
        if (isTarget(arc.to)) found.push(unwind(arc.to, prev));
        continue;
      }
      queue.push(arc.to);
    }
  }
  return found;
}

function unwind(
  target: string,
  prev: ReadonlyMap<string, { id: string; edge: TopoEdge | null } | null>,
): TopoPath {
  const path = [target];
  const edges: (TopoEdge | null)[] = [];
  for (let p = prev.get(target); p; p = prev.get(p.id)) {
    path.unshift(p.id);
    edges.unshift(p.edge);
  }
  return { target, path, edges };
}
