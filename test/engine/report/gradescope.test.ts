// Gradescope output: results.json for one submission, criteria as tests, whole-number points.
import { describe, expect, it } from 'vitest';
import type { SubmissionResult } from '../../../src/engine/grade/result.ts';
import { formatGradescope, gradescopeResults } from '../../../src/engine/report/gradescope.ts';
import { freshReport, REPORT } from './fixture.ts';

const [alice, bob, eve] = REPORT.submissions;
if (alice === undefined || bob === undefined || eve === undefined) throw new Error('fixture');

interface Parsed {
  score: number;
  max_score?: number;
  output: string;
  visibility: string;
  tests: {
    name: string;
    score: number;
    max_score: number;
    status: string;
    output: string;
    name_format: string;
  }[];
}

describe('formatGradescope', () => {
  it('turns criteria into tests whose scores add up to the total', () => {
    const r = JSON.parse(formatGradescope(alice)) as Parsed;
    expect(r.score).toBe(3);
    expect(r.max_score).toBe(8);
    expect(r.visibility).toBe('visible');
    expect(r.tests.map((t) => [t.status, t.score, t.max_score])).toEqual([
      ['passed', 2, 2],
      ['failed', 0, 2],
      ['failed', 0, 2],
      ['passed', 1, 1],
      ['failed', 0, 1],
    ]);
    expect(r.tests.every((t) => t.name_format === 'text')).toBe(true);
    expect(r.tests.reduce((n, t) => n + t.score, 0)).toBe(r.score);
  });

  it('scores review criteria 0 and says a person will review them', () => {
    const review = gradescopeResults(alice).tests[2];
    expect(review?.score).toBe(0);
    expect(review?.name).toContain('needs review');
    expect(review?.output).toMatch(/A person will review this/);
  });

  it('puts findings in the overall output as advice', () => {
    expect(gradescopeResults(alice).output).toContain(
      'Advice (not scored):\n- LB is a single point',
    );
  });

  it('leaves max_score out and explains when the submission is not gradable', () => {
    const r = JSON.parse(formatGradescope(bob)) as Parsed;
    expect('max_score' in r).toBe(false);
    expect(r).toMatchObject({ score: 0, tests: [] });
    expect(r.output).toBe('This submission could not be graded: binary file.');
  });

  it('rounds fractional points to whole numbers, keeping the total consistent', () => {
    const base = alice.criteria[0];
    if (base === undefined) throw new Error('fixture');
    const odd: SubmissionResult = {
      ...alice,
      criteria: [
        { ...base, points: 1.5, maxPoints: 1.5 },
        { ...base, id: 'x', points: 0.4, maxPoints: 0.4 },
      ],
    };
    const r = gradescopeResults(odd);
    for (const t of r.tests)
      expect(Number.isInteger(t.score) && Number.isInteger(t.max_score)).toBe(true);
    expect(r.score).toBe(r.tests.reduce((n, t) => n + t.score, 0));
  });

  it('keeps text as plain text without escapes or controls', () => {
    const out = formatGradescope(eve);
    expect(out).not.toMatch(/\\u00(?:1b|07)|\u202e/);
    expect(gradescopeResults(eve).tests[1]?.output).toBe(
      '=HYPERLINK("http://x")\nsecond line red evil',
    );
  });

  it('is deterministic', () => {
    const again = freshReport().submissions[0];
    if (again === undefined) throw new Error('fixture');
    expect(formatGradescope(again)).toBe(formatGradescope(alice));
  });
});
