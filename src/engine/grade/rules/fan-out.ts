// Rule `fan-out`: a component of a kind leads (following arrows) to at least `min` distinct targets of some kinds.
import { z } from 'zod';
import type { DiagramGraph } from '../../analyze/graph.ts';
import type { TopoNode } from '../../topology/model.ts';
import { fail, pass, type RuleOutcome } from '../rule.ts';
import { countOf } from './count-kind.ts';
import { kindsSchema, kindWords } from './kinds.ts';

export const params = z.strictObject({
  from: kindsSchema,
  to: kindsSchema,
  min: z.number().int().min(1).default(2),
  /** Ignore direction: for diagrams whose arrows point back at the caller. */
  directed: z.boolean().default(true),
});

export function evaluate(graph: DiagramGraph, p: z.infer<typeof params>): RuleOutcome {
  const sources = graph.ofKind(...p.from);
  if (sources.length === 0) return fail(`No ${kindWords(p.from)} is drawn.`, graph);
  let best: string[] = [];
  let bestSource = sources[0]?.id ?? '';
  for (const s of sources) {
    const targets = [...graph.reachable(s.id, p.directed)].filter((id) =>
      p.to.includes(graph.node(id)?.kind ?? 'unknown'),
    );
    if (targets.length > best.length) {
      best = targets;
      bestSource = s.id;
    }
  }
  // One machine counts once: a server and the web server it runs ("LB --> S1" holding Nginx) are one target.
  const machines = new Map<string, TopoNode>();
  for (const id of best) {
    const n = graph.node(id);
    if (n !== undefined && !machines.has(n.host ?? n.id)) machines.set(n.host ?? n.id, n);
  }
  const count = countOf([...machines.values()]);
  const label = graph.node(bestSource)?.label ?? bestSource;
  return count >= p.min
    ? pass(`${label} leads to ${count} ${kindWords(p.to)}.`, graph, [bestSource, ...best])
    : fail(`${label} leads to ${count} ${kindWords(p.to)}; at least ${p.min} expected.`, graph, [
        bestSource,
        ...best,
      ]);
}
