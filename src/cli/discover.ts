// Finds the submissions under the paths an instructor gives: files, a folder per student, students' repositories.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';

export type Discovered =
  | { readonly kind: 'file'; readonly path: string; readonly display: string }
  | {
      readonly kind: 'skipped';
      readonly path: string;
      readonly display: string;
      readonly reason: string;
    };

const IGNORED_DIRS = new Set(['.git', 'node_modules', '.github', '__MACOSX']);
const MAX_DEPTH = 4;

/** Does this file name look like a task answer (per the rubrics' `match` words)? */
export type TaskMatcher = (name: string) => boolean;

function inside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

function walk(
  root: string,
  dir: string,
  depth: number,
  isTask: TaskMatcher,
  out: Discovered[],
  display: (p: string) => string,
): number {
  let found = 0;
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    out.push({
      kind: 'skipped',
      path: dir,
      display: display(dir),
      reason: `cannot read folder: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
    });
    return 1;
  }
  for (const name of names) {
    const full = join(dir, name);
    let link;
    try {
      link = lstatSync(full);
    } catch {
      continue;
    }
    if (link.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(full);
      } catch {
        if (isTask(name))
          out.push({
            kind: 'skipped',
            path: full,
            display: display(full),
            reason: 'broken symbolic link',
          });
        continue;
      }
      if (!inside(realpathSync(root), target)) {
        if (isTask(name) || statSync(target, { throwIfNoEntry: false })?.isDirectory()) {
          out.push({
            kind: 'skipped',
            path: full,
            display: display(full),
            reason: 'symbolic link leading outside the graded folder',
          });
          found += 1;
        }
        continue;
      }
    }
    const stat = statSync(full, { throwIfNoEntry: false });
    if (!stat) continue;
    if (stat.isDirectory()) {
      if (IGNORED_DIRS.has(name) || depth >= MAX_DEPTH) continue;
      found += walk(root, full, depth + 1, isTask, out, display);
    } else if (isTask(name)) {
      out.push({ kind: 'file', path: full, display: display(full) });
      found += 1;
    }
  }
  return found;
}

/**
 * Each path: a file is a submission; a folder is searched (to a depth of 4) for files whose names name a task.
 * A student folder with none becomes a `skipped` row saying so, so nobody silently disappears.
 */
export function discover(paths: readonly string[], isTask: TaskMatcher): Discovered[] {
  const out: Discovered[] = [];
  for (const given of paths) {
    const root = resolve(given);
    const stat = statSync(root, { throwIfNoEntry: false });
    if (!stat) {
      out.push({ kind: 'skipped', path: root, display: given, reason: 'no such file or folder' });
      continue;
    }
    if (!stat.isDirectory()) {
      out.push({ kind: 'file', path: root, display: given });
      continue;
    }
    const display = (p: string): string => join(given, relative(root, p));
    const entries = readdirSync(root)
      .filter((n) => !IGNORED_DIRS.has(n))
      .sort();
    if (entries.length === 0) {
      out.push({ kind: 'skipped', path: root, display: given, reason: 'empty folder' });
      continue;
    }
    const before = out.length;
    const found = walk(root, root, 0, isTask, out, display);
    if (found === 0 && out.length === before) {
      out.push({
        kind: 'skipped',
        path: root,
        display: given,
        reason: `no file named after a task in ${basename(root)}`,
      });
    }
    // A folder per student: a student folder holding no task file gets its own row (unless root is one student's).
    const singleStudent = entries.some((n) => isTask(n) || n === 'web_infrastructure_design');
    for (const name of singleStudent ? [] : entries) {
      const full = join(root, name);
      const isDir = lstatSync(full).isDirectory();
      if (!isDir) continue;
      const has = out.some((d) => d.path.startsWith(full + sep));
      if (!has)
        out.push({
          kind: 'skipped',
          path: full,
          display: display(full),
          reason: 'no submission found in this folder',
        });
    }
  }
  return out;
}
