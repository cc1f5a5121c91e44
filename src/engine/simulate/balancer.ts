// Load balancers: HAProxy's roundrobin, leastconn and source algorithms over servers its health checks keep UP.
import type { Route } from './model.ts';

export const ALGORITHMS = ['roundrobin', 'leastconn', 'source'] as const;

export class LbTable {
  readonly start: Int32Array;
  readonly count: Int32Array;
  readonly owner: Int32Array;
  readonly target: Int32Array;
  readonly link: Int32Array;
  /** HAProxy's view: 1 UP, 0 DOWN. */
  readonly up: Uint8Array;
  /** Consecutive failed (while UP) or passed (while DOWN) checks. */
  readonly streak: Int32Array;
  /** Open connections (leastconn). */
  readonly active: Int32Array;
  private readonly cursor: Int32Array;
  private readonly algorithm: number;

  constructor(backends: readonly (readonly Route[])[], algorithm: (typeof ALGORITHMS)[number]) {
    this.algorithm = ALGORITHMS.indexOf(algorithm);
    this.start = new Int32Array(backends.length);
    this.count = new Int32Array(backends.length);
    this.cursor = new Int32Array(backends.length);
    const owner: number[] = [];
    const target: number[] = [];
    const link: number[] = [];
    backends.forEach((list, n) => {
      this.start[n] = target.length;
      this.count[n] = list.length;
      for (const r of list) {
        owner.push(n);
        target.push(r.target);
        link.push(r.link);
      }
    });
    this.owner = new Int32Array(owner);
    this.target = new Int32Array(target);
    this.link = new Int32Array(link);
    this.up = new Uint8Array(target.length).fill(1);
    this.streak = new Int32Array(target.length);
    this.active = new Int32Array(target.length);
  }

  get slots(): number {
    return this.target.length;
  }

  /** A restarted HAProxy assumes its servers UP until checks say otherwise. */
  reset(node: number): void {
    const from = this.start[node] as number;
    const to = from + (this.count[node] as number);
    for (let i = from; i < to; i += 1) {
      this.up[i] = 1;
      this.streak[i] = 0;
      this.active[i] = 0;
    }
  }

  anyUp(node: number): boolean {
    const from = this.start[node] as number;
    const to = from + (this.count[node] as number);
    for (let i = from; i < to; i += 1) if (this.up[i] === 1) return true;
    return false;
  }

  /**
   * The server slot for a request from `client`, or -1 when every server is DOWN. `avoid` (a slot or -1) is
   * skipped: a redispatch after a refused connection.
   */
  choose(node: number, client: number, avoid: number): number {
    const n = this.count[node] as number;
    const base = this.start[node] as number;
    const up = this.up;
    if (this.algorithm === 2) {
      let ups = 0;
      for (let i = 0; i < n; i += 1) if (up[base + i] === 1 && base + i !== avoid) ups += 1;
      if (ups === 0) return -1;
      let k = (Math.imul(client + 1, 0x9e3779b1) >>> 0) % ups;
      for (let i = 0; i < n; i += 1) {
        if (up[base + i] !== 1 || base + i === avoid) continue;
        if (k === 0) return base + i;
        k -= 1;
      }
      return -1;
    }
    let c = this.cursor[node] as number;
    let best = -1;
    for (let tries = 0; tries < n; tries += 1) {
      const slot = base + c;
      c = c + 1 === n ? 0 : c + 1;
      if (up[slot] !== 1 || slot === avoid) continue;
      if (this.algorithm === 0) {
        best = slot;
        break;
      }
      if (best < 0 || (this.active[slot] as number) < (this.active[best] as number)) best = slot;
    }
    if (best >= 0) this.cursor[node] = best - base + 1 === n ? 0 : best - base + 1;
    return best;
  }
}
