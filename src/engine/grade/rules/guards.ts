// Rule `guards`: firewalls sit on the traffic path in front of what they protect (not floating, not only behind).
import { z } from 'zod';
import type { DiagramGraph } from '../../analyze/graph.ts';
import type { TopoNode } from '../../topology/model.ts';
import { fail, pass, type RuleOutcome } from '../rule.ts';
import { kindsSchema, kindWords } from './kinds.ts';

export const params = z.strictObject({
  guard: kindsSchema,
  protects: kindsSchema,
  /** true: every guard drawn must be in front of something (none floating, none only behind); false: one suffices. */
  every: z.boolean().default(true),
});

export function evaluate(graph: DiagramGraph, p: z.infer<typeof params>): RuleOutcome {
  const hasUpstream = (id: string): boolean => graph.predecessors(id).some((n) => n !== id);
  // A protected component whose label names its own firewall ("HAProxy + firewall") guards itself in place.
  const named = graph
    .ofKindOrNamed(...p.guard)
    .filter((n) => !p.guard.includes(n.kind) && p.protects.includes(n.kind));
  const guards = [...graph.ofKind(...p.guard), ...named];
  if (guards.length === 0) return fail(`No ${kindWords(p.guard)} is drawn.`, graph);
  // A guard drawn as a box around what it protects (`subgraph Firewall 1`): traffic from outside crosses it.
  const crossed = (g: TopoNode): boolean => {
    const box = graph.groups.find((x) => x.id === g.id);
    if (box === undefined) return false;
    // What the box holds, nested boxes included (`subgraph Firewall 2` around `subgraph Server 1`).
    const inside = graph.boxContents(box.id);
    return [...inside].some(
      (m) =>
        p.protects.includes(graph.node(m)?.kind ?? 'unknown') &&
        graph.predecessors(m).some((n) => !inside.has(n) && n !== g.id),
    );
  };
  const inFront = guards.filter((g) => {
    if (named.includes(g)) return hasUpstream(g.id);
    if (crossed(g)) return true;
    const guarded = graph
      .successors(g.id)
      .some((id) => p.protects.includes(graph.node(id)?.kind ?? 'unknown'));
    return hasUpstream(g.id) && guarded;
  });
  const floating = guards.filter((g) => graph.degree(g.id) === 0);
  const misplaced = guards.filter((g) => !inFront.includes(g));
  if (inFront.length > 0 && (!p.every || misplaced.length === 0)) {
    return pass(
      `${inFront.length} ${kindWords(p.guard)} on the path in front of what they protect.`,
      graph,
      inFront.map((g) => g.id),
    );
  }
  const why =
    floating.length > 0
      ? `${floating.map((g) => g.label).join(', ')} linked to nothing`
      : `${misplaced.map((g) => g.label).join(', ')} without traffic coming in and a protected component behind`;
  return fail(
    `Not every ${kindWords(p.guard)} is on the traffic path (${why}).`,
    graph,
    misplaced.map((g) => g.id),
  );
}
