// A diagram criterion never fails on ASCII art alone (a person reviews it); on a Mermaid diagram a fail stays a fail.
import { describe, expect, it } from 'vitest';
import { gradeIngested } from '../../../src/engine/grade/grade.ts';
import { loadVocabulary } from '../../../src/platform/node-data.ts';
import { ingestText } from '../../../src/platform/node-ingest.ts';
import { loadConcepts, loadRubrics } from '../../../src/platform/node-rubrics.ts';
import { corpusFileOf, corpusLabels, readCorpus } from '../../fixtures/shared.ts';

const deps = { vocabulary: loadVocabulary(), concepts: loadConcepts() };
const rubrics = new Map(loadRubrics().map((r) => [r.rubric.task, r.rubric]));

describe('diagram verdicts by how the diagram was read', () => {
  it('on every labelled submission: ASCII-only fails go to review, saying why and what was found', async () => {
    let asciiReviews = 0;
    let mermaidFails = 0;
    for (const [id, label] of Object.entries(corpusLabels())) {
      const rubric = rubrics.get(label.task);
      if (!rubric) continue;
      const ingested = await ingestText(readCorpus(corpusFileOf(id, label.task)));
      const read = ingested.diagrams.filter((d) => d.readable && d.nodes > 0);
      if (read.length === 0) continue;
      const asciiOnly = read.every((d) => d.syntax === 'ascii');
      for (const c of gradeIngested(ingested, rubric, deps).criteria) {
        if (c.kind !== 'diagram') continue;
        if (asciiOnly) {
          expect(c.verdict, `${id} ${c.id}`).not.toBe('fail');
          if (c.verdict === 'review') {
            asciiReviews += 1;
            expect(c.message).toContain('ASCII art');
            expect(c.message).toContain('it found this:');
          }
        } else if (c.verdict === 'fail') {
          mermaidFails += 1;
        }
      }
    }
    expect(asciiReviews).toBeGreaterThan(10);
    expect(mermaidFails).toBeGreaterThan(10);
  });
});
