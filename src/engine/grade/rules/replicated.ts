// Rule `replicated`: a primary and a replica database are drawn with a link from the primary to the replica.
import { z } from 'zod';
import type { DiagramGraph } from '../../analyze/graph.ts';
import { classifyEdgeLabel } from '../../classify/classify-label.ts';
import { fail, pass, type RuleContext, type RuleOutcome } from '../rule.ts';

export const params = z.strictObject({});

export function evaluate(
  graph: DiagramGraph,
  _p: z.infer<typeof params>,
  ctx: RuleContext,
): RuleOutcome {
  const dbs = graph.ofKind('database');
  const primaries = dbs.filter((n) => n.role === 'primary');
  const replicas = dbs.filter((n) => n.role === 'replica');
  if (primaries.length === 0 || replicas.length === 0) {
    const missing = primaries.length === 0 ? 'primary' : 'replica';
    return fail(
      `No ${missing} database is drawn (${dbs.length} database node(s) found).`,
      graph,
      dbs.map((n) => n.id),
    );
  }
  const replicaIds = new Set(replicas.map((n) => n.id));
  for (const primary of primaries) {
    const link = graph.edges.find(
      (e) =>
        (e.from === primary.id && replicaIds.has(e.to)) ||
        (e.bidirectional && e.to === primary.id && replicaIds.has(e.from)) ||
        // An arrow drawn from the replica counts only when its label says it is replication.
        (e.to === primary.id &&
          replicaIds.has(e.from) &&
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
