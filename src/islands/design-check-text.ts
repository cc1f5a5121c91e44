// What the design checker says, in words: the score, each criterion, Mermaid's errors at their lines, repairs, advice.
import type { Graded } from '../engine/grade/grade.ts';
import type { CriterionResult, Finding, Verdict } from '../engine/grade/result.ts';
import type { FileRepair } from '../engine/ingest/ingest.ts';
import type { DiagramParseError } from '../engine/ingest/parse-error.ts';
import { evidenceText, formatPoints, REVIEW_NOTE } from '../engine/report/summary.ts';

export type ItemKind = Verdict | 'error' | 'repair' | 'advice';

/** One entry of the feedback list; `line` is the line of the learner's text it points at, when one. */
export interface FeedbackItem {
  readonly kind: ItemKind;
  readonly heading: string;
  readonly body: string;
  readonly line: number | null;
}

/** The verdict as a word first, so it never rests on a colour or a mark alone. */
export const VERDICT_HEADINGS: Readonly<Record<Verdict, string>> = {
  pass: 'Pass',
  fail: 'Fail',
  review: 'To review',
};

/** "Score 6/13: 5 passed, 7 failed, 1 to review." */
export function scoreSentence(graded: Graded): string {
  const count = (v: Verdict): number => graded.criteria.filter((c) => c.verdict === v).length;
  return (
    `Score ${formatPoints(graded.score)}/${formatPoints(graded.maxScore)}: ` +
    `${count('pass')} passed, ${count('fail')} failed, ${count('review')} to review.`
  );
}

const withEvidence = (message: string, evidence: string): string =>
  evidence === '' ? message : `${message} Evidence: ${evidence}.`;

export function criterionItem(c: CriterionResult): FeedbackItem {
  const points = `${formatPoints(c.points)}/${formatPoints(c.maxPoints)} points`;
  const message = c.verdict === 'review' ? `${c.message} ${REVIEW_NOTE}` : c.message;
  return {
    kind: c.verdict,
    heading: `${VERDICT_HEADINGS[c.verdict]}: ${c.title} (${points})`,
    body: withEvidence(message, evidenceText(c.evidence)),
    line: c.evidence.lines[0] ?? null,
  };
}

export function errorItem(e: DiagramParseError): FeedbackItem {
  const said = e.message.trim().replace(/\.$/, '');
  return {
    kind: 'error',
    heading: `Line ${e.line}, column ${e.column}: Mermaid syntax error`,
    body: e.repaired
      ? `${said}. The grader read the diagram after repairing it (see the repair below); fix the line all the same.`
      : `${said}. Nothing of this diagram can be graded until this line is fixed.`,
    line: e.line,
  };
}

export function repairItem(r: FileRepair): FeedbackItem {
  return {
    kind: 'repair',
    heading: `Line ${r.line}: read after a repair`,
    body: r.description,
    line: r.line,
  };
}

export function findingItem(f: Finding): FeedbackItem {
  return {
    kind: 'advice',
    heading: 'Advice (not scored)',
    body: withEvidence(f.message, evidenceText(f.evidence)),
    line: f.evidence.lines[0] ?? null,
  };
}

/** Errors first (they explain the verdicts), then repairs, each criterion in the rubric's order, then advice. */
export function feedbackItems(
  graded: Graded,
  errors: readonly DiagramParseError[],
  repairs: readonly FileRepair[],
): FeedbackItem[] {
  return [
    ...errors.map(errorItem),
    ...repairs.map(repairItem),
    ...graded.criteria.map(criterionItem),
    ...graded.findings.map(findingItem),
  ];
}
