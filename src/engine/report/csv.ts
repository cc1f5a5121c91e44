// CSV output: one row per submission with its verdict on each criterion, for spreadsheets.
import type { GradeReport, SubmissionResult } from '../grade/result.ts';
import { safeText } from './safe-text.ts';
import { criterionIds, formatPoints } from './summary.ts';

const FIXED_COLUMNS = ['path', 'task', 'status', 'reason', 'score', 'maxScore'] as const;

/** Quotes a field when it holds a comma, a quote or a line break (RFC 4180), doubling quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A text cell: made safe, then defused against formula injection. A spreadsheet may run a cell
 * that starts with = + - @ tab or CR as a formula (some trim leading blanks first), so such a
 * cell gets a leading apostrophe. Tabs and CRs are already spaces and line feeds by then.
 */
export function textCell(value: string): string {
  const text = safeText(value);
  return csvField(/^(?:[\t\r]|\s*[=+\-@])/.test(text) ? `'${text}` : text);
}

function row(cells: readonly string[]): string {
  return cells.join(',') + '\r\n';
}

function submissionRow(s: SubmissionResult, ids: readonly string[]): string {
  const verdicts = new Map(s.criteria.map((c) => [c.id, c.verdict]));
  return row([
    textCell(s.path),
    textCell(s.task ?? ''),
    textCell(s.status),
    textCell(s.reason ?? ''),
    formatPoints(s.score),
    formatPoints(s.maxScore),
    ...ids.map((id) => verdicts.get(id) ?? ''),
  ]);
}

/** The CSV text: a header row, then one row per submission; CRLF line ends, as RFC 4180 says. */
export function formatCsv(report: GradeReport): string {
  const ids = criterionIds(report);
  const header = row([...FIXED_COLUMNS.map(textCell), ...ids.map(textCell)]);
  return header + report.submissions.map((s) => submissionRow(s, ids)).join('');
}
