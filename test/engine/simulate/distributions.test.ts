// Distributions: sample means match the stated means; constants are exact; uniforms stay in range.
import { describe, expect, it } from 'vitest';
import {
  DistributionTable,
  meanOf,
  type Distribution,
} from '../../../src/engine/simulate/distributions.ts';
import { Prng } from '../../../src/engine/simulate/prng.ts';

const DISTS: Distribution[] = [
  { kind: 'constant', value: 0.25 },
  { kind: 'exponential', mean: 0.02 },
  { kind: 'uniform', min: 1, max: 3 },
  { kind: 'lognormal', mean: 0.05, cv: 1.5 },
  { kind: 'erlang', k: 4, mean: 2 },
];

describe('DistributionTable', () => {
  it('samples each distribution with its mean (within 1.5 % over 400,000 draws)', () => {
    const table = new DistributionTable(DISTS);
    const rng = new Prng(3);
    DISTS.forEach((d, slot) => {
      let sum = 0;
      const n = 400_000;
      for (let i = 0; i < n; i += 1) sum += table.sample(slot, rng);
      expect(Math.abs(sum / n / meanOf(d) - 1)).toBeLessThan(0.015);
    });
  });

  it('keeps constants exact and uniforms in range', () => {
    const table = new DistributionTable(DISTS);
    const rng = new Prng(5);
    for (let i = 0; i < 1000; i += 1) {
      expect(table.sample(0, rng)).toBe(0.25);
      const u = table.sample(2, rng);
      expect(u >= 1 && u < 3).toBe(true);
      expect(table.sample(1, rng)).toBeGreaterThan(0);
    }
  });
});
