// Monitoring agents: the components each one watches and the monitoring service it ships metrics to.
import type { DiagramGraph } from '../analyze/graph.ts';
import type { Agent } from './model.ts';
import { edgeKey } from './routes.ts';
import type { SimNodes } from './sim-nodes.ts';

const WATCHED = new Set(['lb', 'web', 'app', 'db', 'firewall', 'hop', 'dns']);

export function findAgents(graph: DiagramGraph, sims: SimNodes): Agent[] {
  const sim = (topo: string): readonly number[] => sims.byTopo.get(topo) ?? [];
  const services = sims.nodes.filter((n) => n.role === 'monitor');
  const agents: Agent[] = [];
  for (const a of sims.nodes) {
    if (a.role !== 'agent') continue;
    const topo = graph.node(a.source);
    const targets = new Set<number>();
    const watch = (id: string): void => {
      for (const i of sim(id)) if (WATCHED.has(sims.nodes[i]?.role ?? '')) targets.add(i);
      // An agent on a host, or pointed at a host, watches what runs there.
      for (const n of graph.nodes)
        if (n.host === id && n.kind !== 'monitoring-agent')
          for (const i of sim(n.id)) targets.add(i);
    };
    const neighbours = graph.neighbours(a.source);
    for (const id of neighbours) watch(id);
    if (topo?.host) watch(topo.host);
    // An agent drawn in a box with no arrow to what it watches watches the box's components.
    if (targets.size === 0) {
      const box = graph.groups.find((g) => g.members.includes(a.source));
      for (const id of box?.members ?? []) if (id !== a.source) watch(id);
    }
    const near = neighbours.flatMap(sim).find((i) => sims.nodes[i]?.role === 'monitor');
    const service = near ?? (services.length === 1 ? (services[0]?.index ?? -1) : -1);
    const serviceSource = sims.nodes[service]?.source;
    const keys =
      near !== undefined && serviceSource !== undefined ? [edgeKey(a.source, serviceSource)] : [];
    agents.push({ node: a.index, targets: [...targets].sort((x, y) => x - y), service, keys });
  }
  return agents;
}
