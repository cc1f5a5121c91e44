// Rule `monitored`: monitoring agents are linked to the monitoring service that receives their data.
import { z } from 'zod';
import type { DiagramGraph } from '../../analyze/graph.ts';
import { fail, pass, type RuleOutcome } from '../rule.ts';
import { kindsSchema } from './kinds.ts';

export const params = z.strictObject({
  agents: kindsSchema.default(['monitoring-agent']),
  service: kindsSchema.default(['monitoring-service']),
});

export function evaluate(graph: DiagramGraph, p: z.infer<typeof params>): RuleOutcome {
  const services = graph.ofKind(...p.service);
  if (services.length === 0)
    return fail('No monitoring service is drawn to receive the data.', graph);
  // A host whose label names its agent ("Server 1 (Nginx, Sumo collector)") sends that agent's data.
  const agents = graph.ofKindOrNamed(...p.agents);
  const serviceIds = new Set(services.map((s) => s.id));
  for (const agent of agents) {
    // An agent drawn inside a server box sends its data along the arrow that leaves the box, or a box
    // around it (a firewall drawn around the server).
    // A box the learner named as a node too (`subgraph FW2` reached by `FW2 -->`) is left by that node.
    const around = graph
      .boxesAround(agent.id)
      .flatMap((g) => (g.owner === undefined ? [g.id] : [g.id, g.owner]));
    const froms = [agent.id, ...(agent.host === null ? [] : [agent.host]), ...around];
    for (const from of froms) {
      const path = graph.path([from], serviceIds, true);
      const direct = graph.neighbours(from).find((id) => serviceIds.has(id));
      if (path || direct)
        return pass('The monitoring clients send their data to the monitoring service.', graph, [
          agent.id,
          ...(path ?? [from, direct ?? '']),
        ]);
    }
  }
  return fail(
    'A monitoring service is drawn but no monitoring client is linked to it.',
    graph,
    services.map((s) => s.id),
  );
}
