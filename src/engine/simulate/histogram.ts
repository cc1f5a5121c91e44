// Latency histograms: log-linear buckets read from a float's exponent and top mantissa bits (no log per sample).
import { pow2 } from './det-math.ts';

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
/** Index of the high word of a float64 (1 on little-endian machines). */
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
/** Smallest exponent kept: 2^-24 s (60 ns); largest: 2^14 s (4.5 hours). Values outside are clamped. */
const MIN_EXP = 1023 - 24;
const MAX_EXP = 1023 + 14;

/**
 * Buckets of width 2^-bits of an octave: `bits` 6 gives 64 buckets per doubling (under 0.8 % error at the midpoint),
 * 3 gives 8 (under 6 %), cheap enough to keep one per time bin.
 */
export class LogHistogram {
  readonly counts: Float64Array;
  private readonly shift: number;
  private readonly offset: number;
  private readonly max: number;
  private readonly bits: number;

  constructor(bits: number, copies = 1) {
    this.bits = bits;
    this.shift = 20 - bits;
    this.offset = MIN_EXP << bits;
    this.max = ((MAX_EXP - MIN_EXP) << bits) - 1;
    this.counts = new Float64Array((this.max + 1) * copies);
  }

  /** Buckets per copy. */
  get width(): number {
    return this.max + 1;
  }

  bucketOf(x: number): number {
    F64[0] = x;
    const b = ((U32[HI] as number) >>> this.shift) - this.offset;
    return b < 0 ? 0 : b > this.max ? this.max : b;
  }

  /** Adds one sample to copy `copy` (a time bin), or to the only copy. */
  add(x: number, copy = 0): void {
    const i = copy * (this.max + 1) + this.bucketOf(x);
    this.counts[i] = (this.counts[i] as number) + 1;
  }

  /** Midpoint value of a bucket. */
  valueOf(bucket: number): number {
    const code = bucket + this.offset;
    const exp = code >>> this.bits;
    const sub = code & ((1 << this.bits) - 1);
    const scale = pow2(exp - 1023);
    return scale * (1 + (sub + 0.5) / (1 << this.bits));
  }

  /** The q-quantile (0 < q <= 1) of one copy, or of all copies merged when `copy` is -1; NaN when empty. */
  quantile(q: number, copy = -1): number {
    const w = this.max + 1;
    const from = copy < 0 ? 0 : copy;
    const to = copy < 0 ? this.counts.length / w : copy + 1;
    let n = 0;
    for (let c = from; c < to; c += 1)
      for (let i = 0; i < w; i += 1) n += this.counts[c * w + i] as number;
    if (n === 0) return Number.NaN;
    const rank = Math.max(1, Math.ceil(q * n));
    let seen = 0;
    for (let i = 0; i < w; i += 1) {
      for (let c = from; c < to; c += 1) seen += this.counts[c * w + i] as number;
      if (seen >= rank) return this.valueOf(i);
    }
    return this.valueOf(w - 1);
  }
}
