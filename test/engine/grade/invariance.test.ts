// Verdicts that hold when a submission is rewritten without changing what it says (ids, direction, whitespace, fences, markup).
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeGrader } from '../../../src/platform/node-grader.ts';
import { MEANING_PRESERVING_EDITS } from '../../fixtures/meaning-preserving-edits.ts';
import { corpusFileOf, corpusPath, vendoredCorpusLabels } from '../../fixtures/shared.ts';

const grader = createNodeGrader();
afterAll(() => grader.close());

const files = Object.entries(vendoredCorpusLabels()).map(([id, label]) => {
  const text = readFileSync(corpusPath(corpusFileOf(id, label.task)), 'utf8');
  const rubric = grader.rubrics.find((r) => r.rubric.task === label.task);
  if (!rubric) throw new Error(`no rubric for task ${label.task}`);
  return { id, text, rubric };
});

async function verdicts(text: string, rubric: (typeof files)[number]['rubric']): Promise<string[]> {
  const graded = await grader.grade(text, rubric);
  return graded.criteria.map((c) => `${c.id} ${c.verdict}`);
}

/** Each edit must reach a fair share of the corpus, or the test would prove nothing. */
const MIN_FILES_EDITED = 3;

describe('verdicts under edits that keep the meaning, on every labelled corpus file', () => {
  for (const { name, edit } of MEANING_PRESERVING_EDITS) {
    it(`are unchanged with ${name}`, async () => {
      let edited = 0;
      for (const { id, text, rubric } of files) {
        const other = edit(text);
        if (other === text) continue;
        edited += 1;
        expect(await verdicts(other, rubric), `${id}, ${name}`).toEqual(
          await verdicts(text, rubric),
        );
      }
      expect(edited).toBeGreaterThanOrEqual(MIN_FILES_EDITED);
    });
  }
});
