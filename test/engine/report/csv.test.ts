// CSV output: RFC 4180 quoting, formula-injection guard, criterion columns, round trip.
import { describe, expect, it } from 'vitest';
import { formatCsv, textCell } from '../../../src/engine/report/csv.ts';
import { freshReport, REPORT } from './fixture.ts';

/** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe('formatCsv', () => {
  const rows = parseCsv(formatCsv(REPORT));

  it('has a header, then one row per submission, all the same width', () => {
    expect(rows[0]).toEqual([
      'path',
      'task',
      'status',
      'reason',
      'score',
      'maxScore',
      's2.base',
      's2.firewalls',
      's2.https',
      's2.explain.firewall',
      's2.issue.ssl-termination',
      's0.server',
      's0.domain',
    ]);
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toHaveLength(13);
  });

  it('holds verdicts per criterion, empty where a submission lacks the criterion', () => {
    expect(rows[1]?.slice(2)).toEqual([
      'graded',
      '',
      '3',
      '8',
      'pass',
      'fail',
      'review',
      'pass',
      'fail',
      '',
      '',
    ]);
    expect(rows[2]?.slice(2, 6)).toEqual(['not-gradable', 'binary file', '0', '0']);
    expect(rows[3]?.slice(-2)).toEqual(['pass', 'fail']);
  });

  it('round-trips a tricky path: quotes, comma-free pipe, newline kept, ANSI gone, formula defused', () => {
    expect(rows[3]?.[0]).toBe("'=cmd|' /C calc'!A0/eve \"q\" <script>alert(1)</script>\nred.md");
  });

  it('ends every record with CRLF', () => {
    const out = formatCsv(REPORT);
    expect(out.endsWith('\r\n')).toBe(true);
    expect(out.split('\r\n')).toHaveLength(5);
  });

  it('is deterministic', () => {
    expect(formatCsv(freshReport())).toBe(formatCsv(REPORT));
  });
});

describe('textCell', () => {
  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(textCell('=1+1')).toBe("'=1+1");
    expect(textCell('+1')).toBe("'+1");
    expect(textCell('-1')).toBe("'-1");
    expect(textCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(textCell('\t=1')).toBe("' =1");
    expect(textCell('a=1')).toBe('a=1');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(textCell('a,b')).toBe('"a,b"');
    expect(textCell('say "hi"')).toBe('"say ""hi"""');
    expect(textCell('a\nb')).toBe('"a\nb"');
  });
});
