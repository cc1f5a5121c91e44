// Grades discovered submissions one by one; any bad input becomes a not-gradable row, never a crash.
import type { LoadedRubric } from '../engine/grade/load-rubric.ts';
import type { SubmissionResult } from '../engine/grade/result.ts';
import { TooComplexError } from '../engine/ingest/complexity.ts';
import type { NodeGrader } from '../platform/node-grader.ts';
import type { Discovered } from './discover.ts';
import { readSubmission } from './read-submission.ts';
import { eachInFlight } from './in-flight.ts';
import { detectTask, type TaskOption } from './task-choice.ts';

function notGradable(path: string, task: string | null, reason: string): SubmissionResult {
  return {
    path,
    task,
    status: 'not-gradable',
    reason,
    score: 0,
    maxScore: 0,
    criteria: [],
    findings: [],
  };
}

export async function gradeOne(
  entry: Discovered,
  grader: NodeGrader,
  task: TaskOption,
): Promise<SubmissionResult> {
  if (entry.kind === 'skipped') return notGradable(entry.display, null, entry.reason);
  const rubric: LoadedRubric | null =
    task === 'auto' ? detectTask(entry.path, grader.rubrics) : task;
  if (!rubric)
    return notGradable(entry.display, null, 'cannot tell the task from the file name: pass --task');
  const read = readSubmission(entry.path);
  if (!read.ok) return notGradable(entry.display, rubric.rubric.id, read.reason);
  try {
    const graded = await grader.grade(read.text, rubric);
    return {
      path: entry.display,
      task: rubric.rubric.id,
      status: 'graded',
      reason: null,
      ...graded,
    };
  } catch (error) {
    // Over the complexity budget: refused before parsing, the reason names the measure and the limit.
    if (error instanceof TooComplexError)
      return notGradable(entry.display, rubric.rubric.id, error.message);
    // A grader bug must not lose the rest of the class: the row says what happened.
    return notGradable(
      entry.display,
      rubric.rubric.id,
      `internal error while grading: ${(error as Error).message}`,
    );
  }
}

/**
 * Submissions graded at once. Grading one waits for its prose (on the worker thread, when the grader has
 * one): meanwhile the next ones are read and their diagrams parsed here.
 */
export const IN_FLIGHT = 64;

/** Grades every entry, `inFlight` at a time; results in the entries' order, progress as each one ends. */
export async function gradeBatch(
  entries: readonly Discovered[],
  grader: NodeGrader,
  task: TaskOption,
  onProgress: (done: number, total: number) => void = () => undefined,
  inFlight = IN_FLIGHT,
): Promise<SubmissionResult[]> {
  const results: SubmissionResult[] = [];
  let done = 0;
  await eachInFlight(entries.length, inFlight, async (i) => {
    const entry = entries[i];
    if (entry === undefined) return;
    results[i] = await gradeOne(entry, grader, task);
    done += 1;
    onProgress(done, entries.length);
  });
  return results;
}
