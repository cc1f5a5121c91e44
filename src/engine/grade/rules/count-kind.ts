// Rule `count`: at least `min` components of a kind (optionally of a role) are drawn; clusters count their members.
import { z } from 'zod';
import type { DiagramGraph } from '../../analyze/graph.ts';
import type { TopoNode } from '../../topology/model.ts';
import { fail, pass, type RuleOutcome } from '../rule.ts';
import { kindsSchema, kindWords, roleSchema } from './kinds.ts';

export const params = z.strictObject({
  kinds: kindsSchema,
  min: z.number().int().min(1).default(1),
  role: roleSchema.optional(),
});

/** How many components the nodes stand for: a cluster node with members beside its own members counts once. */
export function countOf(nodes: readonly TopoNode[]): number {
  const plain = nodes.filter((n) => (n.members ?? 1) <= 1).length;
  const implied = nodes.reduce((sum, n) => sum + (n.members ?? 1), 0) - plain;
  return Math.max(plain, implied);
}

export function evaluate(graph: DiagramGraph, p: z.infer<typeof params>): RuleOutcome {
  const nodes = graph
    .ofKindOrNamed(...p.kinds)
    .filter((n) => p.role === undefined || n.role === p.role);
  const count = countOf(nodes);
  const what = (n: number): string => `${p.role ? `${p.role} ` : ''}${kindWords(p.kinds, n)}`;
  const ids = nodes.map((n) => n.id);
  return count >= p.min
    ? pass(`${count} ${what(count)} found.`, graph, ids)
    : fail(
        count === 0
          ? `No ${what(1)} found in the diagram.`
          : `Only ${count} ${what(count)} found; ${p.min} expected.`,
        graph,
        ids,
      );
}
