// A seeded PRNG (sfc32, seeded through splitmix32): the same integer sequence in Node and every browser.

/** splitmix32 step: spreads a 32-bit seed over the state; also used to derive independent streams. */
function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

const TWO_POW_32 = 4294967296;

/**
 * Small fast counter PRNG (Chris Doty-Humphrey's sfc32): 128 bits of state, 32-bit integer arithmetic only,
 * so every JavaScript engine yields the same numbers for the same seed.
 */
export class Prng {
  private readonly s = new Int32Array(4);

  /** `seed` and `stream` are integers; different streams of one seed are independent sequences. */
  constructor(seed: number, stream = 0) {
    let x = splitmix32((seed | 0) ^ Math.imul(stream | 0, 0x632be5ab));
    x = splitmix32(x ^ Math.floor(seed / TWO_POW_32));
    for (let i = 0; i < 4; i += 1) {
      x = splitmix32(x + i);
      this.s[i] = x;
    }
    for (let i = 0; i < 15; i += 1) this.nextUint32();
  }

  /** A uniform integer in [0, 2^32). */
  nextUint32(): number {
    const s = this.s;
    const a = s[0] as number;
    const b = s[1] as number;
    const c = s[2] as number;
    const d = s[3] as number;
    const t = (((a + b) | 0) + d) | 0;
    s[3] = (d + 1) | 0;
    s[0] = b ^ (b >>> 9);
    s[1] = (c + (c << 3)) | 0;
    s[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    return t >>> 0;
  }

  /** A uniform float in [0, 1) with 32 random bits. */
  next(): number {
    return this.nextUint32() / TWO_POW_32;
  }

  /** A uniform integer in [0, n) for 0 < n <= 2^32 (multiply-shift; bias below 2^-32 * n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
}
