// Rule `all-of`: passes when every listed diagram rule passes (an instructor's composite criterion).
import type { DiagramGraph } from '../../analyze/graph.ts';
import type { RuleContext, RuleOutcome } from '../rule.ts';

export interface Step {
  readonly detail: string;
  readonly run: (graph: DiagramGraph, ctx: RuleContext) => RuleOutcome;
}

export function evaluateAll(
  graph: DiagramGraph,
  steps: readonly Step[],
  ctx: RuleContext,
): RuleOutcome {
  const outcomes = steps.map((s) => s.run(graph, ctx));
  const failed = outcomes.find((o) => o.verdict !== 'pass');
  const lines = [...new Set(outcomes.flatMap((o) => o.evidence.lines))].sort((a, b) => a - b);
  const nodes = [...new Set(outcomes.flatMap((o) => o.evidence.nodes))];
  if (failed)
    return {
      verdict: failed.verdict,
      detail: failed.detail,
      evidence: { lines, nodes, quotes: [] },
    };
  return {
    verdict: 'pass',
    detail: outcomes.map((o) => o.detail).join(' '),
    evidence: { lines, nodes, quotes: [] },
  };
}
