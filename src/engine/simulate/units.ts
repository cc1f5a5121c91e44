// What can fail as one: each node, a cluster node's members together, every component of a host.
import type { DiagramGraph } from '../analyze/graph.ts';
import type { FailUnit } from './model.ts';
import type { SimNodes } from './sim-nodes.ts';

/** Clients, code drawn as a node, the internet and a virtual IP are not machines that fail. */
const NOT_FAILABLE = new Set(['client', 'passive']);
const NOT_MACHINES = new Set(['internet', 'virtual-ip']);

export function failUnits(graph: DiagramGraph, sims: SimNodes): FailUnit[] {
  const units: FailUnit[] = [];
  const hosted = new Map<string, number[]>();
  for (const n of graph.nodes) {
    if (n.host === null) continue;
    hosted.set(n.host, [...(hosted.get(n.host) ?? []), ...(sims.byTopo.get(n.id) ?? [])]);
  }
  for (const n of sims.nodes) {
    if (NOT_FAILABLE.has(n.role) || NOT_MACHINES.has(n.kind) || hosted.has(n.source)) continue;
    units.push({ name: n.id, label: n.label, kind: 'node', nodes: [n.index], names: n.names });
  }
  for (const c of sims.clusters) {
    units.push({
      name: c.topo.id,
      label: c.topo.label,
      kind: 'cluster',
      nodes: c.members,
      names: [c.topo.id, c.topo.label],
    });
  }
  for (const [host, members] of hosted) {
    const self = sims.byTopo.get(host) ?? [];
    const node = graph.node(host);
    const label = node?.label ?? graph.groups.find((g) => g.id === host)?.label ?? host;
    const nodes = [...new Set([...self, ...members])].sort((a, b) => a - b);
    units.push({ name: host, label, kind: 'host', nodes, names: [host, label] });
  }
  return units;
}
