// The saved quiz progress as a zod schema: the readable statement of the format, proved equal to progress-check.ts by tests.
import { z } from 'zod/mini';
import { PROGRESS_VERSION } from './progress-check.ts';

const answerSchema = z.strictObject({
  /** Indices into the quiz data's choices (not the shuffled display order). */
  picked: z.array(z.int().check(z.nonnegative())).check(z.maxLength(50)),
  right: z.boolean(),
});

/** The same rules as progressProblem, as a zod schema (tests prove they agree). */
export const progressSchema = z.strictObject({
  version: z.literal(PROGRESS_VERSION),
  learner: z.string().check(z.minLength(8), z.maxLength(100)),
  /** quiz id -> question index -> answer. */
  quizzes: z.record(
    z.string().check(z.regex(/^[\w-]+$/)),
    z.record(z.string().check(z.regex(/^\d{1,3}$/)), answerSchema),
  ),
});
