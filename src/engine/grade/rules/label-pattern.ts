// Rule `label-pattern`: some node or edge label of the diagram matches a pattern (the domain, its IP address).
import { z } from 'zod';
import type { DiagramGraph } from '../../analyze/graph.ts';
import { fail, pass, type RuleOutcome } from '../rule.ts';

export const params = z.strictObject({
  pattern: z.string().min(1),
  what: z.string().min(1),
});

export function evaluate(graph: DiagramGraph, p: z.infer<typeof params>): RuleOutcome {
  const re = new RegExp(p.pattern, 'i');
  const nodes = graph.nodes.filter((n) => re.test(n.label) || re.test(n.id));
  if (nodes.length > 0)
    return pass(
      `${p.what} is shown.`,
      graph,
      nodes.map((n) => n.id),
    );
  const edge = graph.edges.find((e) => re.test(e.label));
  if (edge) return { ...pass(`${p.what} is shown.`, graph, [edge.from, edge.to]) };
  return fail(`${p.what} is not shown in the diagram.`, graph);
}
