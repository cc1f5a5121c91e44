// The yardsticks for the simulator's speed: bare binary-heap event loops (hold model) with nothing simulated.
import { lnUnit } from '../../src/engine/simulate/det-math.ts';
import { EventQueue } from '../../src/engine/simulate/event-queue.ts';
import { Prng } from '../../src/engine/simulate/prng.ts';

/**
 * The simulator's own event queue with nothing simulated: each popped event (kind, a, b) schedules one successor
 * an exponential time later, so `population` events stay pending. Returns the wall time in milliseconds.
 */
export function bareQueueLoop(
  events: number,
  population: number,
  now: () => number,
): { events: number; ms: number } {
  const q = new EventQueue(population + 1);
  const rng = new Prng(7, 0);
  for (let i = 0; i < population; i += 1) q.push(-lnUnit(rng.nextUint32() + 1), i & 15, i, i);
  const start = now();
  for (let n = 0; n < events; n += 1) {
    q.pop();
    q.push(q.time - lnUnit(rng.nextUint32() + 1), q.kind, q.a, q.b);
  }
  return { events, ms: now() - start };
}

/**
 * A minimal heap keyed like the simulator's (time, then insertion number) in typed arrays, with the same PRNG and
 * logarithm, and events that carry nothing: the least an event loop can do.
 */
export function bareLoop(
  events: number,
  population: number,
  now: () => number,
): { events: number; ms: number } {
  let cap = 16;
  while (cap < population + 1) cap *= 2;
  const times = new Float64Array(cap);
  const seqs = new Float64Array(cap);
  const rng = new Prng(7, 0);
  let size = 0;
  let seq = 0;
  const push = (t: number): void => {
    let i = size;
    size += 1;
    const s = seq;
    seq += 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = times[p] as number;
      if (pt < t || (pt === t && (seqs[p] as number) < s)) break;
      times[i] = pt;
      seqs[i] = seqs[p] as number;
      i = p;
    }
    times[i] = t;
    seqs[i] = s;
  };
  const pop = (): number => {
    const top = times[0] as number;
    size -= 1;
    const t = times[size] as number;
    const s = seqs[size] as number;
    let i = 0;
    const half = size >> 1;
    while (i < half) {
      let c = 2 * i + 1;
      if (
        c + 1 < size &&
        ((times[c + 1] as number) < (times[c] as number) ||
          ((times[c + 1] as number) === (times[c] as number) &&
            (seqs[c + 1] as number) < (seqs[c] as number)))
      )
        c += 1;
      const ct = times[c] as number;
      if (t < ct || (t === ct && s < (seqs[c] as number))) break;
      times[i] = ct;
      seqs[i] = seqs[c] as number;
      i = c;
    }
    times[i] = t;
    seqs[i] = s;
    return top;
  };
  for (let i = 0; i < population; i += 1) push(-lnUnit(rng.nextUint32() + 1));
  const start = now();
  for (let n = 0; n < events; n += 1) {
    const t = pop();
    push(t - lnUnit(rng.nextUint32() + 1));
  }
  return { events, ms: now() - start };
}
