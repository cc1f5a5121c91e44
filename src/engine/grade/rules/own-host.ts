// Rule `own-host`: a tier runs on server(s) of its own, never sharing a host or a node with another tier.
import { z } from 'zod';
import type { DiagramGraph } from '../../analyze/graph.ts';
import { fail, pass, type RuleOutcome } from '../rule.ts';
import { kindsSchema, kindWords } from './kinds.ts';

export const params = z.strictObject({ kinds: kindsSchema, others: kindsSchema });

export function evaluate(graph: DiagramGraph, p: z.infer<typeof params>): RuleOutcome {
  // A host whose label names the tier counts ("Server 3 (MySQL, monitoring agent)" is the database's own server).
  const tier = graph.ofKindOrNamed(...p.kinds);
  if (tier.length === 0) return fail(`No ${kindWords(p.kinds)} is drawn.`, graph);
  const shared = tier.filter(
    (n) =>
      p.others.includes(n.kind) ||
      (n.mentions ?? []).some((k) => p.others.includes(k)) ||
      (n.host !== null && graph.nodes.some((o) => o.host === n.host && p.others.includes(o.kind))),
  );
  if (shared.length === tier.length) {
    // The box it shares, or the node that names both tiers ("Nginx web server + Application server").
    const first = shared[0];
    const host = first?.host ?? null;
    const where = host === null ? (first?.label ?? '') : graph.titleOf(host);
    return fail(
      `The ${kindWords(p.kinds)} shares its server (${where}) with another tier.`,
      graph,
      shared.map((n) => n.id),
    );
  }
  const own = tier.filter((n) => !shared.includes(n));
  return pass(
    `The ${kindWords(p.kinds)} runs on server(s) of its own.`,
    graph,
    own.map((n) => n.id),
  );
}
