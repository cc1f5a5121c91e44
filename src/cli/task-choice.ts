// Picks the rubric for a submission: given by --task (0-3 or a rubric id) or detected from the file's name.
import { basename, dirname } from 'node:path';
import type { LoadedRubric } from '../engine/grade/load-rubric.ts';
import { UsageError } from './usage-error.ts';

export type TaskOption = 'auto' | LoadedRubric;

export function parseTaskOption(
  value: string | undefined,
  rubrics: readonly LoadedRubric[],
  command: string,
): TaskOption {
  if (value === undefined || value === 'auto') return 'auto';
  const found = rubrics.find((r) => r.rubric.task === value || r.rubric.id === value);
  if (!found) {
    const known = rubrics.map((r) => `${r.rubric.task} (${r.rubric.id})`).join(', ');
    throw new UsageError(command, `unknown task "${value}"; known: auto, ${known}`);
  }
  return found;
}

function matches(name: string, rubric: LoadedRubric): boolean {
  const lower = name.toLowerCase();
  return rubric.rubric.match.some((m) => lower.includes(m.toLowerCase()));
}

/** The rubric named by the file name (or its folder's), or null when none or several match. */
export function detectTask(path: string, rubrics: readonly LoadedRubric[]): LoadedRubric | null {
  for (const name of [basename(path), basename(dirname(path))]) {
    const hits = rubrics.filter((r) => matches(name, r));
    if (hits.length === 1) return hits[0] ?? null;
  }
  return null;
}

export function isTaskFile(rubrics: readonly LoadedRubric[]): (name: string) => boolean {
  return (name) => rubrics.some((r) => matches(name, r));
}
