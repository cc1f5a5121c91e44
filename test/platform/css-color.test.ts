// The colour test behind the DOM shim's CSS.supports: named, hex and functional colours, nothing else.
import { describe, expect, it } from 'vitest';
import { isCssColor } from '../../src/platform/css-color.ts';

describe('isCssColor', () => {
  it('accepts named colours in any case, hex colours and colour functions', () => {
    for (const c of [
      'Aqua',
      'rebeccapurple',
      'transparent',
      '#fff',
      '#a1b2c3d4',
      'rgb(0, 0, 0)',
      'hsla(1,2%,3%,.5)',
    ])
      expect(isCssColor(c), c).toBe(true);
  });

  it('rejects the first word of a box title', () => {
    for (const w of ['Server', 'Servidor', '8.8.8.8', '#12', 'rgb', ''])
      expect(isCssColor(w), w).toBe(false);
  });
});
