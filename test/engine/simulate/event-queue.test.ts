// The event queue: pops in time order, ties in insertion order, payloads intact, growth, range errors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue, EventRangeError } from '../../../src/engine/simulate/event-queue.ts';

describe('EventQueue', () => {
  it('pops by time, then by insertion order, with payloads intact (against a sorted reference)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 20 }),
            fc.integer({ min: 0, max: 15 }),
            fc.integer({ min: 0, max: 2 ** 20 - 1 }),
            fc.integer({ min: 0, max: 2 ** 29 - 1 }),
          ),
          { maxLength: 300 },
        ),
        (events) => {
          const q = new EventQueue(4);
          events.forEach(([t, kind, a, b]) => q.push(t / 4, kind, a, b));
          const expected = events
            .map((e, i) => ({ e, i }))
            .sort((x, y) => x.e[0] - y.e[0] || x.i - y.i);
          for (const { e } of expected) {
            expect(q.pop()).toBe(true);
            expect([q.time, q.kind, q.a, q.b]).toEqual([e[0] / 4, e[1], e[2], e[3]]);
          }
          expect(q.pop()).toBe(false);
          expect(q.size).toBe(0);
        },
      ),
    );
  });

  it('interleaves pushes and pops without ever going back in time', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 1, maxLength: 500 }),
        (delays) => {
          const q = new EventQueue();
          q.push(0, 0, 0, 0);
          let last = -1;
          let i = 0;
          while (q.pop()) {
            expect(q.time).toBeGreaterThanOrEqual(last);
            last = q.time;
            const d = delays[i];
            i += 1;
            if (d !== undefined) {
              q.push(q.time + d, 1, i, 0);
              if (i % 3 === 0) q.push(q.time + d / 2, 2, i, 1);
            }
          }
        },
      ),
    );
  });

  it('refuses payloads that do not fit', () => {
    const q = new EventQueue();
    expect(() => q.push(0, 16, 0, 0)).toThrow(EventRangeError);
    expect(() => q.push(0, 0, 2 ** 20, 0)).toThrow(EventRangeError);
    expect(() => q.push(0, 0, 0, 2 ** 29)).toThrow(EventRangeError);
    expect(() => q.push(0, 0, -1, 0)).toThrow(EventRangeError);
  });
});
