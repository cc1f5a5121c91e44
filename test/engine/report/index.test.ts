// Format registry: files each format writes, safe unique names, determinism across all formats.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FORMATS,
  formatReport,
  isFormat,
  safeFileName,
  uniqueFileNames,
} from '../../../src/engine/report/index.ts';
import { freshReport, REPORT } from './fixture.ts';

describe('formatReport', () => {
  it('names the files of each format', () => {
    const files = Object.fromEntries(
      FORMATS.map((f) => [f, formatReport(f, REPORT).map((o) => o.file)]),
    );
    expect(files).toEqual({
      table: ['grades.txt'],
      feedback: [
        'feedback/cohort-7__alice__2-secured_and_monitored_web_infrastructure__README.md.txt',
        'feedback/cohort-7__bob__diagram.png.txt',
        'feedback/cmd___C_calc_A0__eve_q_script_alert_1___script_red.md.txt',
      ],
      json: ['grades.json'],
      csv: ['grades.csv'],
      markdown: ['grades.md'],
      html: ['grades.html'],
      junit: ['junit.xml'],
      gradescope: [
        'gradescope/cohort-7__alice__2-secured_and_monitored_web_infrastructure__README.md.results.json',
        'gradescope/cohort-7__bob__diagram.png.results.json',
        'gradescope/cmd___C_calc_A0__eve_q_script_alert_1___script_red.md.results.json',
      ],
      classroom: [
        'classroom/cohort-7__alice__2-secured_and_monitored_web_infrastructure__README.md.json',
        'classroom/cohort-7__bob__diagram.png.json',
        'classroom/cmd___C_calc_A0__eve_q_script_alert_1___script_red.md.json',
      ],
    });
  });

  it('is deterministic for every format', () => {
    for (const f of FORMATS)
      expect(formatReport(f, freshReport())).toEqual(formatReport(f, REPORT));
  });

  it('knows its formats', () => {
    expect(isFormat('csv')).toBe(true);
    expect(isFormat('xlsx')).toBe(false);
  });
});

describe('safeFileName', () => {
  it('flattens paths and blocks traversal', () => {
    expect(safeFileName('../../etc/passwd')).toBe('etc__passwd');
    expect(safeFileName('/abs/path/x.md')).toBe('abs__path__x.md');
    expect(safeFileName('..')).toBe('submission');
    expect(safeFileName('C:\\Users\\x.md')).toBe('C___Users__x.md');
    expect(safeFileName('élève/tâche.md')).toBe('eleve__tache.md');
    expect(safeFileName('nul.md')).toBe('_nul.md');
    expect(safeFileName('-rf')).toBe('rf');
  });

  it('keeps long names bounded', () => {
    expect(safeFileName('a'.repeat(500)).length).toBeLessThanOrEqual(120);
  });

  it('is always one harmless component', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const name = safeFileName(s);
        expect(name).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._~-]*$/);
        expect(name.length).toBeLessThanOrEqual(121);
      }),
    );
  });

  it('makes names unique, ignoring case', () => {
    expect(uniqueFileNames(['a/b.md', 'a_b.md', 'A/B.md', 'a__b.md'])).toEqual([
      'a__b.md',
      'a_b.md',
      'A__B.md-2',
      'a__b.md-3',
    ]);
  });
});
