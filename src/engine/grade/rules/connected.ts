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
  const sources = graph.ofKind(...p.kinds);
  if (sources.length === 0) return fail(`No ${kindWords(p.kinds)} is drawn.`, graph);
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
