// Grades one diagram criterion over the readable diagrams: best verdict wins; no readable diagram means review or fail.
import type { DiagramGraph } from '../analyze/graph.ts';
import { evaluateAll } from './rules/all-of.ts';
import { DIAGRAM_RULES } from './registry.ts';
import { NO_EVIDENCE, type RuleContext, type RuleOutcome } from './rule.ts';
import type { Criterion } from './rubric-schema.ts';

/**
 * Why there is no diagram to judge: an image only, a placeholder link, Mermaid that does not parse or a kind
 * of Mermaid diagram the grader does not read (a person must look), or nothing at all.
 */
export type Absence = 'image-only' | 'unreadable' | 'placeholder' | 'unsupported' | 'none';

const ABSENCE_DETAIL: Record<Exclude<Absence, 'none'>, string> = {
  'image-only': 'The grader cannot read the diagram: it is only an image link.',
  unreadable: 'The grader cannot read the diagram: it could not be parsed.',
  placeholder: 'The diagram link is a placeholder with no picture behind it.',
  unsupported:
    'The grader cannot read the diagram: it reads Mermaid flowcharts, sequence, architecture, block and C4 diagrams, not this kind.',
};

/** Why a fail is left to a person when one of the file's diagrams could not be read. */
const PART_UNREADABLE =
  'Another diagram in the file could not be parsed, so a person will look; in the diagrams read, the grader found this:';

/** Why a fail on an ASCII drawing is left to a person. */
const ASCII_UNSURE =
  'The diagram is ASCII art, which the grader reads less surely than Mermaid; it found this:';

function runRule(
  name: string,
  params: unknown,
  graph: DiagramGraph,
  ctx: RuleContext,
): RuleOutcome {
  const def = DIAGRAM_RULES[name];
  if (!def) throw new Error(`unknown rule ${name}`);
  return def.evaluate(graph, def.params.parse(params), ctx);
}

function evaluateOn(c: Criterion, graph: DiagramGraph, ctx: RuleContext): RuleOutcome {
  if (c.rule === 'diagram-present') {
    return {
      verdict: 'pass',
      detail: `${graph.nodes.length} components read.`,
      evidence: { ...NO_EVIDENCE, lines: [graph.nodes[0]?.line ?? 1] },
    };
  }
  if (c.rule === 'all-of') {
    const steps = (c.steps ?? []).map((s) => ({
      detail: s.rule,
      run: (g: DiagramGraph, x: RuleContext) => runRule(s.rule, s.params, g, x),
    }));
    return evaluateAll(graph, steps, ctx);
  }
  return runRule(c.rule, c.params, graph, ctx);
}

export function gradeDiagramCriterion(
  c: Criterion,
  graphs: readonly DiagramGraph[],
  absence: Absence,
  ctx: RuleContext,
): RuleOutcome {
  if (graphs.length === 0) {
    // A Mermaid diagram of a kind with no reading (mindmap, block-beta...) is still a diagram, written as text.
    if (absence === 'unsupported' && c.rule === 'diagram-present')
      return {
        verdict: 'pass',
        detail:
          'A Mermaid diagram of a kind the grader does not read: a person will check what it shows.',
        evidence: NO_EVIDENCE,
      };
    if (absence === 'none')
      return { verdict: 'fail', detail: 'There is no diagram to read.', evidence: NO_EVIDENCE };
    return { verdict: 'review', detail: ABSENCE_DETAIL[absence], evidence: NO_EVIDENCE };
  }
  let best: RuleOutcome | null = null;
  for (const graph of graphs) {
    const result = evaluateOn(c, graph, ctx);
    if (result.verdict === 'pass') return result;
    best ??= result;
  }
  if (!best) return { verdict: 'fail', detail: 'Not found.', evidence: NO_EVIDENCE };
  // Another diagram of the file could not be read: what is missing here may be drawn there.
  if (best.verdict === 'fail' && absence === 'unreadable')
    return { ...best, verdict: 'review', detail: `${PART_UNREADABLE} ${best.detail}` };
  // Read from ASCII art only: held out, about half of such fails were wrong (README), so a person decides.
  if (best.verdict === 'fail' && graphs.every((g) => g.kind === 'ascii'))
    return { ...best, verdict: 'review', detail: `${ASCII_UNSURE} ${best.detail}` };
  return best;
}
