// Markdown output: summary table, a section per submission, nothing from the data renders as HTML.
import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../../src/engine/report/markdown.ts';
import { freshReport, REPORT, UNSAFE } from './fixture.ts';

/** Cells of a table row, splitting on pipes that are not backslash-escaped. */
function cells(row: string): string[] {
  return row.slice(1, -1).split(/(?<!\\)\|/);
}

describe('formatMarkdown', () => {
  const out = formatMarkdown(REPORT);
  const lines = out.split('\n');

  it('has a title, the summary table and a section per submission', () => {
    expect(lines[0]).toBe('# Grades');
    expect(out).toContain('| # | Submission | Task | Score | Pass | Fail | Review | Status |');
    expect(lines.filter((l) => l.startsWith('## '))).toHaveLength(3);
    expect(out).toContain('Not graded: binary file.');
    expect(out).toContain('- LB is a single point of failure');
  });

  it('keeps every table row at its header width (pipes in data are escaped)', () => {
    const rows = lines.filter((l) => l.startsWith('|'));
    expect(rows.length).toBe(2 + 3 + 2 + 5 + 2 + 2);
    let width = 0;
    for (const row of rows) {
      if (row.startsWith('| #') || row.startsWith('| Verdict')) width = cells(row).length;
      expect(cells(row)).toHaveLength(width);
    }
  });

  it('lets nothing from the data render as HTML or code', () => {
    expect(out).not.toMatch(/<[a-z/!?]/i);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('\\`code\\` &amp; more');
    expect(out).not.toMatch(UNSAFE);
  });

  it('takes a title', () => {
    expect(formatMarkdown(REPORT, { title: 'Cohort 7 <b>' }).split('\n')[0]).toBe(
      '# Cohort 7 &lt;b&gt;',
    );
  });

  it('is deterministic', () => {
    expect(formatMarkdown(freshReport())).toBe(out);
  });
});
