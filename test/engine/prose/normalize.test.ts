// Tests of the prose tokenizer's word scanner against the regular expression it replaces, and of cleanInline's shortcut, on real and random text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanInline, stripInline, wordEnd } from '../../../src/engine/prose/normalize.ts';
import { corpusFiles, readCorpus } from '../../fixtures/shared.ts';

/** The word pattern the scanner must agree with: letters and digits, apostrophe parts of letters, ":" and "?". */
const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*|[:?]/gu;

/** Word spans as the pattern finds them, and as the scanner finds them reading left to right. */
function spans(text: string): { pattern: string[]; scanner: string[] } {
  const pattern = [...text.matchAll(WORD)].map((m) => `${m.index}-${m.index + m[0].length}`);
  const scanner: string[] = [];
  let at = 0;
  while (at < text.length) {
    const end = wordEnd(text, at);
    if (end > at) scanner.push(`${at}-${end}`);
    at = end > at ? end : at + ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
  }
  return { pattern, scanner };
}

const pieces = [
  'a',
  'Zé',
  '9',
  "'",
  '\u2019',
  ':',
  '?',
  ' ',
  '(',
  '-',
  '_',
  '\u0301',
  '日本',
  '𝐀',
  '\ud800',
  'n\u2019t',
  "l'",
  '١',
  '.',
];

describe('wordEnd', () => {
  it('finds the words the pattern finds, in random text of tricky characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const { pattern, scanner } = spans(parts.join(''));
        expect(scanner).toEqual(pattern);
      }),
    );
  });

  it('finds the words the pattern finds in every corpus submission', () => {
    for (const file of corpusFiles()) {
      const { pattern, scanner } = spans(readCorpus(file));
      expect(scanner.length).toBeGreaterThan(0);
      expect(scanner).toEqual(pattern);
    }
  });
});

/** Pieces of Markdown and HTML that cleanInline's rules change, and plain words between them. */
const markdown = [
  'server',
  'a',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '**',
  '*',
  '_',
  '__',
  '`',
  '~',
  '&amp;',
  '&',
  '[link](http://x.y)',
  '![img](a.png)',
  '[',
  ']',
  '(',
  '<br>',
  '<',
  '>',
  'https://example.com',
  '://',
  ':',
  'é',
];

describe('cleanInline', () => {
  it('gives what its rules give on random Markdown, with or without the shortcut for plain lines', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...markdown), { maxLength: 20 }), (parts) => {
        const line = parts.join('');
        expect(cleanInline(line)).toBe(stripInline(line));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives what its rules give on every line of the corpus, most of them plain', () => {
    let plain = 0;
    let lines = 0;
    for (const file of corpusFiles()) {
      for (const line of readCorpus(file).split('\n')) {
        expect(cleanInline(line)).toBe(stripInline(line));
        lines += 1;
        if (stripInline(line) === line) plain += 1;
      }
    }
    expect(plain).toBeGreaterThan(lines / 4);
  });
});
