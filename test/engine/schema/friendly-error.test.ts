// SchemaError: YAML syntax and schema problems reported with file, path and line, as a person reads them.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  formatPath,
  parseYamlWith,
  schemaErrorFromZod,
} from '../../../src/engine/schema/friendly-error.ts';
import { thrownSchemaError } from '../../fixtures/schema-error.ts';

const Rubric = z.strictObject({
  task: z.enum(['0', '1', '2', '3']),
  criteria: z.array(
    z.strictObject({
      id: z.string(),
      points: z.int().min(0),
      tags: z.array(z.string()).default([]),
    }),
  ),
});

describe('parseYamlWith', () => {
  it('returns the parsed data when it is valid', () => {
    const text = 'task: "1"\ncriteria:\n  - id: s1.database\n    points: 2\n';
    expect(parseYamlWith(text, 'rubric.yaml', Rubric)).toEqual({
      task: '1',
      criteria: [{ id: 's1.database', points: 2, tags: [] }],
    });
  });

  it('reads JSON text too', () => {
    const text = '{\n  "task": "2",\n  "criteria": [\n    { "id": "x", "points": "two" }\n  ]\n}\n';
    const error = thrownSchemaError(() => parseYamlWith(text, 'rubric.json', Rubric));
    expect(error.issues).toEqual([
      { path: 'criteria[0].points', line: 4, message: 'expected number, got "two"' },
    ]);
  });

  it('reports a wrong type, an unknown field and a bad enum value at their lines', () => {
    const text = [
      'task: "5"', // 1
      'criteria:', // 2
      '  - id: s0.server', // 3
      '    points: 1', // 4
      '  - id: s0.user', // 5
      '    pionts: 1', // 6
      '    tags: [a, 7]', // 7
    ].join('\n');
    const error = thrownSchemaError(() => parseYamlWith(text, 'quizzes/task-0.yaml', Rubric));
    expect(error.file).toBe('quizzes/task-0.yaml');
    expect(error.issues.map((i) => [i.path, i.line])).toEqual([
      ['task', 1],
      ['criteria[1].points', 5],
      ['criteria[1].pionts', 6],
      ['criteria[1].tags[1]', 7],
    ]);
    expect(error.message).toMatchInlineSnapshot(`
      "quizzes/task-0.yaml:1: task: expected one of "0", "1", "2", "3", got "5"
      quizzes/task-0.yaml:5: criteria[1].points: missing required field (expected number)
      quizzes/task-0.yaml:6: criteria[1].pionts: unknown field "pionts"
      quizzes/task-0.yaml:7: criteria[1].tags[1]: expected string, got number 7"
    `);
  });

  it('turns a YAML syntax error into a SchemaError with its line', () => {
    const text = 'task: "1"\ncriteria:\n  - id: [unclosed\n    points: 1\n';
    const error = thrownSchemaError(() => parseYamlWith(text, 'broken.yaml', Rubric));
    expect(error.file).toBe('broken.yaml');
    expect(error.issues[0]?.line).toBe(4);
    expect(error.issues[0]?.path).toBe('');
    expect(error.message.split('\n')[0]).toMatchInlineSnapshot(
      `"broken.yaml:4: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]"`,
    );
  });

  it('rejects duplicate keys', () => {
    const error = thrownSchemaError(() =>
      parseYamlWith('task: "1"\ntask: "2"\ncriteria: []\n', 'dup.yaml', Rubric),
    );
    expect(error.issues[0]).toMatchObject({ line: 2 });
    expect(error.issues[0]?.message).toMatch(/unique/);
  });

  it('reports an empty document as one issue on the whole document', () => {
    const error = thrownSchemaError(() => parseYamlWith('', 'empty.yaml', Rubric));
    expect(error.issues).toEqual([{ path: '', line: null, message: 'expected object, got null' }]);
    expect(error.message).toBe('empty.yaml: expected object, got null');
  });

  it('lists at most 20 issues in the message but keeps them all', () => {
    const items = Array.from({ length: 25 }, (_, i) => `  - id: c${i}\n    points: -1`).join('\n');
    const error = thrownSchemaError(() =>
      parseYamlWith(`task: "0"\ncriteria:\n${items}\n`, 'many.yaml', Rubric),
    );
    expect(error.issues).toHaveLength(25);
    expect(error.message.split('\n')).toHaveLength(21);
    expect(error.message.split('\n').at(-1)).toBe('many.yaml: ... and 5 more');
  });
});

describe('schemaErrorFromZod', () => {
  it('locates issues in the source text it is given', () => {
    const text = 'task: "1"\ncriteria:\n  - id: 3\n    points: 1\n';
    const data: unknown = { task: '1', criteria: [{ id: 3, points: 1 }] };
    const result = Rubric.safeParse(data);
    if (result.success) throw new Error('expected a failure');
    const error = schemaErrorFromZod('r.yaml', result.error, data, text);
    expect(error.message).toBe('r.yaml:3: criteria[0].id: expected string, got number 3');
    expect(schemaErrorFromZod('r.yaml', result.error, data).issues[0]?.line).toBeNull();
  });
});

describe('formatPath', () => {
  it('writes dotted keys and bracketed indexes', () => {
    expect(formatPath(['kinds', 'firewall', 'terms', 2])).toBe('kinds.firewall.terms[2]');
    expect(formatPath(['kinds', 'load-balancer'])).toBe('kinds.load-balancer');
    expect(formatPath(['numbers', 'two words'])).toBe('numbers["two words"]');
    expect(formatPath([])).toBe('');
  });
});
