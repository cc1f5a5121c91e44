// Saved progress: bad or old data is ignored without throwing; export then import gives the same progress back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  importProblem,
  overall,
  readProgress,
  readProgressText,
  recordAnswer,
} from '../../../src/engine/quiz/progress-schema.ts';

const learner = '3f2a9c1e-0000-4000-8000-000000000001';

describe('readProgress', () => {
  it('ignores corrupt text, other versions and wrong shapes, returning null', () => {
    expect(readProgressText(null)).toBeNull();
    expect(readProgressText('{not json')).toBeNull();
    expect(readProgressText('null')).toBeNull();
    expect(readProgress({ version: 0, learner, quizzes: {} })).toBeNull();
    expect(
      readProgress({
        version: 1,
        learner,
        quizzes: { 'task-1': { '0': { picked: [-1], right: true } } },
      }),
    ).toBeNull();
    expect(readProgress({ version: 1, learner, quizzes: {}, extra: 1 })).toBeNull();
  });

  it('never throws, whatever the stored text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(() => readProgressText(text)).not.toThrow();
      }),
      { seed: 42 },
    );
  });
});

describe('export and import', () => {
  it('round-trips recorded answers through the exported JSON text', () => {
    let progress = emptyProgress(learner);
    progress = recordAnswer(progress, 'task-1', 0, { picked: [1, 3], right: true });
    progress = recordAnswer(progress, 'task-1', 2, { picked: [0], right: false });
    progress = recordAnswer(progress, 'firewalls', 4, { picked: [2], right: true });
    const text = JSON.stringify(progress, null, 2);
    expect(importProblem(text)).toBeNull();
    expect(readProgressText(text)).toEqual(progress);
    expect(overall(progress)).toEqual({ answered: 3, right: 2 });
  });

  it('explains why a file is refused: not JSON, or the field that is wrong', () => {
    expect(importProblem('hello')).toMatch(/not JSON/);
    const problem = importProblem(JSON.stringify({ version: 1, learner: 'x', quizzes: {} }));
    expect(problem).toMatch(/^This file is not a saved quiz progress \(version 1\) at learner: /);
  });

  it('replaces an earlier answer to the same question', () => {
    const once = recordAnswer(emptyProgress(learner), 'task-0', 1, { picked: [0], right: false });
    const twice = recordAnswer(once, 'task-0', 1, { picked: [2], right: true });
    expect(twice.quizzes['task-0']).toEqual({ '1': { picked: [2], right: true } });
    expect(once.quizzes['task-0']).toEqual({ '1': { picked: [0], right: false } });
  });
});
