// eachInFlight: every index once, never more than `inFlight` tasks running, the lanes kept busy.
import { describe, expect, it } from 'vitest';
import { eachInFlight } from '../../src/cli/in-flight.ts';

describe('eachInFlight', () => {
  it('runs each index once with at most inFlight at a time', async () => {
    const seen: number[] = [];
    let running = 0;
    let most = 0;
    await eachInFlight(20, 3, async (i) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, (i % 4) + 1));
      seen.push(i);
      running -= 1;
    });
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(most).toBe(3);
  });

  it('runs nothing for no index', async () => {
    let calls = 0;
    await eachInFlight(0, 8, () => {
      calls += 1;
      return Promise.resolve();
    });
    expect(calls).toBe(0);
  });
});
