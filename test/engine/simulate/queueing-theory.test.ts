// The analytic formulas the simulator is validated against: Erlang C and M/M/c figures.
import { describe, expect, it } from 'vitest';
import {
  erlangC,
  mm1,
  mmc,
  QueueingDomainError,
} from '../../../src/engine/simulate/queueing-theory.ts';

describe('queueing theory', () => {
  it('matches known values', () => {
    // One server: the waiting probability is the utilisation.
    expect(erlangC(1, 0.7, 1)).toBeCloseTo(0.7, 12);
    // Two servers, one erlang offered: C = 1/3.
    expect(erlangC(2, 1, 1)).toBeCloseTo(1 / 3, 12);
    expect(mm1(0.8, 1).meanResponse).toBeCloseTo(5, 12);
    const f = mmc(4, 3, 1);
    expect(f.meanInSystem).toBeCloseTo(3 * f.meanResponse, 12);
    expect(f.utilisation).toBe(0.75);
  });

  it('refuses an unstable queue', () => {
    expect(() => mmc(2, 2, 1)).toThrow(QueueingDomainError);
  });
});
