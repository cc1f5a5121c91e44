// Rule `flow-order`: requests can flow through the tiers in the given order (other hops, such as firewalls, allowed).
import { z } from 'zod';
import type { DiagramGraph } from '../../analyze/graph.ts';
import type { NodeKind } from '../../topology/model.ts';
import { fail, pass, type RuleOutcome } from '../rule.ts';
import { kindsSchema, kindWords } from './kinds.ts';

export const params = z.strictObject({ order: z.array(kindsSchema).min(2) });

/**
 * The nodes that stand for a tier: those of its kinds, and hosts listing that tier alone of the order's tiers
 * ("Server 4 (Application server, code base)" is the application tier; "Server (Nginx, App)" is no one tier).
 */
function tierNodes(graph: DiagramGraph, tier: readonly NodeKind[], order: readonly NodeKind[][]) {
  const others = order.flat().filter((k) => !tier.includes(k));
  return graph.nodes.filter((n) => {
    if (tier.includes(n.kind)) return true;
    const named = n.kind === 'server' ? (n.mentions ?? []) : [];
    return named.some((k) => tier.includes(k)) && !named.some((k) => others.includes(k));
  });
}

export function evaluate(graph: DiagramGraph, p: z.infer<typeof params>): RuleOutcome {
  const [first, ...rest] = p.order;
  let frontier = tierNodes(graph, first ?? [], p.order).map((n) => [n.id]);
  if (frontier.length === 0) return fail(`No ${kindWords(first ?? [])} is drawn.`, graph);
  // A step never goes back through a tier already passed (the app server's reply to the web server, which
  // then queries the database, is no app -> database flow).
  const passed = new Set<string>();
  let current = first ?? [];
  for (const tier of rest) {
    const targets = new Set(tierNodes(graph, tier, p.order).map((n) => n.id));
    const next: string[][] = [];
    for (const path of frontier) {
      const step = graph.path([path.at(-1) ?? ''], targets, true, passed);
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
    for (const n of tierNodes(graph, current, p.order)) passed.add(n.id);
    current = tier;
  }
  return pass('Requests flow through the tiers in order.', graph, frontier[0] ?? []);
}
