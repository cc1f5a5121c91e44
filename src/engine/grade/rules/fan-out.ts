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
  /** Count only the first target on each path: a server reached through another server is not sent to. */
  first: z.boolean().default(false),
});
type Params = z.infer<typeof params>;

/**
 * The targets a source leads to. With `first`, a path stops at the first target it meets, save for the parts
 * of that same machine (the web server a server box holds): `LB --> S1 --> S2` sends traffic to S1 alone.
 */
function targetsOf(graph: DiagramGraph, source: string, p: Params): string[] {
  const isTarget = (id: string): boolean => p.to.includes(graph.node(id)?.kind ?? 'unknown');
  if (!p.first) return [...graph.reachable(source, p.directed)].filter(isTarget);
  const machineOf = (id: string): string => graph.node(id)?.host ?? id;
  const next = (id: string): string[] => (p.directed ? graph.successors(id) : graph.neighbours(id));
  const seen = new Set([source]);
  const stack: (readonly [string, string | null])[] = [[source, null]];
  const found: string[] = [];
  while (stack.length > 0) {
    const [id, machine] = stack.pop() ?? [source, null];
    for (const to of next(id)) {
      if (seen.has(to) || (machine !== null && machineOf(to) !== machine)) continue;
      seen.add(to);
      if (isTarget(to)) found.push(to);
      stack.push([to, machine ?? (isTarget(to) ? machineOf(to) : null)]);
    }
  }
  return found;
}

export function evaluate(graph: DiagramGraph, p: Params): RuleOutcome {
  const sources = graph.ofKind(...p.from);
  if (sources.length === 0) return fail(`No ${kindWords(p.from)} is drawn.`, graph);
  let best: string[] = [];
  let bestSource = sources[0]?.id ?? '';
  for (const s of sources) {
    const targets = targetsOf(graph, s.id, p);
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
