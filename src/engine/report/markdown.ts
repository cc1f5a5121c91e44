// Markdown output: a class summary table and a criteria table per submission, with data escaped.
import type { GradeReport, SubmissionResult } from '../grade/result.ts';
import { escapeMarkdown } from './escape.ts';
import {
  countVerdicts,
  evidenceText,
  formatPoints,
  MARKS,
  REVIEW_NOTE,
  scoreText,
  statusText,
  VERDICT_WORDS,
} from './summary.ts';

export interface MarkdownOptions {
  /** The report's title. Default "Grades". */
  readonly title?: string;
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function summaryTable(report: GradeReport): string[] {
  const lines = [
    tableRow(['#', 'Submission', 'Task', 'Score', 'Pass', 'Fail', 'Review', 'Status']),
    '|---:|---|---|---:|---:|---:|---:|---|',
  ];
  report.submissions.forEach((s, i) => {
    const counts = countVerdicts(s);
    lines.push(
      tableRow([
        String(i + 1),
        escapeMarkdown(s.path),
        s.task === null ? '—' : escapeMarkdown(s.task),
        scoreText(s),
        String(counts.pass),
        String(counts.fail),
        String(counts.review),
        escapeMarkdown(statusText(s)),
      ]),
    );
  });
  return lines;
}

function submissionSection(s: SubmissionResult, index: number): string[] {
  const lines = [`## ${index + 1}. ${escapeMarkdown(s.path)}`, ''];
  if (s.status !== 'graded') {
    lines.push(`Not graded: ${escapeMarkdown(s.reason ?? 'no reason given')}.`);
    return lines;
  }
  const counts = countVerdicts(s);
  lines.push(
    `Task: ${s.task === null ? '—' : escapeMarkdown(s.task)}. Score: **${scoreText(s)}** ` +
      `(${counts.pass} passed, ${counts.fail} failed, ${counts.review} to review).`,
    '',
    tableRow(['Verdict', 'Criterion', 'Points', 'Feedback', 'Evidence']),
    '|---|---|---:|---|---|',
  );
  for (const c of s.criteria) {
    const message = c.verdict === 'review' ? `${c.message} ${REVIEW_NOTE}` : c.message;
    lines.push(
      tableRow([
        `${MARKS[c.verdict]} ${VERDICT_WORDS[c.verdict]}`,
        `${escapeMarkdown(c.title)} (${escapeMarkdown(c.id)})`,
        `${formatPoints(c.points)}/${formatPoints(c.maxPoints)}`,
        escapeMarkdown(message),
        escapeMarkdown(evidenceText(c.evidence)),
      ]),
    );
  }
  if (s.findings.length > 0) {
    lines.push('', 'Advice (not scored):', '');
    for (const f of s.findings) {
      const evidence = evidenceText(f.evidence);
      const suffix = evidence === '' ? '' : ` (${escapeMarkdown(evidence)})`;
      lines.push(`- ${escapeMarkdown(f.message)}${suffix}`);
    }
  }
  return lines;
}

/** The Markdown report: title, class summary, then one section per submission. */
export function formatMarkdown(report: GradeReport, options: MarkdownOptions = {}): string {
  const lines = [
    `# ${escapeMarkdown(options.title ?? 'Grades')}`,
    '',
    `Graded with ${escapeMarkdown(report.engine)}.`,
    '',
    ...summaryTable(report),
  ];
  report.submissions.forEach((s, i) => lines.push('', ...submissionSection(s, i)));
  return lines.join('\n') + '\n';
}
