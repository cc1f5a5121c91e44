// The schema of a lesson's quiz (quizzes/lessons/<id>.yaml): questions with choices, the right ones and per-choice feedback.
import { z } from 'zod';
import { parseYamlWith } from '../schema/friendly-error.ts';

const choice = z.strictObject({
  text: z.string().min(1),
  correct: z.boolean().default(false),
  /** Why this choice is right or wrong: shown once the learner has answered. */
  feedback: z.string().min(1),
});

const question = z
  .strictObject({
    prompt: z.string().min(1),
    /** single and multiple: pick one / every right choice; predict: pick an outcome, then run the simulation. */
    kind: z.enum(['single', 'multiple', 'predict']).default('single'),
    choices: z.array(choice).min(2),
    /** Content points (P01...P24) the question checks. */
    points: z.array(z.string().regex(/^P\d{2}$/)).default([]),
    /** predict only: what to try in the page's simulation to see the outcome happen. */
    run: z.string().min(1).optional(),
  })
  .superRefine((q, ctx) => {
    const right = q.choices.filter((c) => c.correct).length;
    if (right === 0)
      ctx.addIssue({ code: 'custom', path: ['choices'], message: 'no choice is marked correct' });
    if (q.kind !== 'multiple' && right > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['choices'],
        message: `a ${q.kind} question has one correct choice`,
      });
    }
    if (q.kind === 'predict' && q.run === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['run'],
        message: 'a predict question says what to run',
      });
    if (q.kind !== 'predict' && q.run !== undefined)
      ctx.addIssue({ code: 'custom', path: ['run'], message: 'only predict questions have run' });
  });

export const lessonQuizSchema = z.strictObject({
  title: z.string().min(1),
  questions: z.array(question).min(1),
});

export type LessonQuiz = z.infer<typeof lessonQuizSchema>;
export type LessonQuestion = LessonQuiz['questions'][number];

/** Parses a quiz file's text; throws SchemaError naming file, line and field. */
export function parseLessonQuiz(text: string, file: string): LessonQuiz {
  return parseYamlWith(text, file, lessonQuizSchema);
}
