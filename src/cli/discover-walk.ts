// Searches one student's (or one class's) folder for task files without ever following a folder link.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Discovered } from './discover.ts';
import { fsReason } from './fs-reason.ts';
import type { NearTask } from './near-name.ts';

const IGNORED_DIRS = new Set(['.git', 'node_modules', '.github', '__MACOSX']);
const MAX_DEPTH = 4;

export const LINKED_FOLDER = 'symbolic link to a folder: not followed';
export const LINK_OUTSIDE =
  "links to a file outside this student's folder: not graded as their own";

export interface WalkContext {
  /** Does this file name name a task (per the rubrics' `match` words)? */
  readonly isTask: (name: string) => boolean;
  /** A name close to a task's file name, when it does not match one. */
  readonly near: (name: string) => NearTask | null;
  /** Real paths of folders never searched (the --out folder). */
  readonly excluded: ReadonlySet<string>;
  /** The real path of the student's own folder for an entry of the walk's root. */
  readonly studentOf: (full: string) => string;
  /** Whether entries right under the root are student folders (a class folder). */
  readonly classRoot: boolean;
  readonly display: (path: string) => string;
  readonly out: Discovered[];
}

export function inside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

function skip(ctx: WalkContext, path: string, reason: string): void {
  ctx.out.push({ kind: 'skipped', path, display: ctx.display(path), reason });
}

/** A link: a folder link is never followed; a file link is graded only when it stays in the student's folder. */
function visitLink(ctx: WalkContext, full: string, name: string, depth: number): number {
  let target: string;
  try {
    target = realpathSync(full);
  } catch (error) {
    if (!ctx.isTask(name)) return 0;
    skip(ctx, full, `broken symbolic link (${fsReason(error)})`);
    return 1;
  }
  const stat = statSync(target, { throwIfNoEntry: false });
  if (stat?.isDirectory()) {
    // One row for a student folder or a folder named like an answer; other folder links are ignored.
    const matters =
      (ctx.classRoot && depth === 0) || ctx.isTask(name) || name === 'web_infrastructure_design';
    if (!matters) return 0;
    skip(ctx, full, LINKED_FOLDER);
    return 1;
  }
  if (!ctx.isTask(name)) return 0;
  if (!inside(ctx.studentOf(full), target)) {
    skip(ctx, full, LINK_OUTSIDE);
    return 1;
  }
  ctx.out.push({ kind: 'file', path: full, display: ctx.display(full) });
  return 1;
}

/** Walks a folder; returns how many rows it added for task files (or their problems). */
export function walk(ctx: WalkContext, dir: string, depth: number): number {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    skip(ctx, dir, `cannot read folder: ${fsReason(error)}`);
    return 1;
  }
  let found = 0;
  const nearRows: { full: string; hit: NearTask }[] = [];
  for (const name of names) {
    const full = join(dir, name);
    const link = lstatSync(full, { throwIfNoEntry: false });
    if (!link) continue;
    if (link.isSymbolicLink()) {
      found += visitLink(ctx, full, name, depth);
    } else if (link.isDirectory()) {
      if (IGNORED_DIRS.has(name) || depth >= MAX_DEPTH) continue;
      if (ctx.excluded.has(realpathSync(full))) continue;
      found += walk(ctx, full, depth + 1);
    } else if (ctx.isTask(name)) {
      ctx.out.push({ kind: 'file', path: full, display: ctx.display(full) });
      found += 1;
    } else {
      const hit = ctx.near(name);
      if (hit) nearRows.push({ full, hit });
    }
  }
  for (const { full, hit } of nearRows) {
    // Beside the correctly named file, a near name is a draft or a copy: no row.
    const expected = hit.expected.toLowerCase();
    if (names.some((n) => n.toLowerCase().includes(expected))) continue;
    skip(
      ctx,
      full,
      `name looks like task ${hit.task}'s file but does not match: rename to ${hit.expected}`,
    );
    found += 1;
  }
  return found;
}
