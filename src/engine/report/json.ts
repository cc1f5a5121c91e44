// JSON output: the GradeReport exactly as graded, pretty-printed, for tools and archives.
import type { GradeReport } from '../grade/result.ts';

/** The report as JSON, two-space indented, with a trailing newline. */
export function formatJson(report: GradeReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
