// The seeded PRNG: a fixed sequence per seed (the same in every engine), independent streams, uniform output.
import { describe, expect, it } from 'vitest';
import { Prng } from '../../../src/engine/simulate/prng.ts';

describe('Prng', () => {
  it('gives a fixed sequence for a seed (these values must match in browsers too)', () => {
    const r = new Prng(1);
    expect(Array.from({ length: 5 }, () => r.nextUint32())).toEqual([
      863987545, 3364157345, 3091344563, 1039190274, 1050657080,
    ]);
    const big = new Prng(2 ** 40 + 5, 3);
    expect(Array.from({ length: 3 }, () => big.nextUint32())).toEqual([
      1402430933, 3065636542, 4144168175,
    ]);
  });

  it('gives different sequences for different seeds and streams', () => {
    const draw = (p: Prng) => Array.from({ length: 4 }, () => p.nextUint32());
    expect(draw(new Prng(1))).not.toEqual(draw(new Prng(2)));
    expect(draw(new Prng(1, 0))).not.toEqual(draw(new Prng(1, 1)));
    expect(draw(new Prng(7, 2))).toEqual(draw(new Prng(7, 2)));
  });

  it('draws uniform floats in [0, 1) and integers in [0, n)', () => {
    const r = new Prng(42);
    let sum = 0;
    const counts = new Array<number>(10).fill(0);
    const n = 200_000;
    let inRange = true;
    for (let i = 0; i < n; i += 1) {
      const x = r.next();
      inRange &&= x >= 0 && x < 1;
      sum += x;
      const k = r.int(10);
      counts[k] = (counts[k] ?? 0) + 1;
    }
    expect(inRange).toBe(true);
    expect(sum / n).toBeCloseTo(0.5, 2);
    for (const c of counts) expect(Math.abs(c / n - 0.1)).toBeLessThan(0.005);
  });
});
