// The learner's saved quiz progress (versioned): reading, recording, totals, import checks; no zod (see progress-check.ts).
import { PROGRESS_VERSION, progressProblem, readProgress } from './progress-check.ts';
import type { Progress, SavedAnswer } from './progress-check.ts';

export { PROGRESS_VERSION, readProgress };
export type { Progress, SavedAnswer };

export function emptyProgress(learner: string): Progress {
  return { version: PROGRESS_VERSION, learner, quizzes: {} };
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
  const problem = progressProblem(data);
  if (problem === null) return null;
  const where = problem.path === '' ? '' : ` at ${problem.path}`;
  return `This file is not a saved quiz progress (version ${String(PROGRESS_VERSION)})${where}: ${problem.message}.`;
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
