// Finds the submissions under the paths an instructor gives: files, a folder per student, students' repositories.
import { accessSync, constants, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { walk, type WalkContext } from './discover-walk.ts';
import { fsReason } from './fs-reason.ts';
import type { NearTask } from './near-name.ts';

export type Discovered =
  | { readonly kind: 'file'; readonly path: string; readonly display: string }
  | {
      readonly kind: 'skipped';
      readonly path: string;
      readonly display: string;
      readonly reason: string;
      /** Set when the PATH the instructor gave could not be read at all. */
      readonly unreadable?: true;
    };

/** Does this file name look like a task answer (per the rubrics' `match` words)? */
export type TaskMatcher = (name: string) => boolean;

export interface DiscoverOptions {
  /** A name close to a task's file name (see near-name.ts); none when absent. */
  readonly near?: (name: string) => NearTask | null;
  /** Folders never searched, e.g. the --out folder when it lies inside the class folder. */
  readonly exclude?: readonly string[];
}

const IGNORED_DIRS = new Set(['.git', 'node_modules', '.github', '__MACOSX']);

function realOrNull(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

function unreadable(root: string, given: string, error: unknown): Discovered {
  return { kind: 'skipped', path: root, display: given, reason: fsReason(error), unreadable: true };
}

function discoverFolder(
  root: string,
  given: string,
  isTask: TaskMatcher,
  options: DiscoverOptions,
  out: Discovered[],
): void {
  let entries: string[];
  try {
    entries = readdirSync(root)
      .filter((n) => !IGNORED_DIRS.has(n))
      .sort();
  } catch (error) {
    out.push(unreadable(root, given, error));
    return;
  }
  if (entries.length === 0) {
    out.push({ kind: 'skipped', path: root, display: given, reason: 'empty folder' });
    return;
  }
  const realRoot = realpathSync(root);
  const excluded = new Set(
    (options.exclude ?? []).map(realOrNull).filter((p): p is string => p !== null),
  );
  // A folder holding a task file (or a repository's web_infrastructure_design) is one student's.
  const singleStudent = entries.some((n) => isTask(n) || n === 'web_infrastructure_design');
  const ctx: WalkContext = {
    isTask,
    near: options.near ?? (() => null),
    excluded,
    classRoot: !singleStudent,
    studentOf: (full) => {
      if (singleStudent) return realRoot;
      const first = relative(root, full).split(sep)[0] ?? '';
      return join(realRoot, first);
    },
    display: (p) => join(given, relative(root, p)),
    out,
  };
  const before = out.length;
  const found = walk(ctx, root, 0);
  if (found === 0 && out.length === before) {
    out.push({
      kind: 'skipped',
      path: root,
      display: given,
      reason: `no file named after a task in ${basename(root)}`,
    });
  }
  // A folder per student: a student folder holding no task file gets its own row (unless root is one student's).
  if (singleStudent) return;
  // The top-level folders something was found in, in one pass (asking every row per folder grew as n²).
  const holding = new Set(out.slice(before).map((d) => relative(root, d.path).split(sep)[0]));
  for (const name of entries) {
    if (holding.has(name)) continue;
    const full = join(root, name);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (!stat?.isDirectory() || excluded.has(realOrNull(full) ?? '')) continue;
    out.push({
      kind: 'skipped',
      path: full,
      display: ctx.display(full),
      reason: 'no submission found in this folder',
    });
  }
}

/**
 * Each path: a file is a submission; a folder is searched (to a depth of 4) for files whose names
 * name a task. Folder links are never followed; a file link counts only inside the student's folder.
 * A student folder with none becomes a `skipped` row saying so, so nobody silently disappears.
 */
export function discover(
  paths: readonly string[],
  isTask: TaskMatcher,
  options: DiscoverOptions = {},
): Discovered[] {
  const out: Discovered[] = [];
  for (const given of paths) {
    const root = resolve(given);
    let stat;
    try {
      stat = statSync(root);
      if (stat.isFile()) accessSync(root, constants.R_OK);
    } catch (error) {
      out.push(unreadable(root, given, error));
      continue;
    }
    if (stat.isDirectory()) discoverFolder(root, given, isTask, options, out);
    else out.push({ kind: 'file', path: root, display: given });
  }
  return out;
}
