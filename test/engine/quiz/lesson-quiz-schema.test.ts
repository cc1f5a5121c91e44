// Lesson quiz files: every real file parses; mistakes are reported with file, line and field.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLessonQuiz } from '../../../src/engine/quiz/lesson-quiz-schema.ts';
import { thrownSchemaError } from '../../fixtures/schema-error.ts';

const DIR = join(import.meta.dirname, '..', '..', '..', 'quizzes', 'lessons');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

describe('quizzes/lessons', () => {
  it.each(files)(
    '%s parses, has feedback on every choice and does not always put the key first',
    (f) => {
      const quiz = parseLessonQuiz(readFileSync(join(DIR, f), 'utf8'), f);
      for (const q of quiz.questions)
        for (const c of q.choices) expect(c.feedback.length).toBeGreaterThan(20);
      const singles = quiz.questions.filter((q) => q.kind !== 'multiple');
      expect(singles.some((q) => q.choices[0]?.correct !== true)).toBe(true);
    },
  );

  it('holds at least one predict question, each saying what to run', () => {
    const predicts = files.flatMap((f) =>
      parseLessonQuiz(readFileSync(join(DIR, f), 'utf8'), f).questions.filter(
        (q) => q.kind === 'predict',
      ),
    );
    expect(predicts.length).toBeGreaterThanOrEqual(1);
    for (const q of predicts) expect(q.run).toMatch(/\S/);
  });
});

describe('parseLessonQuiz errors', () => {
  const good = [
    'title: T',
    'questions:',
    '  - prompt: Which?',
    '    choices:',
    '      - text: A',
    '        correct: true',
    '        feedback: Because.',
    '      - text: B',
    '        feedback: Not this.',
  ];

  it('names file, line and field of a choice without feedback', () => {
    const text = [...good.slice(0, 8), '        why: Old field name.'].join('\n');
    const error = thrownSchemaError(() => parseLessonQuiz(text, 'quizzes/lessons/x.yaml'));
    expect(error.file).toBe('quizzes/lessons/x.yaml');
    const paths = error.issues.map((i) => i.path);
    expect(paths).toContain('questions[0].choices[1].feedback');
    const unknown = error.issues.find(
      (i) => i.path.startsWith('questions[0].choices[1]') && i.line === 9,
    );
    expect(unknown).toBeDefined();
    expect(error.message).toMatch(/^quizzes\/lessons\/x\.yaml:\d+: questions\[0\]\.choices\[1\]/m);
  });

  it('refuses a predict question without run, and a single question with two keys', () => {
    const predict = [...good.slice(0, 3), '    kind: predict', ...good.slice(3)].join('\n');
    const error = thrownSchemaError(() => parseLessonQuiz(predict, 'p.yaml'));
    expect(error.issues.map((i) => [i.path, i.message])).toContainEqual([
      'questions[0].run',
      'a predict question says what to run',
    ]);
    const two = good
      .join('\n')
      .replace('feedback: Not this.', 'feedback: Not this.\n        correct: true');
    const e2 = thrownSchemaError(() => parseLessonQuiz(two, 'two.yaml'));
    expect(e2.issues[0]).toMatchObject({ path: 'questions[0].choices', line: 4 });
  });

  it('asks a predict question for its settings and outcome, and names a mistyped setting by line', () => {
    const predict = [
      ...good.slice(0, 3),
      '    kind: predict',
      '    run: fail it.',
      ...good.slice(3),
    ];
    const missing = thrownSchemaError(() => parseLessonQuiz(predict.join('\n'), 'p.yaml'));
    expect(missing.issues.map((i) => i.path)).toEqual(['questions[0].simulate']);
    const withRun = (lines: string[]): string =>
      [...predict.slice(0, 5), '    simulate:', ...lines, ...predict.slice(5)].join('\n');
    const ok = parseLessonQuiz(
      withRun([
        '      set: { target: LB, at: 20, scan: true }',
        '      expect: { availability: [28, 40] }',
      ]),
      'ok.yaml',
    );
    expect(ok.questions[0]?.simulate?.set).toEqual({ target: 'LB', at: 20, scan: true });
    const typo = thrownSchemaError(() =>
      parseLessonQuiz(
        withRun([
          '      set:',
          '        targte: LB',
          '      expect:',
          '        availability: [40, 28]',
          "        shows: ['(unclosed']",
        ]),
        'typo.yaml',
      ),
    );
    expect(typo.issues.map((i) => [i.path, i.line, i.message])).toEqual([
      ['questions[0].simulate.set.targte', 8, 'unknown field "targte"'],
      [
        'questions[0].simulate.expect.availability',
        10,
        'expected [lowest, highest] with lowest <= highest',
      ],
      ['questions[0].simulate.expect.shows[0]', 11, 'not a valid regular expression'],
    ]);
    const empty = thrownSchemaError(() =>
      parseLessonQuiz(withRun(['      set: {}', '      expect: {}']), 'empty.yaml'),
    );
    expect(empty.issues[0]?.message).toMatch(/^expected at least one outcome to check/);
    const single = good
      .join('\n')
      .replace(
        '    choices:',
        '    simulate: { set: {}, expect: { availability: [0, 100] } }\n    choices:',
      );
    expect(thrownSchemaError(() => parseLessonQuiz(single, 's.yaml')).issues[0]?.message).toBe(
      'only predict questions have simulate',
    );
  });
});
