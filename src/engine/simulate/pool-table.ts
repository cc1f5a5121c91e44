// Round-robin pools with passive health (nginx upstreams, read replicas): a refused connection tries the next one.
import type { Route } from './model.ts';

/** nginx's default fail_timeout: a server that refused a connection is skipped this long. */
export const FAIL_TIMEOUT = 10;

export class PoolTable {
  readonly start: Int32Array;
  readonly count: Int32Array;
  readonly target: Int32Array;
  readonly link: Int32Array;
  readonly downUntil: Float64Array;
  private readonly cursor: Int32Array;

  constructor(routes: readonly (readonly Route[])[]) {
    this.start = new Int32Array(routes.length);
    this.count = new Int32Array(routes.length);
    this.cursor = new Int32Array(routes.length);
    const target: number[] = [];
    const link: number[] = [];
    routes.forEach((list, n) => {
      this.start[n] = target.length;
      this.count[n] = list.length;
      for (const r of list) {
        target.push(r.target);
        link.push(r.link);
      }
    });
    this.target = new Int32Array(target);
    this.link = new Int32Array(link);
    this.downUntil = new Float64Array(target.length);
  }

  /**
   * The next usable slot of `node`'s pool in turn, or -1 (at the clock's time). A slot whose server is down or unreachable is marked
   * and skipped for FAIL_TIMEOUT; `eligible` (when given) excludes servers by node, without marking them.
   */
  pick(
    node: number,
    clock: { readonly now: number },
    alive: Uint8Array,
    broken: Uint8Array,
    eligible: Uint8Array | null,
  ): number {
    const t = clock.now;
    const n = this.count[node] as number;
    const base = this.start[node] as number;
    let c = this.cursor[node] as number;
    for (let tries = 0; tries < n; tries += 1) {
      const slot = base + c;
      c = c + 1 === n ? 0 : c + 1;
      const target = this.target[slot] as number;
      if (eligible !== null && eligible[target] === 0) continue;
      if ((this.downUntil[slot] as number) > t) continue;
      if (alive[target] === 0 || broken[this.link[slot] as number] === 1) {
        this.downUntil[slot] = t + FAIL_TIMEOUT;
        continue;
      }
      this.cursor[node] = c;
      return slot;
    }
    this.cursor[node] = c;
    return -1;
  }
}
