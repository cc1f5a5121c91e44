// HTML output: a standalone, accessible page (summary table, details per submission), data escaped.
import type { CriterionResult, GradeReport, SubmissionResult } from '../grade/result.ts';
import { escapeAttribute, escapeMarkup } from './escape.ts';
import { HTML_STYLE } from './html-style.ts';
import { safeLine } from './safe-text.ts';
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

export interface HtmlOptions {
  /** The page's title and heading. Default "Grades". */
  readonly title?: string;
}

/** No scripts, no external anything: only the inline stylesheet may apply. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const e = escapeMarkup;
/** One-line data (paths, ids, titles): line breaks folded, then escaped. */
const e1 = (text: string): string => escapeMarkup(safeLine(text));

function headRow(names: readonly string[]): string {
  return `<thead><tr>${names.map((n) => `<th scope="col">${n}</th>`).join('')}</tr></thead>`;
}

function summaryRow(s: SubmissionResult, index: number): string {
  const counts = countVerdicts(s);
  return [
    '<tr>',
    `<th scope="row" class="path"><a href="#submission-${index + 1}">${e1(s.path)}</a></th>`,
    `<td>${s.task === null ? '<span class="muted">none</span>' : e1(s.task)}</td>`,
    `<td class="num">${scoreText(s)}</td>`,
    `<td class="num">${counts.pass}</td>`,
    `<td class="num">${counts.fail}</td>`,
    `<td class="num">${counts.review}</td>`,
    `<td>${e(statusText(s))}</td>`,
    '</tr>',
  ].join('');
}

function verdictCell(c: CriterionResult): string {
  return (
    `<td class="verdict ${c.verdict}"><span aria-hidden="true">${MARKS[c.verdict]}</span> ` +
    `${VERDICT_WORDS[c.verdict]}</td>`
  );
}

function criterionRow(c: CriterionResult): string {
  const note = c.verdict === 'review' ? `<br><em>${e(REVIEW_NOTE)}</em>` : '';
  return [
    '<tr>',
    verdictCell(c),
    `<th scope="row">${e1(c.title)} <span class="muted">(${e1(c.id)})</span></th>`,
    `<td class="num">${formatPoints(c.points)}/${formatPoints(c.maxPoints)}</td>`,
    `<td class="text">${e(c.message)}${note}</td>`,
    `<td class="text">${e(evidenceText(c.evidence))}</td>`,
    '</tr>',
  ].join('');
}

function submissionDetails(s: SubmissionResult, index: number): string[] {
  const lines = [
    `<details id="submission-${index + 1}">`,
    `<summary><span class="path">${e1(s.path)}</span>: ${scoreText(s)}</summary>`,
  ];
  if (s.status !== 'graded') {
    lines.push(`<p>Not graded: ${e(s.reason ?? 'no reason given')}.</p>`, '</details>');
    return lines;
  }
  const counts = countVerdicts(s);
  lines.push(
    `<p>Task: ${s.task === null ? 'none' : e1(s.task)}. Score: <strong>${scoreText(s)}</strong> ` +
      `(${counts.pass} passed, ${counts.fail} failed, ${counts.review} to review).</p>`,
    '<table>',
    `<caption>Criteria for <span class="path">${e1(s.path)}</span></caption>`,
    headRow(['Verdict', 'Criterion', 'Points', 'Feedback', 'Evidence']),
    '<tbody>',
    ...s.criteria.map(criterionRow),
    '</tbody>',
    '</table>',
  );
  if (s.findings.length > 0) {
    lines.push('<h3>Advice (not scored)</h3>', '<ul>');
    for (const f of s.findings) {
      const evidence = evidenceText(f.evidence);
      const suffix = evidence === '' ? '' : ` <span class="muted">(${e(evidence)})</span>`;
      lines.push(`<li><span class="text">${e(f.message)}</span>${suffix}</li>`);
    }
    lines.push('</ul>');
  }
  lines.push('</details>');
  return lines;
}

/** The HTML page. Every string from the report is escaped; the page has no script at all. */
export function formatHtml(report: GradeReport, options: HtmlOptions = {}): string {
  const title = e(options.title ?? 'Grades');
  const total = report.submissions.length;
  return (
    [
      '<!DOCTYPE html>',
      '<html lang="en">',
      '<head>',
      '<meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
      `<meta name="generator" content="${escapeAttribute(report.engine)}">`,
      `<title>${title}</title>`,
      `<style>${HTML_STYLE}</style>`,
      '</head>',
      '<body>',
      '<main>',
      `<h1>${title}</h1>`,
      `<p class="muted">Graded with ${e(report.engine)}: ${total} ${total === 1 ? 'submission' : 'submissions'}.</p>`,
      '<table>',
      '<caption>Summary, one row per submission</caption>',
      headRow(['Submission', 'Task', 'Score', 'Pass', 'Fail', 'Review', 'Status']),
      '<tbody>',
      ...report.submissions.map(summaryRow),
      '</tbody>',
      '</table>',
      '<h2>Submissions</h2>',
      ...report.submissions.flatMap(submissionDetails),
      '</main>',
      '</body>',
      '</html>',
    ].join('\n') + '\n'
  );
}
