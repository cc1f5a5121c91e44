// Links between working nodes: the drawn path of each (pass-through nodes, edges) and who can send to whom.
import type { LinkStage, Route, SimLink, SimRole, SimSegment } from './model.ts';
import type { RequestGraph } from './request-graph.ts';
import { isWorkerRole, type SimNodes } from './sim-nodes.ts';
import { nextStops, type TopoPath } from './traverse.ts';

export function edgeKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export class LinkTable {
  readonly links: SimLink[] = [];
  private readonly sims: SimNodes;

  constructor(sims: SimNodes) {
    this.sims = sims;
  }

  private first(topo: string): number {
    return this.sims.byTopo.get(topo)?.[0] ?? -1;
  }

  /** A link along a drawn path from `from` to `to` (simulation nodes; the path's ends may be clusters). */
  drawn(from: number, to: number, stage: LinkStage, p: TopoPath): number {
    const ids = p.path.map((id, i) =>
      i === 0 ? from : i === p.path.length - 1 ? to : this.first(id),
    );
    const via = ids.slice(1, -1).filter((i) => {
      const role = this.sims.nodes[i]?.role;
      return role === 'hop' || role === 'firewall';
    });
    const segments: SimSegment[] = [];
    for (let i = 0; i + 1 < ids.length; i += 1) {
      const edge = p.edges[i] ?? null;
      segments.push({
        from: ids[i] as number,
        to: ids[i + 1] as number,
        key: edgeKey(p.path[i] as string, p.path[i + 1] as string),
        protocol: edge?.protocol ?? null,
        encrypted: edge?.encrypted ?? null,
      });
    }
    return this.push({ from, to, stage, via, segments, drawn: true });
  }

  /** A link the drawing implies but does not show: it crosses the same pass-through nodes as `like`. */
  implied(from: number, to: number, stage: LinkStage, like: number | null): number {
    const via = like === null ? [] : (this.links[like]?.via ?? []);
    return this.push({ from, to, stage, via, segments: [], drawn: false });
  }

  /** The same path as an existing link, ending at another member of the same pair or cluster. */
  borrowed(from: number, to: number, like: number): number {
    const base = this.links[like] as SimLink;
    const swap = (i: number, end: number, other: number): number => (i === end ? other : i);
    const segments = base.segments.map((s) => ({
      ...s,
      from: swap(swap(s.from, base.to, to), base.from, from),
      to: swap(swap(s.to, base.to, to), base.from, from),
    }));
    return this.push({ from, to, stage: base.stage, via: base.via, segments, drawn: base.drawn });
  }

  private push(link: Omit<SimLink, 'index'>): number {
    const index = this.links.length;
    this.links.push({ index, ...link });
    return index;
  }
}

function stageOf(fromRole: SimRole, toRole: SimRole): LinkStage {
  if (fromRole === 'client') return 'client';
  if (toRole === 'db') return 'db';
  return fromRole === 'lb' ? 'backend' : 'proxy';
}

export interface Routing {
  readonly table: LinkTable;
  /** Client to each working node it can reach first. */
  readonly entries: readonly Route[];
  /** Per simulation node: the working nodes it sends to next. */
  readonly next: Route[][];
}

export function routing(sims: SimNodes, rg: RequestGraph): Routing {
  const table = new LinkTable(sims);
  const roleOf = (topo: string): SimRole =>
    sims.nodes[sims.byTopo.get(topo)?.[0] ?? -1]?.role ?? 'hop';
  const isWorker = (topo: string): boolean => isWorkerRole(roleOf(topo));
  const isStop = (topo: string): boolean => isWorker(topo) || roleOf(topo) === 'client';
  const next: Route[][] = sims.nodes.map(() => []);
  for (const [topo, members] of sims.byTopo) {
    const role = roleOf(topo);
    if (!isWorkerRole(role) || sims.nodes[members[0] as number]?.source !== topo) continue;
    for (const p of nextStops(rg, topo, isStop, isWorker)) {
      for (const from of members) {
        for (const to of sims.byTopo.get(p.target) ?? []) {
          if (to === from) continue;
          next[from]?.push({
            target: to,
            link: table.drawn(from, to, stageOf(role, roleOf(p.target)), p),
          });
        }
      }
    }
  }
  const entries: Route[] = [];
  const addEntry = (from: number, p: TopoPath): void => {
    for (const to of sims.byTopo.get(p.target) ?? []) {
      if (entries.some((e) => e.target === to)) continue;
      const link =
        p.path.length < 2
          ? table.implied(from, to, 'client', null)
          : table.drawn(from, to, 'client', p);
      entries.push({ target: to, link });
    }
  };
  for (const user of rg.users) {
    const from = sims.byTopo.get(user)?.[0] ?? -1;
    for (const p of nextStops(rg, user, isStop, isWorker)) addEntry(from, p);
  }
  if (entries.length === 0) {
    // No drawn user (or none connected): requests come in where the drawing starts.
    for (const root of rg.roots) {
      if (isWorker(root)) addEntry(-1, { target: root, path: [root], edges: [] });
      else for (const p of nextStops(rg, root, isStop, isWorker)) addEntry(-1, p);
    }
  }
  return { table, entries, next };
}
