// Deterministic per-learner choice order: a string hash seeds the engine's PRNG, which drives a Fisher-Yates shuffle.
import { Prng } from '../simulate/prng.ts';

/** FNV-1a over UTF-16 code units: a stable 32-bit seed from a learner id and a question key. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A permutation of 0..n-1: position i of the shown list holds choice `order[i]` of the data. */
export function choiceOrder(n: number, learnerId: string, questionKey: string): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  const prng = new Prng(hashSeed(`${learnerId}\u0000${questionKey}`));
  for (let i = n - 1; i > 0; i -= 1) {
    const j = prng.nextUint32() % (i + 1);
    const a = order[i] as number;
    order[i] = order[j] as number;
    order[j] = a;
  }
  return order;
}
