// Random variates for service times, delays and lags: distributions as data, sampled without closures or Math.log.
import { exp, ln, lnUnit } from './det-math.ts';
import type { Prng } from './prng.ts';

export type Distribution =
  | { readonly kind: 'constant'; readonly value: number }
  | { readonly kind: 'exponential'; readonly mean: number }
  | { readonly kind: 'uniform'; readonly min: number; readonly max: number }
  | { readonly kind: 'lognormal'; readonly mean: number; readonly cv: number }
  | { readonly kind: 'erlang'; readonly k: number; readonly mean: number };

const CONSTANT = 0;
const EXPONENTIAL = 1;
const UNIFORM = 2;
const LOGNORMAL = 3;
const ERLANG = 4;

/** An exponential variate of the given mean (inverse transform of a uniform draw in (0, 1]). */
export function exponential(rng: Prng, mean: number): number {
  return -mean * lnUnit(rng.nextUint32() + 1);
}

/** A standard normal variate (Marsaglia's polar method: a logarithm and a square root, no trigonometry). */
export function normal(rng: Prng): number {
  for (;;) {
    const u = 2 * rng.next() - 1;
    const v = 2 * rng.next() - 1;
    const q = u * u + v * v;
    if (q > 0 && q < 1) return u * Math.sqrt((-2 * ln(q)) / q);
  }
}

export function meanOf(d: Distribution): number {
  switch (d.kind) {
    case 'constant':
      return d.value;
    case 'uniform':
      return (d.min + d.max) / 2;
    default:
      return d.mean;
  }
}

/**
 * Many distributions compiled into typed arrays, one slot each, so the event loop samples by slot number:
 * no object or closure is touched per event.
 */
export class DistributionTable {
  private readonly kind: Int32Array;
  private readonly a: Float64Array;
  private readonly b: Float64Array;

  constructor(dists: readonly Distribution[]) {
    this.kind = new Int32Array(dists.length);
    this.a = new Float64Array(dists.length);
    this.b = new Float64Array(dists.length);
    dists.forEach((d, i) => this.set(i, d));
  }

  get size(): number {
    return this.kind.length;
  }

  private set(i: number, d: Distribution): void {
    switch (d.kind) {
      case 'constant':
        this.kind[i] = CONSTANT;
        this.a[i] = d.value;
        break;
      case 'exponential':
        this.kind[i] = EXPONENTIAL;
        this.a[i] = d.mean;
        break;
      case 'uniform':
        this.kind[i] = UNIFORM;
        this.a[i] = d.min;
        this.b[i] = d.max - d.min;
        break;
      case 'lognormal': {
        const s2 = ln(1 + d.cv * d.cv);
        this.kind[i] = LOGNORMAL;
        this.a[i] = ln(d.mean) - s2 / 2;
        this.b[i] = Math.sqrt(s2);
        break;
      }
      case 'erlang':
        this.kind[i] = ERLANG;
        this.a[i] = d.mean / d.k;
        this.b[i] = d.k;
        break;
    }
  }

  sample(slot: number, rng: Prng): number {
    const a = this.a[slot] as number;
    switch (this.kind[slot]) {
      case EXPONENTIAL:
        return -a * lnUnit(rng.nextUint32() + 1);
      case UNIFORM:
        return a + (this.b[slot] as number) * rng.next();
      case LOGNORMAL:
        return exp(a + (this.b[slot] as number) * normal(rng));
      case ERLANG: {
        let sum = 0;
        const k = this.b[slot] as number;
        for (let j = 0; j < k; j += 1) sum += lnUnit(rng.nextUint32() + 1);
        return -a * sum;
      }
      default:
        return a;
    }
  }
}
