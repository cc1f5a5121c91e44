// The JavaScript budget: a lesson page ships at most 40 KB gzipped, Pagefind's search included, none for diagrams.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageScripts } from '../../src/site-checks/budget.ts';
import { DIST, lessonPages } from './dist.ts';

const BUDGET = 40 * 1024;

describe('JavaScript budget of the built lessons', () => {
  it.each(lessonPages())('%s ships at most 40 KB of JavaScript, gzipped', (page) => {
    const { totalGzipBytes, files } = pageScripts(DIST, page);
    const summary = files.map((f) => `${f.path} ${f.gzipBytes}`).join('\n');
    expect(totalGzipBytes, summary).toBeLessThanOrEqual(BUDGET);
  });

  it('ships no JavaScript for diagrams: no module of any page carries Mermaid, ELK or the renderer', () => {
    for (const page of lessonPages()) {
      for (const f of pageScripts(DIST, page).files) {
        if (f.path.startsWith('inline')) continue;
        const code = readFileSync(join(DIST, f.path), 'utf8');
        expect(code, `${page} loads ${f.path}`).not.toMatch(/mermaid|elkjs|ElkNode|su-diagram/i);
      }
    }
  });
});
