// Rule `cluster`: two components of a kind form a cluster (both lead to the next tier, or are marked as a pair).
import { z } from 'zod';
import type { DiagramGraph } from '../../analyze/graph.ts';
import { fail, pass, type RuleOutcome } from '../rule.ts';
import { kindsSchema } from './kinds.ts';

export const params = z.strictObject({ kinds: kindsSchema, next: kindsSchema });

export function evaluate(graph: DiagramGraph, p: z.infer<typeof params>): RuleOutcome {
  const members = graph.ofKind(...p.kinds).filter((n) => (n.members ?? 1) <= 1);
  const ids = new Set(members.map((n) => n.id));
  const next = new Set(graph.ofKind(...p.next).map((n) => n.id));
  // Each member must reach the next tier without passing through another member (no pair chained in series).
  const leading = members.filter(
    (m) => graph.path([m.id], next, true) !== null && hasOwnPath(graph, m.id, ids, next),
  );
  if (leading.length >= 2)
    return pass(
      'Both load balancers lead to the web tier.',
      graph,
      leading.map((n) => n.id),
    );
  const group = graph
    .groupsHolding(ids)
    .find((g) => g.members.filter((m) => ids.has(m)).length >= 2);
  if (group)
    return pass(
      `The pair is grouped as "${group.label}".`,
      graph,
      group.members.filter((m) => ids.has(m)),
    );
  // A plain one-way arrow from one to the other is a chain in series ("LB1 --> LB2 --> web"), not a pair:
  // a failover link is two-way, dotted, or says what it carries.
  const failover = (e: (typeof graph.edges)[number]): boolean =>
    e.bidirectional ||
    (e.protocol === 'heartbeat' && (e.label.trim() !== '' || e.stroke === 'dotted'));
  const link = graph.edges.find((e) => ids.has(e.from) && ids.has(e.to) && failover(e));
  if (link && inSeries(graph, [link.from, link.to], next))
    return fail(
      'The two load balancers are chained in series: every path from the user to the web tier goes through both.',
      graph,
      [link.from, link.to],
    );
  if (link) return pass('The pair is linked for failover.', graph, [link.from, link.to]);
  const vip = graph
    .ofKind('virtual-ip')
    .find((v) => graph.neighbours(v.id).filter((id) => ids.has(id)).length >= 2);
  if (vip)
    return pass('The pair shares a virtual IP.', graph, [
      vip.id,
      ...graph.neighbours(vip.id).filter((id) => ids.has(id)),
    ]);
  const stated = graph
    .ofKind(...p.kinds)
    .find((n) => (n.members ?? 1) >= 2 && n.membersNamed === true);
  if (stated && members.length === 0)
    return pass(`${stated.label} names its two members.`, graph, [stated.id]);
  if (members.length < 2) return fail('Only one load balancer is drawn.', graph, [...ids]);
  return fail(
    'Two load balancers are drawn but they do not form a cluster: only one leads to the web tier, with no cluster, virtual IP or failover link between them.',
    graph,
    [...ids],
  );
}

function hasOwnPath(
  graph: DiagramGraph,
  from: string,
  peers: ReadonlySet<string>,
  next: ReadonlySet<string>,
): boolean {
  const avoid = new Set([...peers].filter((id) => id !== from));
  return [...graph.reachable(from, true, avoid)].some((id) => next.has(id));
}

/** Whether the user reaches the next tier only through every one of `pair` (a chain, not a pair side by side). */
function inSeries(
  graph: DiagramGraph,
  pair: readonly string[],
  next: ReadonlySet<string>,
): boolean {
  const users = graph.ofKind('user').map((n) => n.id);
  const reaches = (avoid: string): boolean =>
    users.some((u) => [...graph.reachable(u, true, new Set([avoid]))].some((id) => next.has(id)));
  return (
    users.length > 0 &&
    users.some((u) => [...graph.reachable(u)].some((id) => next.has(id))) &&
    pair.every((m) => !reaches(m))
  );
}
