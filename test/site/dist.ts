// Where the built site is, and its pages: tests over dist/ run after `npm run build`.
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from '../../src/site-checks/links.ts';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

export function builtPages(): string[] {
  if (!existsSync(DIST))
    throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  return htmlFiles(DIST).map((f) => relative(DIST, f));
}

/** Lesson pages: every page but the 404. */
export function lessonPages(): string[] {
  return builtPages().filter((p) => p !== '404.html');
}
