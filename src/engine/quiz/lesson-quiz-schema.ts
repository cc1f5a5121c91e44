// The schema of a lesson's quiz (quizzes/lessons/<id>.yaml): questions with choices, the right ones and per-choice feedback.
import { z } from 'zod';
import { parseYamlWith } from '../schema/friendly-error.ts';

const choice = z.strictObject({
  text: z.string().min(1),
  correct: z.boolean().default(false),
  /** Why this choice is right or wrong: shown once the learner has answered. */
  feedback: z.string().min(1),
});

/** A [lowest, highest] range, both included. */
const band = z
  .tuple([z.number().min(0), z.number().min(0)])
  .refine(([lo, hi]) => lo <= hi, { message: 'expected [lowest, highest] with lowest <= highest' });

const seconds = z.number().min(0);

/**
 * A predict question's run in machine-readable form, checked against the simulator by
 * test/content/predict-questions.test.ts on the simulation of the lesson that shows the quiz.
 */
const predictRun = z.strictObject({
  /**
   * The simulation's form fields the question changes (the others keep the page's defaults): the unit to fail
   * (`target`, its diagram id) from `at` until `until`, the link to cut (`link`, "A|B") from `cutAt` until `healAt`,
   * the database to `promote` at `promoteAt`, the traffic `rate`, the balancer `algorithm`, the replication `lag`,
   * the QPS alert `threshold`, the traffic `spike` and the port `scan`.
   */
  set: z.strictObject({
    target: z.string().min(1).optional(),
    at: seconds.optional(),
    until: seconds.optional(),
    link: z
      .string()
      .regex(/^[^|]+\|[^|]+$/, 'expected two diagram ids as "A|B"')
      .optional(),
    cutAt: seconds.optional(),
    healAt: seconds.optional(),
    promote: z.string().min(1).optional(),
    promoteAt: seconds.optional(),
    rate: z.number().positive().optional(),
    algorithm: z.enum(['roundrobin', 'leastconn', 'source']).optional(),
    lag: z.number().positive().optional(),
    threshold: z.number().positive().optional(),
    spike: z.boolean().optional(),
    scan: z.boolean().optional(),
  }),
  /** What the correct choice claims the run shows. */
  expect: z
    .strictObject({
      /** Percent of all requests that succeeded. */
      availability: band.optional(),
      /** Percent of the write requests that succeeded. */
      writes: band.optional(),
      /** Percent of the read requests that succeeded. */
      reads: band.optional(),
      /** Number of stale reads from replicas. */
      staleReads: band.optional(),
      /** p99 latency of successful requests, milliseconds. */
      p99: band.optional(),
      /** Regular expressions that must each match a line the simulation shows (outcome, summary, panels, events). */
      shows: z
        .array(
          z.string().refine(
            (source) => {
              try {
                new RegExp(source);
                return true;
              } catch {
                return false;
              }
            },
            { message: 'not a valid regular expression' },
          ),
        )
        .optional(),
    })
    .refine((e) => Object.keys(e).length > 0, {
      message:
        'expected at least one outcome to check (availability, writes, reads, staleReads, p99, shows)',
    }),
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
    /** predict only: the settings of `run` and the outcome the correct choice claims, checked against the simulator. */
    simulate: predictRun.optional(),
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
    if (q.kind === 'predict' && q.simulate === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['simulate'],
        message:
          'a predict question states its run and the outcome it predicts (simulate: { set: ..., expect: ... })',
      });
    if (q.kind !== 'predict' && q.simulate !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['simulate'],
        message: 'only predict questions have simulate',
      });
  });

export const lessonQuizSchema = z.strictObject({
  title: z.string().min(1),
  questions: z.array(question).min(1),
});

export type LessonQuiz = z.infer<typeof lessonQuizSchema>;
export type LessonQuestion = LessonQuiz['questions'][number];
export type PredictRun = z.infer<typeof predictRun>;

/** Parses a quiz file's text; throws SchemaError naming file, line and field. */
export function parseLessonQuiz(text: string, file: string): LessonQuiz {
  return parseYamlWith(text, file, lessonQuizSchema);
}
