// Load balancers that share a virtual IP: a cluster node's members, linked or boxed together, or drawn side by side.
import type { DiagramGraph } from '../analyze/graph.ts';
import type { PairMode, Route, VrrpGroup } from './model.ts';
import { edgeKey, type LinkTable } from './routes.ts';
import type { SimNodes } from './sim-nodes.ts';

class UnionFind {
  private readonly parent = new Map<number, number>();

  find(x: number): number {
    let p = this.parent.get(x) ?? x;
    while (p !== (this.parent.get(p) ?? p)) p = this.parent.get(p) ?? p;
    this.parent.set(x, p);
    return p;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(Math.max(ra, rb), Math.min(ra, rb));
  }
}

const ACTIVE_ACTIVE = /active[\s-]*active/i;
const ACTIVE_PASSIVE = /active[\s-]*passive|passive|backup|standby|fail-?over/i;

function drawnMode(
  graph: DiagramGraph,
  sims: SimNodes,
  members: readonly number[],
): PairMode | null {
  const topo = members.map((m) => graph.node(sims.nodes[m]?.source ?? ''));
  if (topo.every((n) => n?.role === 'active')) return 'active-active';
  if (topo.some((n) => n?.role === 'passive')) return 'active-passive';
  const ids = new Set(topo.map((n) => n?.id ?? ''));
  const texts = [
    ...members.map((m) => sims.nodes[m]?.label ?? ''),
    ...graph.groupsHolding(ids).map((g) => g.label),
    ...graph.edges.filter((e) => ids.has(e.to) || ids.has(e.from)).map((e) => e.label),
  ];
  if (texts.some((t) => ACTIVE_ACTIVE.test(t))) return 'active-active';
  if (texts.some((t) => ACTIVE_PASSIVE.test(t))) return 'active-passive';
  return null;
}

export interface Pairs {
  readonly groups: readonly VrrpGroup[];
  /** Per simulation node: its group, or -1. */
  readonly groupOf: readonly number[];
}

/** Finds the pairs; a member's servers become the union of its group's, over borrowed links where not drawn. */
export function findPairs(
  graph: DiagramGraph,
  sims: SimNodes,
  table: LinkTable,
  entries: readonly Route[],
  next: Route[][],
): Pairs {
  const lbs = sims.nodes.filter((n) => n.role === 'lb').map((n) => n.index);
  const isLb = (i: number): boolean => sims.nodes[i]?.role === 'lb';
  const uf = new UnionFind();
  for (const c of sims.clusters)
    for (const m of c.members) if (isLb(m)) uf.union(m, c.members[0] as number);
  const sim = (topo: string): readonly number[] => sims.byTopo.get(topo) ?? [];
  const keys = new Map<number, string[]>();
  for (const e of graph.edges) {
    for (const a of sim(e.from)) {
      for (const b of sim(e.to)) {
        if (a === b || !isLb(a) || !isLb(b)) continue;
        uf.union(a, b);
        keys.set(a, [...(keys.get(a) ?? []), edgeKey(e.from, e.to)]);
      }
    }
  }
  for (const g of graph.groups) {
    // Load balancers boxed together, with the box itself when it is drawn as a load balancer too.
    const self = graph.node(g.id) ? g.id : (g.owner ?? '');
    const inside = [...sim(self), ...g.members.flatMap(sim)].filter(isLb);
    for (const m of inside) uf.union(m, inside[0] as number);
  }
  for (const v of graph.nodes.filter((n) => n.kind === 'virtual-ip')) {
    const around = graph.neighbours(v.id).flatMap(sim).filter(isLb);
    for (const m of around) uf.union(m, around[0] as number);
  }
  for (const routes of [entries, ...next]) {
    const side = routes.map((r) => r.target).filter(isLb);
    for (const m of side) uf.union(m, side[0] as number);
  }
  const byRoot = new Map<number, number[]>();
  for (const lb of lbs) byRoot.set(uf.find(lb), [...(byRoot.get(uf.find(lb)) ?? []), lb]);
  const groups: VrrpGroup[] = [];
  const groupOf = sims.nodes.map(() => -1);
  for (const group of byRoot.values()) {
    if (group.length < 2) continue;
    // Priority follows the drawing: the member written first is the preferred master.
    const members = [...group].sort(
      (a, b) => (sims.nodes[a]?.line ?? 0) - (sims.nodes[b]?.line ?? 0) || a - b,
    );
    const g = groups.length;
    for (const m of members) groupOf[m] = g;
    shareBackends(members, table, next);
    groups.push({
      members,
      drawnMode: drawnMode(graph, sims, members),
      keys: [...new Set(members.flatMap((m) => keys.get(m) ?? []))],
      clientLinks: clientLinks(members, table, entries),
    });
  }
  return { groups, groupOf };
}

function shareBackends(members: readonly number[], table: LinkTable, next: Route[][]): void {
  // Members share their servers; a member is never a server of its own pair.
  const union: Route[] = [];
  for (const m of members) {
    for (const r of next[m] ?? [])
      if (!members.includes(r.target) && !union.some((u) => u.target === r.target)) union.push(r);
  }
  for (const m of members) {
    const own = next[m] ?? [];
    next[m] = union.map(
      (u) =>
        own.find((r) => r.target === u.target) ?? {
          target: u.target,
          link: table.borrowed(m, u.target, u.link),
        },
    );
  }
}

function clientLinks(
  members: readonly number[],
  table: LinkTable,
  entries: readonly Route[],
): number[] {
  const drawn = members.map((m) => entries.find((e) => e.target === m)?.link ?? -1);
  const like = drawn.find((l) => l >= 0);
  return members.map((m, i) => {
    const own = drawn[i] ?? -1;
    if (own >= 0) return own;
    return like === undefined
      ? table.implied(-1, m, 'client', null)
      : table.borrowed(table.links[like]?.from ?? -1, m, like);
  });
}
