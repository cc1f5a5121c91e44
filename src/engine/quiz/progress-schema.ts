// The learner's saved quiz progress (versioned, zod-validated): what is kept in localStorage and in export files.
import { z } from 'zod';

export const PROGRESS_VERSION = 1;

const answer = z.strictObject({
  /** Indices into the quiz data's choices (not the shuffled display order). */
  picked: z.array(z.number().int().nonnegative()).max(50),
  right: z.boolean(),
});

export const progressSchema = z.strictObject({
  version: z.literal(PROGRESS_VERSION),
  learner: z.string().min(8).max(100),
  /** quiz id -> question index -> answer. */
  quizzes: z.record(z.string().regex(/^[\w-]+$/), z.record(z.string().regex(/^\d{1,3}$/), answer)),
});

export type Progress = z.infer<typeof progressSchema>;
export type SavedAnswer = z.infer<typeof answer>;

export function emptyProgress(learner: string): Progress {
  return { version: PROGRESS_VERSION, learner, quizzes: {} };
}

/** Saved progress from unknown data, or null when it is missing, corrupt or of another version. */
export function readProgress(data: unknown): Progress | null {
  const result = progressSchema.safeParse(data);
  return result.success ? result.data : null;
}

/** Parses JSON text, never throws: null for bad JSON as for a bad shape. */
export function readProgressText(text: string | null): Progress | null {
  if (text === null) return null;
  try {
    return readProgress(JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

/** Why an imported file is refused, in words for the page; null when it is valid. */
export function importProblem(text: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch {
    return 'This file is not JSON. Choose a file exported from this page.';
  }
  const result = progressSchema.safeParse(data);
  if (result.success) return null;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.map(String).join('.')}` : '';
  return `This file is not a saved quiz progress (version ${PROGRESS_VERSION})${where}: ${issue?.message ?? 'invalid'}.`;
}

export function recordAnswer(
  progress: Progress,
  quiz: string,
  question: number,
  saved: SavedAnswer,
): Progress {
  const quizzes = {
    ...progress.quizzes,
    [quiz]: { ...progress.quizzes[quiz], [String(question)]: saved },
  };
  return { ...progress, quizzes };
}

/** Totals over every quiz saved: questions answered and answered right. */
export function overall(progress: Progress): { answered: number; right: number } {
  let answered = 0;
  let right = 0;
  for (const quiz of Object.values(progress.quizzes))
    for (const a of Object.values(quiz)) {
      answered += 1;
      if (a.right) right += 1;
    }
  return { answered, right };
}
