// Spots file names that are close to a task's file name but do not match it (typos, other separators).
import type { LoadedRubric } from '../engine/grade/load-rubric.ts';

export interface NearTask {
  /** The task number, as the rubric gives it. */
  readonly task: string;
  /** The file name the task expects (the rubric id). */
  readonly expected: string;
}

/** Lower case, extension dropped, runs of spaces, dots and dashes as one underscore. */
function normalize(name: string): string {
  return name
    .toLowerCase()
    .replace(/\.[a-z0-9]{1,5}$/, '')
    .replace(/[\s.\-_]+/g, '_');
}

/** Edit distance (insert, delete, substitute), giving up above `cap`. */
function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
      const value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > cap) return cap + 1;
    prev = row;
  }
  return prev[b.length] ?? cap + 1;
}

/**
 * For a name that does not match any task: the task whose file name it is within a few edits of
 * (at most 3, and at most a fifth of the name), or null. Used to give such a file a row, not silence.
 */
export function nearTaskName(rubrics: readonly LoadedRubric[]): (name: string) => NearTask | null {
  const targets = rubrics.map((r) => ({
    task: r.rubric.task,
    expected: r.rubric.id,
    forms: [normalize(r.rubric.id), normalize(r.rubric.id.replace(/^\d+-/, ''))],
  }));
  return (name) => {
    const stem = normalize(name);
    let found: NearTask | null = null;
    let closest = Infinity;
    for (const t of targets) {
      for (const form of t.forms) {
        const cap = Math.min(3, Math.floor(form.length / 5));
        const d = distance(stem, form, cap);
        if (d <= cap && d < closest) {
          closest = d;
          found = { task: t.task, expected: t.expected };
        }
      }
    }
    return found;
  };
}
