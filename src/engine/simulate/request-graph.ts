// The arcs requests follow in a diagram: drawn arrows minus monitoring, replication and response arrows.
import type { DiagramGraph } from '../analyze/graph.ts';
import type { NodeKind, TopoEdge } from '../topology/model.ts';

export interface Arc {
  readonly to: string;
  /** The drawn edge, or null for a box leading to what it holds. */
  readonly edge: TopoEdge | null;
}

export interface RequestGraph {
  /** Where requests start: user nodes, or nodes nothing points to. */
  readonly users: readonly string[];
  readonly roots: readonly string[];
  /** Forward arcs only: an arrow back towards where requests come from is a response and is dropped. */
  readonly out: ReadonlyMap<string, readonly Arc[]>;
  readonly arcCount: number;
}

const OFF_PATH: ReadonlySet<NodeKind> = new Set([
  'monitoring-agent',
  'monitoring-service',
  'certificate',
]);
const NOT_REQUESTS = new Set(['metrics', 'heartbeat', 'replication']);

export function isOffPath(kind: NodeKind): boolean {
  return OFF_PATH.has(kind);
}

/** Hops from the nearest root along any drawn arc (both ways for two-way edges). */
function depths(graph: DiagramGraph, roots: readonly string[]): Map<string, number> {
  const depth = new Map<string, number>(roots.map((r) => [r, 0]));
  const queue = [...roots];
  for (let i = 0; i < queue.length; i += 1) {
    const id = queue[i] as string;
    for (const next of graph.successors(id)) {
      if (depth.has(next)) continue;
      depth.set(next, (depth.get(id) ?? 0) + 1);
      queue.push(next);
    }
  }
  return depth;
}

function drawnArcs(graph: DiagramGraph, depth: ReadonlyMap<string, number>): Map<string, Arc[]> {
  const arcs = new Map<string, Arc[]>(graph.nodes.map((n) => [n.id, []]));
  const usable = (id: string): boolean => {
    const node = graph.node(id);
    return node !== undefined && !OFF_PATH.has(node.kind);
  };
  const add = (from: string, to: string, edge: TopoEdge | null): void => {
    if (from === to || !usable(from) || !usable(to)) return;
    const list = arcs.get(from);
    if (list && !list.some((a) => a.to === to)) list.push({ to, edge });
  };
  for (const g of graph.groups) {
    const self = graph.node(g.id) ? g.id : g.owner;
    if (self === undefined) continue;
    for (const m of g.members) add(self, m, null);
  }
  for (const e of graph.edges) {
    if (e.protocol !== null && NOT_REQUESTS.has(e.protocol)) continue;
    const from = graph.node(e.from);
    const to = graph.node(e.to);
    // Database to database is replication whatever its label says.
    if (from?.kind === 'database' && to?.kind === 'database') continue;
    if (!e.bidirectional) {
      add(e.from, e.to, e);
      continue;
    }
    // A two-way edge carries requests away from where they start; between two nodes as far from it, neither way.
    const a = depth.get(e.from) ?? Infinity;
    const b = depth.get(e.to) ?? Infinity;
    if (a === b && a !== Infinity) continue;
    if (a <= b) add(e.from, e.to, e);
    if (b <= a) add(e.to, e.from, e);
  }
  return arcs;
}

/** Drops back arcs of a depth-first search from the roots: what remains has no cycle. */
function forwardArcs(arcs: Map<string, Arc[]>, roots: readonly string[]): Map<string, Arc[]> {
  const state = new Map<string, 1 | 2>(); // 1: on the stack, 2: finished
  const kept = new Map<string, Arc[]>([...arcs.keys()].map((k) => [k, []]));
  for (const root of roots) {
    if (state.has(root)) continue;
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { id: string; next: number };
      const list = arcs.get(top.id) ?? [];
      if (top.next >= list.length) {
        state.set(top.id, 2);
        stack.pop();
        continue;
      }
      const arc = list[top.next] as Arc;
      top.next += 1;
      const seen = state.get(arc.to);
      if (seen === 1) continue;
      kept.get(top.id)?.push(arc);
      if (seen === undefined) {
        state.set(arc.to, 1);
        stack.push({ id: arc.to, next: 0 });
      }
    }
  }
  return kept;
}

export function requestGraph(graph: DiagramGraph): RequestGraph {
  const users = graph.nodes.filter((n) => n.kind === 'user').map((n) => n.id);
  // Without users, depth counts from what one-way arrows leave and none reach (else the first node).
  const pointed = new Set(graph.edges.flatMap((e) => (e.bidirectional ? [e.from, e.to] : [e.to])));
  const starts =
    users.length > 0 ? users : graph.nodes.filter((n) => !pointed.has(n.id)).map((n) => n.id);
  const arcs = drawnArcs(
    graph,
    depths(graph, starts.length > 0 ? starts : graph.nodes.slice(0, 1).map((n) => n.id)),
  );
  const incoming = new Set<string>();
  for (const list of arcs.values()) for (const a of list) incoming.add(a.to);
  const connected = graph.nodes.filter(
    (n) => !OFF_PATH.has(n.kind) && ((arcs.get(n.id)?.length ?? 0) > 0 || incoming.has(n.id)),
  );
  // Nodes nothing points to (isolated ones too: a lone server is where requests start when nothing else is).
  const sources = graph.nodes
    .filter((n) => !OFF_PATH.has(n.kind) && !incoming.has(n.id) && n.kind !== 'user')
    .map((n) => n.id);
  const roots = [...users, ...sources, ...connected.map((n) => n.id)];
  const out = forwardArcs(arcs, roots);
  let arcCount = 0;
  for (const list of out.values()) arcCount += list.length;
  return { users, roots: [...new Set([...users, ...sources])], out, arcCount };
}
