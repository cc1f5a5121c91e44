// gradeBatch with many submissions in flight and prose on the worker: rows in the entries' order, the verdicts of one at a time.
import { afterAll, describe, expect, it } from 'vitest';
import { gradeBatch } from '../../src/cli/grade-batch.ts';
import type { Discovered } from '../../src/cli/discover.ts';
import { createNodeGrader } from '../../src/platform/node-grader.ts';
import { corpusFileOf, corpusLabels, corpusPath } from '../fixtures/shared.ts';

const entries: Discovered[] = Object.entries(corpusLabels())
  .slice(0, 40)
  .map(([id, label]) => {
    const path = corpusPath(corpusFileOf(id, label.task));
    return { kind: 'file', path, display: `${id}/${label.task}` };
  });
entries.splice(7, 0, {
  kind: 'skipped',
  path: '/nowhere',
  display: 'nowhere',
  reason: 'cannot read',
});

const pipelined = createNodeGrader(undefined, { proseWorker: true });
const single = createNodeGrader();
afterAll(() => pipelined.close());

describe('gradeBatch', () => {
  it('gives, 16 at a time with prose on the worker, the rows of one at a time on one thread', async () => {
    const progress: number[] = [];
    const many = await gradeBatch(
      entries,
      pipelined,
      'auto',
      (done, total) => {
        expect(total).toBe(entries.length);
        progress.push(done);
      },
      16,
    );
    const one = await gradeBatch(entries, single, 'auto', undefined, 1);
    expect(many.map((r) => r.path)).toEqual(entries.map((e) => e.display));
    expect(many).toEqual(one);
    expect(many.filter((r) => r.status === 'graded').length).toBe(40);
    expect(progress).toEqual(entries.map((_, i) => i + 1));
  });

  it('grades an empty class to no rows', async () => {
    expect(await gradeBatch([], pipelined, 'auto')).toEqual([]);
  });
});
