// Diagram colours meet WCAG AA in both themes: text 4.5:1, lines and icons 3:1.
import { describe, expect, it } from 'vitest';
import { contrastRatio, DARK, LIGHT } from '../../../src/engine/render/palette.ts';
import { NODE_KINDS } from '../../../src/engine/topology/model.ts';

describe('palette', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });

  for (const [name, theme] of [
    ['light', LIGHT],
    ['dark', DARK],
  ] as const) {
    it(`keeps text at 4.5:1 and graphics at 3:1 in the ${name} theme`, () => {
      expect(contrastRatio(theme.text, theme.nodeBg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(theme.text, theme.bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(theme.muted, theme.bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(theme.muted, theme.groupBg)).toBeGreaterThanOrEqual(4.5);
      for (const line of [theme.encrypted, theme.plaintext, theme.unspecified]) {
        expect(contrastRatio(line, theme.bg)).toBeGreaterThanOrEqual(3);
        expect(contrastRatio(line, theme.groupBg)).toBeGreaterThanOrEqual(3);
      }
      expect(contrastRatio(theme.groupBorder, theme.bg)).toBeGreaterThanOrEqual(3);
      for (const kind of NODE_KINDS)
        expect(contrastRatio(theme.kinds[kind], theme.nodeBg)).toBeGreaterThanOrEqual(3);
    });
  }
});
