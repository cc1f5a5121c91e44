// Random variates for service times, delays and lags: distributions as plain data, sampled from a Prng without closures.
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

/** An exponential variate of the given mean (inverse transform; 1 - u is never 0). */
export function exponential(rng: Prng, mean: number): number {
  return -mean * Math.log(1 - rng.next());
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
        const s2 = Math.log(1 + d.cv * d.cv);
        this.kind[i] = LOGNORMAL;
        this.a[i] = Math.log(d.mean) - s2 / 2;
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
        return -a * Math.log(1 - rng.next());
      case UNIFORM:
        return a + (this.b[slot] as number) * rng.next();
      case LOGNORMAL: {
        // Box-Muller; one normal per call keeps the stream position independent of history.
        const r = Math.sqrt(-2 * Math.log(1 - rng.next()));
        return Math.exp(a + (this.b[slot] as number) * r * Math.cos(2 * Math.PI * rng.next()));
      }
      case ERLANG: {
        let product = 1;
        const k = this.b[slot] as number;
        for (let j = 0; j < k; j += 1) product *= 1 - rng.next();
        return -a * Math.log(product);
      }
      default:
        return a;
    }
  }
}
