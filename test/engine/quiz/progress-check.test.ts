// The browser's dependency-free progress check accepts exactly what the zod schema accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressProblem } from '../../../src/engine/quiz/progress-check.ts';
import { progressSchema } from '../../../src/engine/quiz/progress-zod.ts';

const answer = fc.record({
  picked: fc.array(fc.oneof(fc.nat(9), fc.integer({ min: -2, max: -1 }), fc.constant(1.5)), {
    maxLength: 4,
  }),
  right: fc.oneof(fc.boolean(), fc.constant('yes')),
});
const questionKey = fc.oneof(
  fc.constantFrom('0', '3', '12', '999'),
  fc.constantFrom('1000', 'a', ''),
);
const quizKey = fc.oneof(
  fc.constantFrom('task-1', 'firewalls'),
  fc.constantFrom('bad id', '', 'x.y'),
);
const progress = fc.record(
  {
    version: fc.constantFrom(1, 1, 1, 2, '1'),
    learner: fc.oneof(fc.uuid(), fc.string({ maxLength: 9 })),
    quizzes: fc.dictionary(quizKey, fc.dictionary(questionKey, answer, { maxKeys: 3 }), {
      maxKeys: 3,
    }),
    extra: fc.constant(true),
  },
  { requiredKeys: ['version', 'learner', 'quizzes'] },
);

describe('progressProblem', () => {
  it('agrees with progressSchema on generated progress, valid and not', () => {
    let valid = 0;
    fc.assert(
      fc.property(fc.oneof(progress, fc.anything()), (data) => {
        const zodOk = progressSchema.safeParse(data).success;
        if (zodOk) valid += 1;
        expect(progressProblem(data) === null).toBe(zodOk);
      }),
      { seed: 42, numRuns: 2000 },
    );
    expect(valid).toBeGreaterThanOrEqual(10);
  });

  it('names the field that is wrong', () => {
    const learner = '3f2a9c1e-0000-4000-8000-000000000001';
    expect(
      progressProblem({ version: 1, learner, quizzes: { q: { '0': { picked: [0] } } } }),
    ).toEqual({
      path: 'quizzes.q.0.right',
      message: 'expected true or false',
    });
    expect(progressProblem({ version: 2, learner, quizzes: {} })).toEqual({
      path: 'version',
      message: 'expected 1',
    });
  });
});
