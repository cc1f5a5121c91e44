// A dependency-free strict check of saved quiz progress, for the browser: zod/mini would add ~6 KB gzipped to every lesson
// page and push it over the 40 KB JavaScript budget. It accepts exactly what progressSchema (progress-schema.ts) accepts;
// test/engine/quiz/progress-check.test.ts proves the two agree on generated data.

export const PROGRESS_VERSION = 1;

export interface SavedAnswer {
  /** Indices into the quiz data's choices (not the shuffled display order). */
  picked: number[];
  right: boolean;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  learner: string;
  /** quiz id -> question index -> answer. */
  quizzes: Record<string, Record<string, SavedAnswer>>;
}

/** Where the data is wrong and why; null when it is valid progress. */
export interface ProgressProblem {
  readonly path: string;
  readonly message: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  [Object.prototype, null].includes(Object.getPrototypeOf(v) as object | null);

function onlyKeys(
  v: Record<string, unknown>,
  keys: readonly string[],
  path: string,
): ProgressProblem | null {
  const extra = Object.keys(v).find((k) => !keys.includes(k));
  return extra === undefined ? null : { path, message: `unexpected key "${extra}"` };
}

function checkAnswer(v: unknown, path: string): ProgressProblem | null {
  if (!isRecord(v)) return { path, message: 'expected an object' };
  const extra = onlyKeys(v, ['picked', 'right'], path);
  if (extra) return extra;
  const picked = v.picked;
  if (!Array.isArray(picked) || picked.length > 50)
    return { path: `${path}.picked`, message: 'expected a list of at most 50 choices' };
  if (!picked.every((i) => Number.isSafeInteger(i) && (i as number) >= 0))
    return { path: `${path}.picked`, message: 'expected choice numbers 0 or more' };
  if (typeof v.right !== 'boolean')
    return { path: `${path}.right`, message: 'expected true or false' };
  return null;
}

export function progressProblem(data: unknown): ProgressProblem | null {
  if (!isRecord(data)) return { path: '', message: 'expected an object' };
  const extra = onlyKeys(data, ['version', 'learner', 'quizzes'], '');
  if (extra) return extra;
  if (data.version !== PROGRESS_VERSION)
    return { path: 'version', message: `expected ${String(PROGRESS_VERSION)}` };
  const learner = data.learner;
  if (typeof learner !== 'string' || learner.length < 8 || learner.length > 100)
    return { path: 'learner', message: 'expected a learner id of 8 to 100 characters' };
  if (!isRecord(data.quizzes)) return { path: 'quizzes', message: 'expected an object' };
  for (const [quiz, answers] of Object.entries(data.quizzes)) {
    const at = `quizzes.${quiz}`;
    if (!/^[\w-]+$/.test(quiz)) return { path: at, message: 'expected a quiz id' };
    if (!isRecord(answers)) return { path: at, message: 'expected an object' };
    for (const [question, answer] of Object.entries(answers)) {
      if (!/^\d{1,3}$/.test(question))
        return { path: `${at}.${question}`, message: 'expected a question number' };
      const problem = checkAnswer(answer, `${at}.${question}`);
      if (problem) return problem;
    }
  }
  return null;
}

/** Saved progress from unknown data, or null when it is missing, corrupt or of another version. */
export function readProgress(data: unknown): Progress | null {
  return progressProblem(data) === null ? (data as Progress) : null;
}
