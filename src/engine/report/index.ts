// Report formats by name: which files each format writes, and what goes in them.
import type { GradeReport } from '../grade/result.ts';
import { formatClassroom } from './classroom.ts';
import { formatCsv } from './csv.ts';
import { uniqueFileNames } from './file-name.ts';
import { formatGradescope } from './gradescope.ts';
import { formatHtml } from './html.ts';
import { formatJson } from './json.ts';
import { formatJunit } from './junit.ts';
import { formatMarkdown } from './markdown.ts';
import { feedbackText, formatTable } from './table.ts';

export { safeFileName, uniqueFileNames } from './file-name.ts';

export const FORMATS = [
  'table',
  'feedback',
  'json',
  'csv',
  'markdown',
  'html',
  'junit',
  'gradescope',
  'classroom',
] as const;

export type Format = (typeof FORMATS)[number];

export interface ReportFile {
  /** Relative path to write to, with "/" separators; never absolute, never with "..". */
  readonly file: string;
  readonly content: string;
}

export function isFormat(name: string): name is Format {
  return (FORMATS as readonly string[]).includes(name);
}

/** One file per submission under `dir`, named from its path (safe and unique). */
function perSubmission(
  report: GradeReport,
  dir: string,
  suffix: string,
  render: (index: number) => string,
): ReportFile[] {
  const names = uniqueFileNames(report.submissions.map((s) => s.path));
  return names.map((name, i) => ({ file: `${dir}/${name}${suffix}`, content: render(i) }));
}

/** The files a format writes for a report, in a stable order. */
export function formatReport(format: Format, report: GradeReport): ReportFile[] {
  const at = (i: number) => {
    const s = report.submissions[i];
    if (s === undefined) throw new RangeError(`no submission ${i}`);
    return s;
  };
  switch (format) {
    case 'table':
      return [{ file: 'grades.txt', content: formatTable(report) }];
    case 'feedback':
      return perSubmission(report, 'feedback', '.txt', (i) => feedbackText(at(i)));
    case 'json':
      return [{ file: 'grades.json', content: formatJson(report) }];
    case 'csv':
      return [{ file: 'grades.csv', content: formatCsv(report) }];
    case 'markdown':
      return [{ file: 'grades.md', content: formatMarkdown(report) }];
    case 'html':
      return [{ file: 'grades.html', content: formatHtml(report) }];
    case 'junit':
      return [{ file: 'junit.xml', content: formatJunit(report) }];
    case 'gradescope':
      return perSubmission(report, 'gradescope', '.results.json', (i) => formatGradescope(at(i)));
    case 'classroom':
      return perSubmission(report, 'classroom', '.json', (i) => formatClassroom(at(i)));
  }
}
