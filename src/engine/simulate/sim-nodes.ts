// The simulation's nodes from a diagram's: a role per kind, clusters split into members, hosts that do the work.
import type { DiagramGraph } from '../analyze/graph.ts';
import type { NodeKind, TopoNode } from '../topology/model.ts';
import type { SimNode, SimRole } from './model.ts';
import type { RequestGraph } from './request-graph.ts';
import { nextStops } from './traverse.ts';

const ROLE: Readonly<Record<NodeKind, SimRole>> = {
  user: 'client',
  dns: 'dns',
  internet: 'hop',
  firewall: 'firewall',
  'load-balancer': 'lb',
  'virtual-ip': 'hop',
  'web-server': 'web',
  'app-server': 'app',
  'code-base': 'passive',
  database: 'db',
  cache: 'hop',
  'monitoring-agent': 'agent',
  'monitoring-service': 'monitor',
  certificate: 'passive',
  server: 'hop',
  unknown: 'hop',
};

const WORKERS: ReadonlySet<SimRole> = new Set(['lb', 'web', 'app', 'db']);
const MAX_MEMBERS = 8;

export interface SimNodes {
  readonly nodes: readonly SimNode[];
  /** Diagram node id to its simulation nodes (several for a cluster). */
  readonly byTopo: ReadonlyMap<string, readonly number[]>;
  readonly clusters: readonly { readonly topo: TopoNode; readonly members: readonly number[] }[];
}

export function isWorkerRole(role: SimRole): boolean {
  return WORKERS.has(role);
}

/**
 * Servers that do the work themselves: no web, application or load balancer behind them, and either a label
 * naming web or application work ("Server 1 (Web + App)") or nothing hosted on them (a bare "Server").
 */
function standaloneServers(graph: DiagramGraph, rg: RequestGraph): Set<string> {
  const out = new Set<string>();
  const role = (id: string): SimRole => ROLE[graph.node(id)?.kind ?? 'unknown'];
  const works = (id: string): boolean => WORKERS.has(role(id));
  const arcsIn = new Set([...rg.out.values()].flatMap((l) => l.map((a) => a.to)));
  for (const n of graph.nodes) {
    if (n.kind !== 'server') continue;
    if ((rg.out.get(n.id)?.length ?? 0) === 0 && !arcsIn.has(n.id)) continue;
    const behind = nextStops(rg, n.id, works, works).map((p) => role(p.target));
    if (behind.some((r) => r !== 'db')) continue;
    const names = (n.mentions ?? []).some((k) => k === 'web-server' || k === 'app-server');
    const hosts = graph.nodes.some((m) => m.host === n.id);
    if (names || !hosts) out.add(n.id);
  }
  return out;
}

/** Nodes of `kind` boxed in one group with no request arcs: the drawn members of a cluster node. */
function orphanMembers(
  graph: DiagramGraph,
  rg: RequestGraph,
  cluster: TopoNode,
  used: Set<string>,
): TopoNode[] {
  const touched = new Set<string>();
  for (const [from, list] of rg.out) {
    if (list.length > 0) touched.add(from);
    for (const a of list) touched.add(a.to);
  }
  for (const g of graph.groups) {
    const members = g.members
      .map((id) => graph.node(id))
      .filter(
        (m): m is TopoNode =>
          m !== undefined &&
          m.kind === cluster.kind &&
          m.id !== cluster.id &&
          !touched.has(m.id) &&
          !used.has(m.id),
      );
    if (members.length >= 2) return members;
  }
  return [];
}

export function simNodes(graph: DiagramGraph, rg: RequestGraph): SimNodes {
  const standalone = standaloneServers(graph, rg);
  const nodes: SimNode[] = [];
  const byTopo = new Map<string, number[]>();
  const clusters: { topo: TopoNode; members: number[] }[] = [];
  const aliased = new Set<string>();
  const add = (
    n: TopoNode,
    fields: Partial<Pick<SimNode, 'id' | 'label' | 'names'>> = {},
  ): number => {
    const role: SimRole = standalone.has(n.id) ? 'web' : ROLE[n.kind];
    const index = nodes.length;
    nodes.push({
      index,
      id: fields.id ?? n.id,
      label: fields.label ?? n.label,
      names: fields.names ?? [n.id, n.label],
      source: n.id,
      kind: n.kind,
      role,
      standalone: standalone.has(n.id),
      line: n.line,
    });
    byTopo.set(n.id, [...(byTopo.get(n.id) ?? []), index]);
    return index;
  };
  // Drawn cluster members are claimed first, so they are not simulated twice.
  const plans = new Map<string, TopoNode[]>();
  for (const n of graph.nodes) {
    if (!WORKERS.has(ROLE[n.kind]) || (n.members ?? 1) < 2) continue;
    const drawn = orphanMembers(graph, rg, n, aliased);
    for (const m of drawn) aliased.add(m.id);
    plans.set(n.id, drawn);
  }
  for (const n of graph.nodes) {
    if (aliased.has(n.id)) continue;
    const drawn = plans.get(n.id);
    if (drawn === undefined) {
      add(n);
      continue;
    }
    const count = Math.min(MAX_MEMBERS, Math.max(n.members ?? 2, drawn.length));
    const members: number[] = [];
    for (let k = 0; k < count; k += 1) {
      const alias = drawn[k];
      const id = alias ? alias.id : `${n.id}#${k + 1}`;
      const label = alias ? alias.label : `${n.label} #${k + 1}`;
      const index = add(n, { id, label, names: alias ? [alias.id, alias.label] : [id, label] });
      if (alias) byTopo.set(alias.id, [index]);
      members.push(index);
    }
    clusters.push({ topo: n, members });
  }
  return { nodes, byTopo, clusters };
}
