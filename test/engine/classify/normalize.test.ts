// normalizeText's shortcut for plain ASCII labels gives what its rules give, on random and real labels.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldLabel, normalizeText } from '../../../src/engine/classify/normalize.ts';
import { corpusFiles, readCorpus } from '../../fixtures/shared.ts';

/** Pieces that the rules change (entities, tags, arrows, accents, "\n") and plain ones. */
const pieces = [
  'Load Balancer',
  'DB',
  ' ',
  '\t',
  '&amp;',
  '&eacute;',
  '&',
  '<br>',
  '<',
  '>',
  '->',
  '==>',
  '\\n',
  '\\',
  'é',
  '→',
  '×',
  '(x)',
  '[1]',
  '=',
  '?',
  '~',
];

describe('normalizeText', () => {
  it('gives what its rules give on random labels', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const label = parts.join('');
        expect(normalizeText(label)).toBe(foldLabel(label));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives what its rules give on every line of the corpus', () => {
    for (const file of corpusFiles())
      for (const line of readCorpus(file).split('\n'))
        expect(normalizeText(line)).toBe(foldLabel(line.slice(0, 600)));
  });
});
