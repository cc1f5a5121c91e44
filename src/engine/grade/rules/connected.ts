// Rule `connected`: a component of a kind is drawn and linked (in any direction, through anything) to a target kind.
import { z } from 'zod';
import type { DiagramGraph } from '../../analyze/graph.ts';
import { fail, pass, type RuleOutcome } from '../rule.ts';
import { kindsSchema, kindWords } from './kinds.ts';

export const params = z.strictObject({
  kinds: kindsSchema,
  to: kindsSchema,
  directed: z.boolean().default(false),
});

export function evaluate(graph: DiagramGraph, p: z.infer<typeof params>): RuleOutcome {
  // A host whose label lists the kind counts ("Server 1 (Nginx, App server, MySQL)").
  const sources = graph.ofKindOrNamed(...p.kinds);
  if (sources.length === 0) return fail(`No ${kindWords(p.kinds)} is drawn.`, graph);
  // Listed on one host with a target ("Server 1 (App server, MySQL)"), it is reached on that host.
  const together = p.directed
    ? undefined
    : sources.find((s) => (s.mentions ?? []).some((k) => p.to.includes(k)));
  if (together)
    return pass(`${together.label} runs the ${kindWords(p.kinds)} beside what reaches it.`, graph, [
      together.id,
    ]);
  const targets = new Set(graph.ofKind(...p.to).map((n) => n.id));
  for (const s of sources) targets.delete(s.id);
  const path = graph.path(
    sources.map((s) => s.id),
    targets,
    p.directed,
  );
  if (path)
    return pass(
      `${graph.node(path[0] ?? '')?.label ?? ''} is connected to ${graph.node(path.at(-1) ?? '')?.label ?? ''}.`,
      graph,
      path,
    );
  return fail(
    `The ${kindWords(p.kinds)} is not connected to any ${kindWords(p.to)}.`,
    graph,
    sources.map((s) => s.id),
  );
}
