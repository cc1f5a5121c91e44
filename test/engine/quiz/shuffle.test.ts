// Per-learner choice order: always a permutation, the same for one learner, different across learners.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choiceOrder, hashSeed } from '../../../src/engine/quiz/shuffle.ts';

const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);

describe('choiceOrder', () => {
  it('is a permutation of 0..n-1 for any learner and question', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.string(), fc.string(), (n, learner, key) => {
        const order = choiceOrder(n, learner, key);
        expect(sorted(order)).toEqual(Array.from({ length: n }, (_, i) => i));
      }),
      { seed: 42 },
    );
  });

  it('gives one learner the same order every time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }), fc.uuid(), fc.string(), (n, learner, key) => {
        expect(choiceOrder(n, learner, key)).toEqual(choiceOrder(n, learner, key));
      }),
      { seed: 7 },
    );
  });

  it('gives different learners different orders, and spreads the first choice over every position', () => {
    const learners = Array.from({ length: 200 }, (_, i) => `learner-${String(i).padStart(4, '0')}`);
    const orders = learners.map((l) => choiceOrder(4, l, 'task-1#0').join(''));
    expect(new Set(orders).size).toBeGreaterThanOrEqual(20);
    const firstAt = [0, 0, 0, 0];
    for (const l of learners) {
      const at = choiceOrder(4, l, 'task-1#0').indexOf(0);
      firstAt[at] = (firstAt[at] ?? 0) + 1;
    }
    for (const count of firstAt) expect(count).toBeGreaterThan(25);
  });

  it('orders two questions of one learner independently', () => {
    const a = Array.from({ length: 50 }, (_, i) =>
      choiceOrder(5, `l${String(i)}xxxxxxx`, 'q#0').join(''),
    );
    const b = Array.from({ length: 50 }, (_, i) =>
      choiceOrder(5, `l${String(i)}xxxxxxx`, 'q#1').join(''),
    );
    expect(a).not.toEqual(b);
  });

  it('hashes to a 32-bit unsigned seed that depends on every character', () => {
    expect(hashSeed('')).toBe(0x811c9dc5);
    expect(hashSeed('ab')).not.toBe(hashSeed('ba'));
    expect(Number.isInteger(hashSeed('learner'))).toBe(true);
  });
});
