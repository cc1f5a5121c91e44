// Links at run time: latency, whether a dead node or a partition breaks them, which firewall blocks them.
import type { SimModel } from './model.ts';
import type { Scenario } from './scenario-schema.ts';

export class LinkRuntime {
  readonly count: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly latency: Float64Array;
  /** 1 when a pass-through node is down or an edge is partitioned. */
  readonly broken: Uint8Array;
  /** Firewall node + 1 that drops this traffic, or 0. */
  readonly blocked: Int32Array;
  readonly viaStart: Int32Array;
  readonly viaCount: Int32Array;
  readonly via: Int32Array;
  private readonly keys: readonly (readonly string[])[];

  constructor(model: SimModel, sc: Scenario) {
    const links = model.links;
    this.count = links.length;
    this.from = new Int32Array(links.map((l) => l.from));
    this.to = new Int32Array(links.map((l) => l.to));
    this.latency = new Float64Array(
      links.map(
        (l) =>
          (l.stage === 'client' ? sc.network.client : sc.network.internal) +
          l.via.length * sc.network.internal,
      ),
    );
    this.broken = new Uint8Array(links.length);
    this.blocked = new Int32Array(links.length);
    this.viaStart = new Int32Array(links.length);
    this.viaCount = new Int32Array(links.length);
    const via: number[] = [];
    links.forEach((l, i) => {
      this.viaStart[i] = via.length;
      this.viaCount[i] = l.via.length;
      via.push(...l.via);
    });
    this.via = new Int32Array(via);
    this.keys = links.map((l) => l.segments.map((s) => s.key));
  }

  /** After a kill, revival, partition or heal: which links can carry traffic now. */
  refresh(alive: Uint8Array, partitions: ReadonlySet<string>): void {
    for (let l = 0; l < this.count; l += 1) {
      let broken = 0;
      const from = this.viaStart[l] as number;
      const to = from + (this.viaCount[l] as number);
      for (let i = from; i < to; i += 1) if (alive[this.via[i] as number] === 0) broken = 1;
      if (partitions.size > 0)
        for (const k of this.keys[l] ?? []) if (partitions.has(k)) broken = 1;
      this.broken[l] = broken;
    }
  }
}
