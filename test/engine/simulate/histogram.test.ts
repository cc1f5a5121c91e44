// Latency histograms: quantiles within the bucket precision of the exact order statistics.
import { describe, expect, it } from 'vitest';
import { LogHistogram } from '../../../src/engine/simulate/histogram.ts';
import { Prng } from '../../../src/engine/simulate/prng.ts';

describe('LogHistogram', () => {
  it('reports quantiles within 1 % (64 buckets per octave) and 7 % (8 per octave)', () => {
    const rng = new Prng(11);
    const fine = new LogHistogram(6);
    const coarse = new LogHistogram(3, 2);
    const xs: number[] = [];
    for (let i = 0; i < 50_000; i += 1) {
      const x = 0.001 * Math.exp(3 * rng.next());
      xs.push(x);
      fine.add(x);
      coarse.add(x, i % 2);
    }
    xs.sort((a, b) => a - b);
    for (const q of [0.5, 0.95, 0.99]) {
      const exact = xs[Math.ceil(q * xs.length) - 1] as number;
      expect(Math.abs(fine.quantile(q) / exact - 1)).toBeLessThan(0.01);
      expect(Math.abs(coarse.quantile(q) / exact - 1)).toBeLessThan(0.07);
    }
  });

  it('orders buckets like the values and clamps out-of-range values', () => {
    const h = new LogHistogram(6);
    let last = -1;
    for (let x = 1e-6; x < 1e3; x *= 1.01) {
      const b = h.bucketOf(x);
      expect(b).toBeGreaterThanOrEqual(last);
      last = b;
    }
    expect(h.bucketOf(0)).toBe(0);
    expect(h.bucketOf(1e9)).toBe(h.width - 1);
    expect(Number.isNaN(h.quantile(0.5))).toBe(true);
  });
});
