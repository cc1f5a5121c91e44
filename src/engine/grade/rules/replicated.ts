// Rule `replicated`: a primary and a replica database (or hosts listing them) are linked from the primary to the replica.
import { z } from 'zod';
import { isDatabaseEnd } from '../../analyze/database-ends.ts';
import type { DiagramGraph } from '../../analyze/graph.ts';
import { classifyEdgeLabel } from '../../classify/classify-label.ts';
import type { Role, TopoNode } from '../../topology/model.ts';
import { fail, pass, type RuleContext, type RuleOutcome } from '../rule.ts';

export const params = z.strictObject({});

export function evaluate(
  graph: DiagramGraph,
  _p: z.infer<typeof params>,
  ctx: RuleContext,
): RuleOutcome {
  // A database node, or a host whose label lists one ("Server 2 (Nginx, MySQL Replica)").
  const dbs = graph.ofKindOrNamed('database');
  const holds = (n: TopoNode, role: Role): boolean =>
    (n.kind === 'database' && n.role === role) ||
    (n.listedRoles ?? []).some((r) => r.kind === 'database' && r.role === role);
  const primaries = dbs.filter((n) => holds(n, 'primary'));
  const replicas = dbs.filter((n) => holds(n, 'replica'));
  if (primaries.length === 0 || replicas.length === 0) {
    const missing = primaries.length === 0 ? 'primary' : 'replica';
    return fail(
      `No ${missing} database is drawn (${dbs.length} database node(s) found).`,
      graph,
      dbs.map((n) => n.id),
    );
  }
  // An arrow may leave or reach the box a database runs on, when that box runs no other database.
  const end = (id: string, db: TopoNode): boolean => isDatabaseEnd(graph, id, db);
  for (const primary of primaries) {
    const source = (id: string): boolean => end(id, primary);
    // A host listing both a primary and a replica does not replicate to itself.
    const replica = (id: string): boolean =>
      !source(id) && replicas.some((r) => r.id !== primary.id && end(id, r));
    const link = graph.edges.find(
      (e) =>
        (source(e.from) && replica(e.to)) ||
        (e.bidirectional && source(e.to) && replica(e.from)) ||
        // An arrow drawn from the replica counts only when its label says it is replication.
        (source(e.to) &&
          replica(e.from) &&
          classifyEdgeLabel(e.label, ctx.vocabulary).protocol === 'replication'),
    );
    if (link) {
      return pass('The primary replicates to the replica.', graph, [link.from, link.to]);
    }
  }
  return fail(
    'A primary and a replica are drawn, but no replication link from the primary to the replica.',
    graph,
    [...primaries.map((n) => n.id), ...replicas.map((n) => n.id)],
  );
}
