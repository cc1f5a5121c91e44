// GitHub Classroom output: printed lines and the reporter's result object, whole-number points.
import { describe, expect, it } from 'vitest';
import { classroomOutput, formatClassroom } from '../../../src/engine/report/classroom.ts';
import { freshReport, REPORT } from './fixture.ts';

const [alice, bob, eve] = REPORT.submissions;
if (alice === undefined || bob === undefined || eve === undefined) throw new Error('fixture');

describe('classroomOutput', () => {
  it('prints a line per criterion and the points summary', () => {
    expect(classroomOutput(alice).lines).toEqual([
      '✓ pass 2/2 Distributed base (s2.base)',
      '✗ fail 0/2 Three firewalls (s2.firewalls)',
      '? review 0/2 HTTPS with a certificate (s2.https)',
      '✓ pass 1/1 What firewalls are for (s2.explain.firewall)',
      '✗ fail 0/1 SSL termination issue (s2.issue.ssl-termination)',
      'Points: 3/8',
    ]);
  });

  it('gives the object the reporter reads', () => {
    const { result } = classroomOutput(alice);
    expect(result).toMatchObject({ version: 1, status: 'fail', max_score: 8 });
    expect(result.tests).toHaveLength(5);
    expect(result.tests[0]).toEqual({
      name: 'Distributed base (s2.base)',
      status: 'pass',
      score: 2,
      line_no: null,
      message:
        'The load balancer, two servers and the database are all in the diagram.\nEvidence: lines 12, 14; nodes LB, WEB1, WEB2, DB',
      test_code: '',
      filename: '',
      execution_time: '',
    });
    expect(result.tests[2]?.message).toMatch(/^A person will review this/);
    expect(result.tests.reduce((n, t) => n + t.score, 0)).toBe(3);
  });

  it('passes only when every criterion passes', () => {
    const allPass = {
      ...alice,
      criteria: alice.criteria.map((c) => ({
        ...c,
        verdict: 'pass' as const,
        points: c.maxPoints,
      })),
    };
    expect(classroomOutput(allPass).result.status).toBe('pass');
    expect(classroomOutput(allPass).lines.at(-1)).toBe('Points: 8/8');
  });

  it('reports a not-gradable submission as one failing test, with the assignment total if given', () => {
    const { lines, result } = classroomOutput(bob, { maxScore: 20 });
    expect(lines).toEqual(['✗ This submission could not be graded: binary file.', 'Points: 0/20']);
    expect(result).toMatchObject({ status: 'fail', max_score: 20 });
    expect(result.tests.map((t) => [t.name, t.status, t.score])).toEqual([['gradable', 'fail', 0]]);
  });

  it('keeps hostile text free of escapes', () => {
    const out = formatClassroom(eve);
    expect(JSON.parse(out)).toMatchObject({ version: 1, max_score: 2 });
    expect(out).not.toMatch(/\\u00(?:1b|07)|\u202e/);
  });

  it('is deterministic', () => {
    const again = freshReport().submissions[2];
    if (again === undefined) throw new Error('fixture');
    expect(formatClassroom(again)).toBe(formatClassroom(eve));
  });
});
