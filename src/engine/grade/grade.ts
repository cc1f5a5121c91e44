// Grades one ingested submission against a rubric: a verdict per criterion, findings, score.
import { findingsOf } from '../analyze/findings.ts';
import { DiagramGraph } from '../analyze/graph.ts';
import type { Vocabulary } from '../classify/vocabulary-schema.ts';
import type { IngestResult } from '../ingest/ingest.ts';
import type { Concepts } from '../prose/concepts-schema.ts';
import type { ProseVerdicts } from '../prose/grade-criteria.ts';
import { gradeProse } from '../prose/grade-prose.ts';
import { gradeDiagramCriterion, type Absence } from './diagram-criterion.ts';
import type { CriterionResult, Finding } from './result.ts';
import type { RuleOutcome } from './rule.ts';
import type { Criterion, Rubric } from './rubric-schema.ts';

export interface GradeDeps {
  readonly vocabulary: Vocabulary;
  readonly concepts: Concepts;
}

export interface Graded {
  readonly score: number;
  readonly maxScore: number;
  readonly criteria: readonly CriterionResult[];
  readonly findings: readonly Finding[];
}

function absenceOf(ingest: IngestResult): Absence {
  if (ingest.images.some((i) => i.kind === 'remote' || i.kind === 'relative' || i.kind === 'local'))
    return 'image-only';
  if (ingest.diagrams.some((d) => !d.readable)) return 'unreadable';
  // A link to a diagram left unfilled ("YOUR_LINK_HERE"): the learner meant to draw one; a person decides.
  if (ingest.images.some((i) => i.kind === 'placeholder')) return 'placeholder';
  // A Mermaid diagram that parses but is of a kind with no reading (C4, mindmap, state...): drawn, not read.
  if (ingest.diagrams.some((d) => d.syntax === 'mermaid' && d.kind === 'other'))
    return 'unsupported';
  return 'none';
}

function message(c: Criterion, o: RuleOutcome): string {
  if (o.verdict === 'pass') return c.feedback.pass;
  // A review says what the criterion asks; the reports add that a person will review it.
  const base = o.verdict === 'review' ? (c.feedback.review ?? c.feedback.fail) : c.feedback.fail;
  // On fail or review, the rule says what it found or missed.
  return o.detail ? `${base} ${o.detail}` : base;
}

/**
 * `prose`: the verdicts of the rubric's prose criteria when they were computed elsewhere (on a worker thread,
 * by `gradeProseCriteria` on the same sections); computed here otherwise.
 */
export function gradeIngested(
  ingest: IngestResult,
  rubric: Rubric,
  deps: GradeDeps,
  prose?: ProseVerdicts,
): Graded {
  const graphs = ingest.diagrams
    .filter((d) => d.readable && d.nodes > 0)
    .map((d) => new DiagramGraph(ingest, d.index, d.kind))
    // Topology drawings first (a sequence diagram shows one request, not the layout), then the larger.
    .sort(
      (a, b) =>
        Number(a.kind === 'sequence') - Number(b.kind === 'sequence') ||
        b.nodes.length - a.nodes.length,
    );
  const absence = absenceOf(ingest);
  const ctx = { vocabulary: deps.vocabulary };
  const criteria = rubric.criteria.map((c): CriterionResult => {
    let o: RuleOutcome;
    if (c.kind === 'prose') {
      const p = prose?.get(c.id) ?? gradeProse(c.concept ?? c.id, ingest.sections, deps.concepts);
      o = {
        verdict: p.verdict,
        detail: p.message,
        evidence: { lines: p.lines, nodes: [], quotes: p.quotes },
      };
    } else {
      o = gradeDiagramCriterion(c, graphs, absence, ctx);
    }
    return {
      id: c.id,
      title: c.title,
      kind: c.kind,
      verdict: o.verdict,
      points: o.verdict === 'pass' ? c.points : 0,
      maxPoints: c.points,
      message: message(c, o),
      evidence: o.evidence,
    };
  });
  const main = graphs[0];
  const findings = main ? findingsOf(main) : [];
  return {
    score: criteria.reduce((s, c) => s + c.points, 0),
    maxScore: criteria.reduce((s, c) => s + c.maxPoints, 0),
    criteria,
    findings,
  };
}
