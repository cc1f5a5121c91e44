// The one-pass lexicon finds exactly what the idea-by-idea matcher finds: on every corpus and seed sentence, and on random word runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ideasOf, lexiconOf } from '../../../src/engine/prose/compile.ts';
import { findIdeas } from '../../../src/engine/prose/lexicon.ts';
import { tokenize, type Token } from '../../../src/engine/prose/normalize.ts';
import { toSentences } from '../../../src/engine/prose/sentences.ts';
import { findIdea, type Hit } from '../../../src/engine/prose/terms.ts';
import { loadConcepts } from '../../../src/platform/node-rubrics.ts';
import { corpusFiles, readCorpus, readSeed, seedNames } from '../../fixtures/shared.ts';

const concepts = loadConcepts();
const ideas = ideasOf(concepts);
const lexicon = lexiconOf(concepts);

/** Idea by idea, the reference: only the ideas with hits. */
function oneByOne(tokens: readonly Token[]): Map<string, readonly Hit[]> {
  const out = new Map<string, readonly Hit[]>();
  for (const [name, idea] of ideas) {
    const hits = findIdea(tokens, idea);
    if (hits.length > 0) out.set(name, hits);
  }
  return out;
}

const sorted = (m: ReadonlyMap<string, readonly Hit[]>): [string, readonly Hit[]][] =>
  [...m].sort(([a], [b]) => a.localeCompare(b));

describe('findIdeas', () => {
  it('gives the hits of findIdea on every sentence of the corpus and the seeds', () => {
    const texts = [...corpusFiles().map(readCorpus), ...seedNames().map((n) => readSeed(n))];
    let sentences = 0;
    let withHits = 0;
    for (const text of texts) {
      for (const s of toSentences(text)) {
        const fast = findIdeas(s.tokens, lexicon);
        expect(sorted(fast)).toEqual(sorted(oneByOne(s.tokens)));
        sentences += 1;
        if (fast.size > 0) withHits += 1;
      }
    }
    expect(sentences).toBeGreaterThan(3000);
    expect(withHits).toBeGreaterThan(1000);
  });

  it('gives the hits of findIdea on random runs of the words the concepts use', () => {
    const words = [
      ...new Set(
        Object.values(concepts.terms)
          .flatMap((l) => (Array.isArray(l) ? l : [...l.any, ...l.not]))
          .flatMap((p) => p.split(/\s+/))
          .map((w) => w.replace(/^[=^@]+|[*$]+$/g, ''))
          .filter((w) => w !== '' && w !== '~'),
      ),
      'the',
      'A',
      'a',
      'not',
      'no',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 14 }), (run) => {
        const tokens = tokenize(run.join(' '));
        expect(sorted(findIdeas(tokens, lexicon))).toEqual(sorted(oneByOne(tokens)));
      }),
      { numRuns: 400, seed: 7 },
    );
  });
});
