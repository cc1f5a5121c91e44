// The schema of a lesson's quiz (quizzes/lessons/<id>.yaml): questions with choices, the right ones and why.
import { z } from 'zod';

const choice = z.strictObject({
  text: z.string().min(1),
  correct: z.boolean().default(false),
  /** Why this choice is right or wrong: shown once the learner has answered. */
  why: z.string().min(1),
});

const question = z
  .strictObject({
    prompt: z.string().min(1),
    kind: z.enum(['single', 'multiple']).default('single'),
    choices: z.array(choice).min(2),
    /** Content points (P01...P24) the question checks. */
    points: z.array(z.string().regex(/^P\d{2}$/)).default([]),
  })
  .superRefine((q, ctx) => {
    const right = q.choices.filter((c) => c.correct).length;
    if (right === 0)
      ctx.addIssue({ code: 'custom', path: ['choices'], message: 'no choice is marked correct' });
    if (q.kind === 'single' && right > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['choices'],
        message: 'a single-choice question has one correct choice',
      });
    }
  });

export const lessonQuizSchema = z.strictObject({
  title: z.string().min(1),
  questions: z.array(question).min(1),
});

export type LessonQuiz = z.infer<typeof lessonQuizSchema>;
