// Deterministic ln and exp: within 2 ulp of Math.log and Math.exp, and fixed results (the same in every engine).
import { describe, expect, it } from 'vitest';
import { exp, ln, lnUnit, pow2 } from '../../../src/engine/simulate/det-math.ts';
import { Prng } from '../../../src/engine/simulate/prng.ts';

describe('deterministic math', () => {
  it('agrees with Math.log and Math.exp to about one part in 10^15', () => {
    const rng = new Prng(5);
    for (let i = 0; i < 100_000; i += 1) {
      const x = exp((rng.next() - 0.5) * 1400);
      if (x > 0 && Number.isFinite(x))
        expect(Math.abs(ln(x) - Math.log(x))).toBeLessThanOrEqual(
          1e-15 * Math.max(1, Math.abs(Math.log(x))),
        );
      const y = (rng.next() - 0.5) * 1400;
      expect(Math.abs(exp(y) - Math.exp(y))).toBeLessThanOrEqual(1e-15 * Math.exp(y));
      const n = rng.nextUint32() + 1;
      expect(Math.abs(lnUnit(n) - Math.log(n / 4294967296))).toBeLessThanOrEqual(1e-15 * 23);
    }
  });

  it('gives fixed results and handles the edges', () => {
    expect([ln(10), ln(0.5), ln(1), exp(1), lnUnit(1), lnUnit(2 ** 32)]).toEqual([
      2.302585092994046, -0.6931471805599453, 0, 2.7182818284590455, -22.18070977791825, 0,
    ]);
    expect(ln(0)).toBe(-Infinity);
    expect(Number.isNaN(ln(-1))).toBe(true);
    expect(ln(Infinity)).toBe(Infinity);
    expect(ln(1e-320)).toBeCloseTo(-736.8272408909739, 10);
    expect(exp(800)).toBe(Infinity);
    expect(exp(-800)).toBe(0);
    expect([pow2(0), pow2(10), pow2(-1074), pow2(1023)]).toEqual([1, 1024, 5e-324, 2 ** 1023]);
  });
});
