// Rubrics as data: the four shipped rubrics load; a typo fails loudly, naming the file, the field and the line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../../src/engine/grade/load-rubric.ts';
import { SchemaError } from '../../../src/engine/schema/friendly-error.ts';
import { loadRubrics } from '../../../src/platform/node-rubrics.ts';
import { readSharedDoc } from '../../fixtures/shared.ts';

const CRITERIA_MD = readSharedDoc('CRITERIA.md');
const CANONICAL = new Set([...CRITERIA_MD.matchAll(/^\| `([a-z0-9.-]+)` \|/gm)].map((m) => m[1]));

function rubricText(task: string): string {
  const file = readdirTask(task);
  return readFileSync(new URL(`../../../quizzes/${file}`, import.meta.url), 'utf8');
}

function readdirTask(task: string): string {
  const found = loadRubrics().find((r) => r.rubric.task === task);
  if (!found) throw new Error(`no rubric ${task}`);
  return found.file.replace(/^quizzes\//, '');
}

describe('the shipped rubrics', () => {
  it('cover the four tasks with exactly the criterion ids of CRITERIA.md, in whole points', () => {
    const rubrics = loadRubrics();
    expect(rubrics.map((r) => r.rubric.task)).toEqual(['0', '1', '2', '3']);
    const ids = rubrics.flatMap((r) =>
      r.rubric.criteria.map((c) => (c.id === 'diagram' ? `${r.rubric.task}:diagram` : c.id)),
    );
    const expected = [...CANONICAL].filter((id) => id !== 'diagram');
    expect(ids.filter((id) => !id.endsWith(':diagram')).sort()).toEqual(expected.sort());
    for (const r of rubrics) {
      expect(r.rubric.criteria[0]?.id).toBe('diagram');
      for (const c of r.rubric.criteria) expect(Number.isInteger(c.points)).toBe(true);
      expect(r.hash).toMatch(/^[0-9a-f]{16}$/);
    }
  });
});

describe('rubric errors', () => {
  it('names the file, the field path and the line of an unknown rule', () => {
    const text = rubricText('2').replace('rule: guards', 'rule: gaurds');
    const line = text.split('\n').findIndex((l) => l.includes('rule: gaurds')) + 1;
    const error = captureError(() => loadRubric(text, 'quizzes/2.yaml'));
    expect(error).toBeInstanceOf(SchemaError);
    const schema = error as SchemaError;
    expect(schema.file).toBe('quizzes/2.yaml');
    expect(schema.issues).toEqual([
      expect.objectContaining({ line, path: expect.stringMatching(/^criteria\[\d+\]\.rule$/) }),
    ]);
    expect(schema.message).toContain(`quizzes/2.yaml:${line}`);
  });

  it('rejects a rule parameter of the wrong type at its line', () => {
    const text = rubricText('2').replace(
      'params: { kinds: [firewall], min: 3 }',
      'params: { kinds: [firewall], min: three }',
    );
    const line = text.split('\n').findIndex((l) => l.includes('min: three')) + 1;
    const error = captureError(() => loadRubric(text, 'quizzes/2.yaml')) as SchemaError;
    expect(error).toBeInstanceOf(SchemaError);
    expect(error.issues[0]).toMatchObject({ line, path: expect.stringMatching(/params\.min$/) });
  });

  it('rejects a misspelt field, an unknown kind, fractional points and a duplicate id', () => {
    const base = rubricText('3');
    const cases = [
      base.replace('    points: 2\n    rule: cluster', '    pionts: 2\n    rule: cluster'),
      base.replace('kinds: [load-balancer], next', 'kinds: [load-balancr], next'),
      base.replace('    points: 2\n    rule: cluster', '    points: 1.5\n    rule: cluster'),
      base.replace('id: s3.web-tier', 'id: s3.lb-cluster'),
    ];
    for (const text of cases)
      expect(captureError(() => loadRubric(text, 'quizzes/3.yaml'))).toBeInstanceOf(SchemaError);
  });

  it('lets an instructor drop a criterion or change points without touching code', () => {
    const text = rubricText('1')
      .replace(/ {2}- \{ id: s1\.issue\.monitoring.*\n/, '')
      .replace('    points: 2\n    rule: replicated', '    points: 5\n    rule: replicated');
    const { rubric } = loadRubric(text, 'quizzes/1.yaml');
    expect(rubric.criteria.map((c) => c.id)).not.toContain('s1.issue.monitoring');
    expect(rubric.criteria.find((c) => c.id === 's1.replication')?.points).toBe(5);
  });
});

function captureError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
