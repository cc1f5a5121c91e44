// The ablation used by the held-out measure: what a text attests, and pruning data down to what training texts attest.
import { describe, expect, it } from 'vitest';
import { classifyLabel } from '../../../src/engine/classify/classify-label.ts';
import { gradeProse } from '../../../src/engine/prose/grade-prose.ts';
import {
  conceptPhrases,
  createAttester,
  vocabularyTerms,
} from '../../../src/engine/validate/attested.ts';
import { heldOutOnly, pruneConcepts, pruneVocabulary } from '../../../src/engine/validate/prune.ts';
import { loadConcepts } from '../../../src/platform/node-rubrics.ts';
import { splitSubmission } from '../../../src/engine/ingest/blocks.ts';
import { loadVocabulary } from '../classify/load-vocabulary.ts';

const vocab = loadVocabulary();
const concepts = loadConcepts();
const attester = createAttester({
  vocabularyTerms: vocabularyTerms(vocab),
  conceptPhrases: conceptPhrases(concepts),
});

describe('attestation by the engine matchers', () => {
  it('finds every term a label matches, prefix terms included, not only the longest', () => {
    const found = attester.vocabulary('LB1[HAProxy load balancer] --> FW[Firewalls]');
    expect(found).toContain('haproxy');
    expect(found).toContain('lb');
    expect(found).toContain('load balanc*');
    expect(found).toContain('balanc*');
    expect(found).toContain('firewall*');
    expect(found).not.toContain('mysql*');
  });

  it('finds concept phrasings in prose lines, and not in unrelated text', () => {
    expect(attester.concepts('We use a **round robin** algorithm.').has('round robin')).toBe(true);
    expect(attester.concepts('Nothing about it here.').has('round robin')).toBe(false);
  });

  it('attests a phrasing by an inflection the grader would match (stems, as the prose matcher)', () => {
    const own = createAttester({
      vocabularyTerms: [],
      conceptPhrases: ['replicates', '=A record'],
    });
    expect(own.concepts('The primary replicated every write.')).toEqual(new Set(['replicates']));
    expect(own.concepts('Writes go to a record.')).toEqual(new Set());
  });
});

describe('pruning', () => {
  it('keeps what training attests or nobody attests, drops what only the held-out fold attests', () => {
    const drop = heldOutOnly([new Set(['a', 'b'])], [new Set(['b']), new Set(['c'])]);
    expect([...drop]).toEqual(['a']);
  });

  it('removes vocabulary terms: "HAProxy" is no longer a load balancer without its term', () => {
    expect(classifyLabel('HAProxy', vocab).kind).toBe('load-balancer');
    const pruned = pruneVocabulary(vocab, new Set(['haproxy']));
    expect(classifyLabel('HAProxy', pruned).kind).toBe('unknown');
    expect(classifyLabel('Load balancer', pruned).kind).toBe('load-balancer');
    expect(vocabularyTerms(pruned)).toHaveLength(vocabularyTerms(vocab).length - 1);
    expect(vocabularyTerms(vocab)).toContain('haproxy');
  });

  it('removes concept phrasings and keeps @ includes; with none left the explanation is not found', () => {
    const text =
      '## Algorithm\nThe load balancer uses round robin: each request goes to the next server in turn.';
    const sections = splitSubmission(text).sections;
    expect(gradeProse('s1.explain.algorithm', sections, concepts).verdict).toBe('pass');
    const all = conceptPhrases(concepts);
    const pruned = pruneConcepts(concepts, new Set(all));
    expect(conceptPhrases(pruned)).toEqual([]);
    const includes = (c: typeof concepts): number =>
      Object.values(c.terms)
        .flatMap((l) => (Array.isArray(l) ? l : [...l.any, ...l.not]))
        .filter((p) => p.startsWith('@')).length;
    expect(includes(pruned)).toBe(includes(concepts));
    // Fresh sections: the prose matcher caches occurrences per sections object and idea name.
    const again = splitSubmission(text).sections;
    expect(gradeProse('s1.explain.algorithm', again, pruned).verdict).toBe('fail');
  });
});
