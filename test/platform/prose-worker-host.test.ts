// Prose graded on the worker thread gives the verdicts of this thread, on real submissions; a failing worker loses nothing.
import { describe, expect, it } from 'vitest';
import { splitSubmission } from '../../src/engine/ingest/blocks.ts';
import { gradeProseCriteria } from '../../src/engine/prose/grade-criteria.ts';
import { createProseWorker } from '../../src/platform/prose-worker-host.ts';
import { loadConcepts, loadRubrics } from '../../src/platform/node-rubrics.ts';
import { corpusFileOf, corpusLabels, readCorpus } from '../fixtures/shared.ts';

const concepts = loadConcepts();
const rubrics = new Map(loadRubrics().map((r) => [r.rubric.task, r.rubric]));
const submissions = Object.entries(corpusLabels()).map(([id, label]) => ({
  sections: splitSubmission(readCorpus(corpusFileOf(id, label.task))).sections,
  criteria: rubrics.get(label.task)?.criteria ?? [],
}));

const here = (s: (typeof submissions)[number]) =>
  gradeProseCriteria(s.sections, s.criteria, concepts);

const worker = (name: string): URL => new URL(`../fixtures/workers/${name}`, import.meta.url);

describe('createProseWorker', () => {
  it('gives the verdicts of this thread on every labelled submission, asked all at once', async () => {
    const prose = createProseWorker(concepts);
    try {
      const answers = await Promise.all(
        submissions.map((s) => prose.grade(s.sections, s.criteria)),
      );
      expect(submissions.length).toBeGreaterThan(100);
      answers.forEach((a, i) => {
        const s = submissions[i];
        if (s === undefined) throw new Error('missing submission');
        expect([...a]).toEqual([...here(s)]);
        expect(a.size).toBe(s.criteria.filter((c) => c.kind === 'prose').length);
      });
    } finally {
      await prose.close();
    }
  });

  it('grades on this thread when the worker cannot start', async () => {
    const prose = createProseWorker(concepts, worker('broken-worker.ts'));
    const some = submissions.slice(0, 5);
    const answers = await Promise.all(some.map((s) => prose.grade(s.sections, s.criteria)));
    answers.forEach((a, i) => {
      const s = some[i];
      if (s !== undefined) expect([...a]).toEqual([...here(s)]);
    });
    await prose.close();
  });

  it('grades on this thread a request the worker answers with an error', async () => {
    const prose = createProseWorker(concepts, worker('error-worker.ts'));
    const s = submissions[0];
    if (s === undefined) throw new Error('no submission');
    try {
      expect([...(await prose.grade(s.sections, s.criteria))]).toEqual([...here(s)]);
    } finally {
      await prose.close();
    }
  });

  it('still grades after close, on this thread', async () => {
    const prose = createProseWorker(concepts);
    await prose.close();
    const s = submissions[1];
    if (s === undefined) throw new Error('no submission');
    expect([...(await prose.grade(s.sections, s.criteria))]).toEqual([...here(s)]);
  });
});
