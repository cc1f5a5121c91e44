// JSON output: exactly the report, two-space indented, trailing newline, deterministic.
import { describe, expect, it } from 'vitest';
import { formatJson } from '../../../src/engine/report/json.ts';
import { freshReport, REPORT } from './fixture.ts';

describe('formatJson', () => {
  it('parses back to the report', () => {
    const out = formatJson(REPORT);
    expect(JSON.parse(out)).toEqual(REPORT);
    expect(Object.keys(JSON.parse(out) as object)).toEqual(['engine', 'rubrics', 'submissions']);
  });

  it('is pretty-printed with two spaces and ends with a newline', () => {
    const out = formatJson(REPORT);
    expect(out.startsWith('{\n  "engine": ')).toBe(true);
    expect(out.endsWith('}\n')).toBe(true);
  });

  it('keeps submission text as data (escaped by JSON, not altered)', () => {
    const parsed = JSON.parse(formatJson(REPORT)) as typeof REPORT;
    expect(parsed.submissions[2]?.path).toBe(REPORT.submissions[2]?.path);
    expect(formatJson(REPORT)).not.toContain('\u001b');
  });

  it('is deterministic', () => {
    expect(formatJson(freshReport())).toBe(formatJson(REPORT));
  });
});
