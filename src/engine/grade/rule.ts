// What a rule is: a pure function from a diagram (or the prose) and its parameters to a verdict with evidence.
import type { DiagramGraph } from '../analyze/graph.ts';
import type { Vocabulary } from '../classify/vocabulary-schema.ts';
import type { Evidence, Verdict } from './result.ts';

export interface RuleOutcome {
  readonly verdict: Verdict;
  readonly evidence: Evidence;
  /** What the rule found or missed, in a sentence the learner can act on. */
  readonly detail: string;
}

export const NO_EVIDENCE: Evidence = { lines: [], nodes: [], quotes: [] };

export function outcome(
  verdict: Verdict,
  detail: string,
  graph: DiagramGraph | null = null,
  nodes: readonly string[] = [],
): RuleOutcome {
  const lines = graph ? graph.linesOf(nodes) : [];
  return { verdict, detail, evidence: { lines, nodes: [...new Set(nodes)], quotes: [] } };
}

export const pass = (
  detail: string,
  graph: DiagramGraph,
  nodes: readonly string[] = [],
): RuleOutcome => outcome('pass', detail, graph, nodes);

export const fail = (
  detail: string,
  graph: DiagramGraph,
  nodes: readonly string[] = [],
): RuleOutcome => outcome('fail', detail, graph, nodes);

/** What a diagram rule may consult besides the graph: the vocabulary, for words in labels. */
export interface RuleContext {
  readonly vocabulary: Vocabulary;
}
