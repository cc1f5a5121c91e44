// GitHub Classroom output: the lines to print and the result object classroom's reporter reads.
import type { CriterionResult, SubmissionResult } from '../grade/result.ts';
import { safeLine, safeText } from './safe-text.ts';
import { evidenceText, MARKS, REVIEW_NOTE, wholePoints } from './summary.ts';

export interface ClassroomTest {
  readonly name: string;
  readonly status: 'pass' | 'fail';
  readonly score: number;
  readonly line_no: null;
  readonly message: string;
  readonly test_code: '';
  readonly filename: '';
  readonly execution_time: '';
}

export interface ClassroomResult {
  readonly version: 1;
  readonly status: 'pass' | 'fail';
  readonly max_score: number;
  readonly tests: readonly ClassroomTest[];
}

export interface ClassroomOutput {
  /** What the workflow step prints: a line per criterion, then "Points: X/Y". */
  readonly lines: readonly string[];
  /** What the reporter reads (the workflow passes it on base64-encoded as `<RUNNER>_RESULTS`). */
  readonly result: ClassroomResult;
}

function message(c: CriterionResult): string {
  const parts = c.verdict === 'review' ? [REVIEW_NOTE] : [];
  const text = safeText(c.message).trim();
  if (text !== '') parts.push(text);
  const evidence = evidenceText(c.evidence);
  if (evidence !== '') parts.push(`Evidence: ${evidence}`);
  return parts.join('\n');
}

function test(c: CriterionResult): ClassroomTest {
  return {
    name: `${safeLine(c.title)} (${safeLine(c.id)})`,
    status: c.verdict === 'pass' ? 'pass' : 'fail',
    score: c.verdict === 'pass' ? wholePoints(c.points) : 0,
    line_no: null,
    message: message(c),
    test_code: '',
    filename: '',
    execution_time: '',
  };
}

/**
 * A not-gradable submission becomes one failing test named "gradable" carrying the reason,
 * so the learner sees why instead of an empty list.
 */
function notGradable(s: SubmissionResult): ClassroomTest {
  const reason = s.reason === null ? '' : safeLine(s.reason);
  return {
    name: 'gradable',
    status: 'fail',
    score: 0,
    line_no: null,
    message: `This submission could not be graded${reason === '' ? '' : `: ${reason}`}.`,
    test_code: '',
    filename: '',
    execution_time: '',
  };
}

export interface ClassroomOptions {
  /**
   * The assignment's total, used when the submission could not be graded (its own maxScore is
   * then 0, and the reporter ignores a result whose max_score is 0).
   */
  readonly maxScore?: number;
}

/** Lines and result object for one submission; whole-number points, total = sum of the tests. */
export function classroomOutput(
  submission: SubmissionResult,
  options: ClassroomOptions = {},
): ClassroomOutput {
  const graded = submission.status === 'graded';
  const tests = graded ? submission.criteria.map(test) : [notGradable(submission)];
  const maxScore = graded
    ? submission.criteria.reduce((n, c) => n + wholePoints(c.maxPoints), 0)
    : wholePoints(options.maxScore ?? submission.maxScore);
  const score = tests.reduce((n, t) => n + t.score, 0);
  const allPass = graded && submission.criteria.every((c) => c.verdict === 'pass');
  const lines = graded
    ? submission.criteria.map((c) => {
        const t = test(c);
        return `${MARKS[c.verdict]} ${c.verdict} ${t.score}/${wholePoints(c.maxPoints)} ${t.name}`;
      })
    : [`${MARKS.fail} ${notGradable(submission).message}`];
  lines.push(`Points: ${score}/${maxScore}`);
  return {
    lines,
    result: { version: 1, status: allPass ? 'pass' : 'fail', max_score: maxScore, tests },
  };
}

/** The result object as JSON, two-space indented, trailing newline. */
export function formatClassroom(
  submission: SubmissionResult,
  options: ClassroomOptions = {},
): string {
  return JSON.stringify(classroomOutput(submission, options).result, null, 2) + '\n';
}
