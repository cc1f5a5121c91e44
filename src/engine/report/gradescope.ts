// Gradescope output: the autograder's results.json for one submission, criteria as tests.
import type { CriterionResult, SubmissionResult } from '../grade/result.ts';
import { safeLine, safeText } from './safe-text.ts';
import { countVerdicts, evidenceText, REVIEW_NOTE, wholePoints } from './summary.ts';

export interface GradescopeTest {
  readonly name: string;
  readonly name_format: 'text';
  readonly score: number;
  readonly max_score: number;
  readonly status: 'passed' | 'failed';
  readonly output: string;
  readonly output_format: 'text';
  readonly visibility: 'visible';
}

export interface GradescopeResults {
  readonly score: number;
  /** Left out for a submission that could not be graded, so Gradescope keeps the assignment's total. */
  readonly max_score?: number;
  readonly output: string;
  readonly output_format: 'text';
  readonly visibility: 'visible';
  readonly stdout_visibility: 'hidden';
  readonly tests: readonly GradescopeTest[];
}

function testOutput(c: CriterionResult): string {
  const lines = c.verdict === 'review' ? [REVIEW_NOTE] : [];
  const message = safeText(c.message).trim();
  if (message !== '') lines.push(message);
  const evidence = evidenceText(c.evidence);
  if (evidence !== '') lines.push(`Evidence: ${evidence}`);
  return lines.join('\n');
}

function test(c: CriterionResult): GradescopeTest {
  const review = c.verdict === 'review';
  return {
    name: `${safeLine(c.title)} (${safeLine(c.id)})${review ? ' [needs review]' : ''}`,
    name_format: 'text',
    score: c.verdict === 'pass' ? wholePoints(c.points) : 0,
    max_score: wholePoints(c.maxPoints),
    status: c.verdict === 'pass' ? 'passed' : 'failed',
    output: testOutput(c),
    output_format: 'text',
    visibility: 'visible',
  };
}

function overview(s: SubmissionResult): string {
  if (s.status !== 'graded') {
    const reason = s.reason === null ? '' : safeLine(s.reason);
    return `This submission could not be graded${reason === '' ? '' : `: ${reason}`}.`;
  }
  const counts = countVerdicts(s);
  const lines = [
    `${counts.pass} passed, ${counts.fail} failed, ${counts.review} waiting for a person's review.`,
  ];
  if (s.findings.length > 0) {
    lines.push('', 'Advice (not scored):');
    for (const f of s.findings) {
      const evidence = evidenceText(f.evidence);
      lines.push(`- ${safeLine(f.message)}${evidence === '' ? '' : ` (${evidence})`}`);
    }
  }
  return lines.join('\n');
}

/**
 * The results object for one submission. Points are whole numbers; the total is the sum of
 * the tests so the two always agree. Review criteria score 0 and say a person will look.
 */
export function gradescopeResults(submission: SubmissionResult): GradescopeResults {
  const tests = submission.criteria.map(test);
  const score = tests.reduce((n, t) => n + t.score, 0);
  const scores =
    submission.status === 'graded'
      ? { score, max_score: tests.reduce((n, t) => n + t.max_score, 0) }
      : { score };
  return {
    ...scores,
    output: overview(submission),
    output_format: 'text',
    visibility: 'visible',
    stdout_visibility: 'hidden',
    tests,
  };
}

/** `results.json` content for one submission: two-space indented, trailing newline. */
export function formatGradescope(submission: SubmissionResult): string {
  return JSON.stringify(gradescopeResults(submission), null, 2) + '\n';
}
