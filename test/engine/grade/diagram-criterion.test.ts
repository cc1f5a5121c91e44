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

describe('a diagram left unread beside one that was read', () => {
  it('turns a fail into a review: what is missing may be drawn in the unread diagram', async () => {
    const rubric = rubrics.get('3');
    if (!rubric) throw new Error('no rubric for task 3');
    const read = '```mermaid\nflowchart LR\n  U[User] --> L1[HAProxy 1] & L2[HAProxy 2]\n```\n';
    // A subgraph never closed: Mermaid rejects it and no repair adds the `end`.
    const broken =
      '```mermaid\nflowchart TD\n  subgraph S [Servers]\n  W[Nginx] --> A[App server] --> D[(MySQL)]\n```\n';
    const verdict = async (text: string): Promise<string | undefined> => {
      const graded = gradeIngested(await ingestText(text), rubric, deps);
      return graded.criteria.find((c) => c.id === 's3.web-tier')?.verdict;
    };
    expect(await verdict(read)).toBe('fail');
    expect(await verdict(`${read}\n${broken}`)).toBe('review');
  });
});
