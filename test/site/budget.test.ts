// The JavaScript budget: a lesson page loads at most 80 KB gzipped on its own (Pagefind's search included), none of it
// for diagrams. The task pages' design checker (Mermaid, ELK, grader, simulator) is an on-demand chunk, imported only
// when the learner starts using the editor: it is measured and reported apart, outside the initial budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageScripts } from '../../src/site-checks/budget.ts';
import { DIST, lessonPages } from './dist.ts';

/** What a lesson page may load before the learner does anything. */
const BUDGET = 80 * 1024;
/** Upper bound of every module the design checker could load (all of Mermaid's diagram types included). */
const ON_DEMAND_CEILING = 1800 * 1024;

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const taskPages = (): string[] => lessonPages().filter((p) => p.startsWith('tasks/'));

describe('JavaScript budget of the built lessons', () => {
  it.each(lessonPages())('%s loads at most 80 KB of JavaScript on its own, gzipped', (page) => {
    const { totalGzipBytes, files } = pageScripts(DIST, page);
    const summary = files.map((f) => `${f.path} ${f.gzipBytes}`).join('\n');
    console.info(`${page}: initial ${kb(totalGzipBytes)} gzipped`);
    expect(totalGzipBytes, summary).toBeLessThanOrEqual(BUDGET);
  });

  it('loads no JavaScript for diagrams on its own: no initial module carries Mermaid, ELK or the renderer', () => {
    for (const page of lessonPages()) {
      for (const f of pageScripts(DIST, page).files) {
        if (f.path.startsWith('inline')) continue;
        const code = readFileSync(join(DIST, f.path), 'utf8');
        expect(code, `${page} loads ${f.path}`).not.toMatch(/mermaid|elkjs|ElkNode|su-diagram/i);
      }
    }
  });

  it.each(taskPages())('%s has the design checker on demand, measured apart', (page) => {
    const { totalGzipBytes, onDemand, onDemandGzipBytes } = pageScripts(DIST, page);
    const entry = onDemand[0];
    // The figures, printed for the README: initial, the checker's own chunk, everything it could load.
    console.info(
      `${page}: initial ${kb(totalGzipBytes)}; on demand: ${entry?.path ?? 'none'} ` +
        `${kb(entry?.gzipBytes ?? 0)}, ${onDemand.length} modules ${kb(onDemandGzipBytes)} at most`,
    );
    expect(entry?.path).toMatch(/design-check-engine\./);
    const mermaidCore = onDemand.filter((f) => /mermaid\.core\./.test(f.path));
    expect(mermaidCore).toHaveLength(1);
    expect(onDemandGzipBytes).toBeLessThanOrEqual(ON_DEMAND_CEILING);
  });
});
