// Rule `flow-order`: requests can flow through the tiers in the given order (other hops, such as firewalls, allowed).
import { z } from 'zod';
import type { DiagramGraph } from '../../analyze/graph.ts';
import { fail, pass, type RuleOutcome } from '../rule.ts';
import { kindsSchema, kindWords } from './kinds.ts';

export const params = z.strictObject({ order: z.array(kindsSchema).min(2) });

export function evaluate(graph: DiagramGraph, p: z.infer<typeof params>): RuleOutcome {
  const [first, ...rest] = p.order;
  let frontier = graph.ofKind(...(first ?? [])).map((n) => [n.id]);
  if (frontier.length === 0) return fail(`No ${kindWords(first ?? [])} is drawn.`, graph);
  for (const tier of rest) {
    const targets = new Set(graph.ofKind(...tier).map((n) => n.id));
    const next: string[][] = [];
    for (const path of frontier) {
      const step = graph.path([path.at(-1) ?? ''], targets, true);
      if (step) next.push([...path, ...step.slice(1)]);
    }
    if (next.length === 0) {
      const names = p.order.map((t) => kindWords(t)).join(' → ');
      return fail(
        `Requests do not flow ${names}: nothing leads on to a ${kindWords(tier)}.`,
        graph,
        frontier.flat(),
      );
    }
    frontier = next;
  }
  return pass('Requests flow through the tiers in order.', graph, frontier[0] ?? []);
}
