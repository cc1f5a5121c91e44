// Shared pieces of every report format: verdict counts, marks, point numbers and evidence phrases.
import type { Evidence, GradeReport, SubmissionResult, Verdict } from '../grade/result.ts';
import { safeLine } from './safe-text.ts';

export interface VerdictCounts {
  readonly pass: number;
  readonly fail: number;
  readonly review: number;
}

export function countVerdicts(submission: SubmissionResult): VerdictCounts {
  let pass = 0;
  let fail = 0;
  let review = 0;
  for (const c of submission.criteria) {
    if (c.verdict === 'pass') pass++;
    else if (c.verdict === 'fail') fail++;
    else review++;
  }
  return { pass, fail, review };
}

/** Unicode marks, and ASCII ones for terminals that cannot draw them. */
export const MARKS: Readonly<Record<Verdict, string>> = { pass: '✓', fail: '✗', review: '?' };
export const ASCII_MARKS: Readonly<Record<Verdict, string>> = { pass: '+', fail: 'x', review: '?' };

/** The verdict in words, so it never rests on a colour or a symbol alone. */
export const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
  pass: 'pass',
  fail: 'fail',
  review: 'review',
};

export const REVIEW_NOTE = 'A person will review this; until then it scores 0.';

/** A point number as written for people: whole numbers as is, others to two decimals at most. */
export function formatPoints(points: number): string {
  if (!Number.isFinite(points)) return '0';
  const rounded = Math.round(points * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Points rounded to a whole number, for platforms that want integers. */
export function wholePoints(points: number): number {
  if (!Number.isFinite(points)) return 0;
  const rounded = Math.round(points);
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** "score/max" as written for people. */
export function scoreText(submission: SubmissionResult): string {
  return `${formatPoints(submission.score)}/${formatPoints(submission.maxScore)}`;
}

/** "line 12" or "lines 12, 14" (sorted, without repeats), or '' when there are none. */
export function linesPhrase(lines: readonly number[]): string {
  const unique = [...new Set(lines.filter((n) => Number.isInteger(n) && n > 0))].sort(
    (a, b) => a - b,
  );
  if (unique.length === 0) return '';
  return `${unique.length === 1 ? 'line' : 'lines'} ${unique.join(', ')}`;
}

/** The parts of the evidence as terminal-safe phrases: lines, nodes, quotes. */
export function evidenceParts(evidence: Evidence): string[] {
  const parts: string[] = [];
  const lines = linesPhrase(evidence.lines);
  if (lines !== '') parts.push(lines);
  const nodes = evidence.nodes.map(safeLine).filter((n) => n !== '');
  if (nodes.length > 0) parts.push(`${nodes.length === 1 ? 'node' : 'nodes'} ${nodes.join(', ')}`);
  for (const quote of evidence.quotes) {
    const q = safeLine(quote);
    if (q !== '') parts.push(`“${q}”`);
  }
  return parts;
}

/** The evidence on one line ("lines 12, 14; nodes LB, DB; “quote”"), or ''. */
export function evidenceText(evidence: Evidence): string {
  return evidenceParts(evidence).join('; ');
}

/** The status column: "graded" or "not gradable: <reason>", terminal-safe. */
export function statusText(submission: SubmissionResult): string {
  if (submission.status === 'graded') return 'graded';
  const reason = submission.reason === null ? '' : safeLine(submission.reason);
  return reason === '' ? 'not gradable' : `not gradable: ${reason}`;
}

/** Criterion ids over all submissions, in the order first seen (rubric order within each). */
export function criterionIds(report: GradeReport): string[] {
  const ids = new Set<string>();
  for (const s of report.submissions) for (const c of s.criteria) ids.add(c.id);
  return [...ids];
}
