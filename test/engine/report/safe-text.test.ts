// Terminal-safe text: escape sequences, controls and bidi overrides go; the rest of the text stays.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeLine, safeText } from '../../../src/engine/report/safe-text.ts';
import { UNSAFE } from './fixture.ts';
import { displayWidth, pad, truncateStart } from '../../../src/engine/report/width.ts';

describe('safeText', () => {
  it('removes whole ANSI sequences, not just the escape character', () => {
    expect(safeText('\u001b[31mred\u001b[0m plain')).toBe('red plain');
    expect(safeText('a\u001b]8;;http://x\u0007link\u001b]8;;\u0007b')).toBe('alinkb');
    expect(safeText('x\u009b2Jy')).toBe('xy');
    expect(safeText('\u001b(Bok')).toBe('ok');
  });

  it('removes bidi overrides, isolates and other controls, keeps line feeds', () => {
    expect(safeText('a\u202eb\u202cc\u2066d\u2069')).toBe('abcd');
    expect(safeText('bell\u0007 nul\u0000 del\u007f')).toBe('bell nul del');
    expect(safeText('one\r\ntwo\rthree\u2028four')).toBe('one\ntwo\nthree\nfour');
    expect(safeText('tab\there')).toBe('tab here');
  });

  it('keeps ordinary Unicode, emoji and joiners', () => {
    expect(safeText('élève ✓ 日本 👩‍💻')).toBe('élève ✓ 日本 👩‍💻');
  });

  it('replaces lone surrogates', () => {
    expect(safeText('a\ud800b')).toBe('a\ufffdb');
  });

  it('never leaves a control or bidi character, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(safeText(s)).not.toMatch(UNSAFE);
        expect(safeLine(s)).not.toMatch(/[\n\r]/);
      }),
    );
  });
});

describe('width', () => {
  it('counts wide characters as two cells and marks as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('日本')).toBe(4);
    expect(displayWidth('e\u0301')).toBe(1);
  });

  it('truncates from the start, keeping the file name', () => {
    expect(truncateStart('cohort/alice/README.md', 12)).toBe('…e/README.md');
    expect(truncateStart('short', 12)).toBe('short');
    expect(displayWidth(truncateStart('日本語のパス/ファイル.md', 9))).toBeLessThanOrEqual(9);
  });

  it('pads by display width', () => {
    expect(pad('日', 4)).toBe('日  ');
    expect(pad('7', 3, 'right')).toBe('  7');
  });
});
