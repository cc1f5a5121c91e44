// Terminal output: the class table (one row per submission) and one learner's feedback text.
import type { CriterionResult, GradeReport, SubmissionResult } from '../grade/result.ts';
import { safeLine, safeText } from './safe-text.ts';
import {
  ASCII_MARKS,
  countVerdicts,
  evidenceText,
  formatPoints,
  MARKS,
  REVIEW_NOTE,
  scoreText,
  statusText,
  VERDICT_WORDS,
} from './summary.ts';
import { displayWidth, pad, truncateStart } from './width.ts';

export interface TableOptions {
  /** Widest the path column gets; longer paths keep their end, after an ellipsis. Default 48. */
  readonly maxPathWidth?: number;
  /** ASCII only: "..." for the ellipsis and "-" for a missing task. */
  readonly ascii?: boolean;
}

const HEADERS = ['PATH', 'TASK', 'SCORE', 'PASS', 'FAIL', 'REVIEW', 'STATUS'] as const;
const RIGHT_ALIGNED: ReadonlySet<number> = new Set([2, 3, 4, 5]);
const GAP = '  ';

/** The class table, one row per submission in the given order, and a count line. */
export function formatTable(report: GradeReport, options: TableOptions = {}): string {
  const ascii = options.ascii === true;
  const maxPath = Math.max(8, options.maxPathWidth ?? 48);
  const ellipsis = ascii ? '...' : '…';
  const rows = report.submissions.map((s): string[] => {
    const counts = countVerdicts(s);
    return [
      truncateStart(safeLine(s.path), maxPath, ellipsis),
      s.task === null ? (ascii ? '-' : '—') : safeLine(s.task),
      scoreText(s),
      String(counts.pass),
      String(counts.fail),
      String(counts.review),
      statusText(s),
    ];
  });
  const all = [[...HEADERS], ...rows];
  const widths = HEADERS.map((_, col) =>
    Math.max(...all.map((row) => displayWidth(row[col] ?? ''))),
  );
  const lines = all.map((row) =>
    row
      .map((cell, col) =>
        col === row.length - 1
          ? cell
          : pad(cell, widths[col] ?? 0, RIGHT_ALIGNED.has(col) ? 'right' : 'left'),
      )
      .join(GAP)
      .trimEnd(),
  );
  const graded = report.submissions.filter((s) => s.status === 'graded').length;
  const total = report.submissions.length;
  lines.push('');
  lines.push(
    `${total} ${total === 1 ? 'submission' : 'submissions'}: ${graded} graded, ${total - graded} not gradable`,
  );
  return lines.join('\n') + '\n';
}

export interface FeedbackOptions {
  /** Marks "+ x ?" instead of "✓ ✗ ?". */
  readonly ascii?: boolean;
}

/** Indents every line of a (possibly multi-line) terminal-safe text. */
function indented(text: string, indent: string): string[] {
  return safeText(text)
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line !== '')
    .map((line) => indent + line);
}

function criterionLines(c: CriterionResult, ascii: boolean): string[] {
  const mark = (ascii ? ASCII_MARKS : MARKS)[c.verdict];
  const points = `${formatPoints(c.points)}/${formatPoints(c.maxPoints)}`;
  const head = `${mark} ${pad(VERDICT_WORDS[c.verdict], 6)} ${pad(points, 5)}  ${safeLine(c.title)} (${safeLine(c.id)})`;
  const lines = [head.trimEnd(), ...indented(c.message, '      ')];
  if (c.verdict === 'review') lines.push(`      ${REVIEW_NOTE}`);
  const evidence = evidenceText(c.evidence);
  if (evidence !== '') lines.push(`      Evidence: ${evidence}`);
  return lines;
}

/** What one learner reads: each criterion with its mark, points, message and evidence, then advice. */
export function feedbackText(submission: SubmissionResult, options: FeedbackOptions = {}): string {
  const ascii = options.ascii === true;
  const lines = [safeLine(submission.path)];
  if (submission.status !== 'graded') {
    const reason = submission.reason === null ? '' : safeLine(submission.reason);
    lines.push(`This submission could not be graded${reason === '' ? '' : `: ${reason}`}.`);
    return lines.join('\n') + '\n';
  }
  const counts = countVerdicts(submission);
  if (submission.task !== null) lines.push(`Task: ${safeLine(submission.task)}`);
  lines.push(
    `Score: ${scoreText(submission)} (${counts.pass} passed, ${counts.fail} failed, ${counts.review} to review)`,
  );
  for (const c of submission.criteria) lines.push('', ...criterionLines(c, ascii));
  if (submission.findings.length > 0) {
    lines.push('', 'Advice (not scored):');
    for (const f of submission.findings) {
      const [first = '', ...rest] = indented(f.message, '');
      lines.push(`  - ${first}`, ...rest.map((line) => `    ${line}`));
      const evidence = evidenceText(f.evidence);
      if (evidence !== '') lines.push(`    Evidence: ${evidence}`);
    }
  }
  return lines.join('\n') + '\n';
}
