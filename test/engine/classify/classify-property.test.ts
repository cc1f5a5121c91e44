// Property tests: the classifiers never throw on any text and always answer within the model.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyEdgeLabel, classifyLabel } from '../../../src/engine/classify/classify-label.ts';
import { NODE_KINDS, PROTOCOLS, ROLES } from '../../../src/engine/topology/model.ts';
import { loadVocabulary } from './load-vocabulary.ts';

const vocab = loadVocabulary();

/** Words from the vocabulary itself, so generated labels hit real terms, joiners and numbers. */
const vocabularyWords = [
  ...Object.values(vocab.kinds).flatMap((k) => [...k.terms, ...k.weak]),
  ...vocab.roles.flatMap((r) => r.terms),
  ...vocab.joiners,
  ...vocab.breaks,
  ...Object.keys(vocab.numbers),
].map((t) => t.replace(/\*$/, ''));

const noise = fc.constantFrom(
  '(',
  ')',
  '[',
  ']',
  '<br>',
  '<br/>',
  '#',
  '1',
  '2',
  '8.8.8.8',
  'x',
  '\\n',
  '&amp;',
  ':',
  '-',
  '_',
  ' ',
);
const wordy = fc
  .array(fc.oneof(fc.constantFrom(...vocabularyWords), noise), { maxLength: 10 })
  .map((parts) => parts.join(' '));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  wordy,
  fc.string({ unit: 'binary', maxLength: 3000 }),
);

describe('classifyLabel properties', () => {
  it('never throws and answers a valid kind, role and member count', () => {
    fc.assert(
      fc.property(anyText, (label) => {
        const c = classifyLabel(label, vocab);
        expect(NODE_KINDS).toContain(c.kind);
        if (c.role !== null) expect(ROLES).toContain(c.role);
        expect(Number.isInteger(c.members) && c.members >= 1 && c.members <= 99).toBe(true);
        expect(c.role === 'cluster').toBe(c.members >= 2);
        if (c.kind === 'unknown')
          expect(c).toEqual({ kind: 'unknown', role: null, members: 1, membersNamed: false });
      }),
      { numRuns: 1500 },
    );
  });

  it('is deterministic and ignores letter case', () => {
    fc.assert(
      fc.property(wordy, (label) => {
        const c = classifyLabel(label, vocab);
        expect(classifyLabel(label, vocab)).toEqual(c);
        expect(classifyLabel(label.toUpperCase(), vocab)).toEqual(c);
      }),
      { numRuns: 500 },
    );
  });

  it('does not throw on values that are not strings at run time', () => {
    for (const bad of [undefined, null, 42, {}, []]) {
      expect(classifyLabel(bad as string, vocab).kind).toBe('unknown');
      expect(classifyEdgeLabel(bad as string, vocab)).toEqual({
        protocol: null,
        encrypted: null,
      });
    }
  });
});

describe('classifyEdgeLabel properties', () => {
  it('never throws and answers a valid protocol and encryption', () => {
    fc.assert(
      fc.property(anyText, (label) => {
        const c = classifyEdgeLabel(label, vocab);
        if (c.protocol !== null) expect(PROTOCOLS).toContain(c.protocol);
        expect([true, false, null]).toContain(c.encrypted);
      }),
      { numRuns: 1500 },
    );
  });
});
