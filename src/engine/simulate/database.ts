// MySQL: writes go to the primary, reads to replicas lagging behind it (stale reads), promotion of a replica.
import { C_NO_BACKEND, C_NO_PRIMARY, EV_PROMOTE, WRITE } from './codes.ts';
import { fail, send } from './flow.ts';
import type { SimModel } from './model.ts';
import { PoolTable } from './pool-table.ts';
import type { SimState } from './sim-state.ts';

export class DbRuntime {
  readonly keys: number;
  /** Per group: the node taking writes (it may be down). */
  readonly primary: Int32Array;
  /** Per node: its database group, or -1. */
  readonly groupOfNode: Int32Array;
  /** Per node: 1 while it replicates from a primary and serves reads. */
  readonly isReplica: Uint8Array;
  /** Per node: when its replication stopped (partition), or -1. */
  readonly frozenSince: Float64Array;
  /** [group * keys + key]: commit time of the last write. */
  readonly lastWrite: Float64Array;
  readonly token: Int32Array;
  readonly pending: Uint8Array;
  /** Distribution slot of the replication lag. */
  readonly lagSlot: number;
  /** Per server: its group, every member (for writes) and its read replicas. */
  readonly accessGroup: Int32Array;
  readonly all: PoolTable;
  readonly reads: PoolTable;

  constructor(model: SimModel, keys: number, lagSlot: number) {
    const n = model.nodes.length;
    const g = model.dbGroups.length;
    this.keys = keys;
    this.lagSlot = lagSlot;
    this.primary = new Int32Array(model.dbGroups.map((d) => d.primary));
    this.groupOfNode = new Int32Array(n).fill(-1);
    this.isReplica = new Uint8Array(n);
    model.dbGroups.forEach((d, i) => {
      this.groupOfNode[d.primary] = i;
      for (const r of d.replicas) {
        this.groupOfNode[r] = i;
        this.isReplica[r] = 1;
      }
    });
    this.frozenSince = new Float64Array(n).fill(-1);
    this.lastWrite = new Float64Array(g * keys).fill(-Infinity);
    this.token = new Int32Array(g);
    this.pending = new Uint8Array(g);
    this.accessGroup = new Int32Array(model.dbs.map((a) => a?.group ?? -1));
    this.all = new PoolTable(model.dbs.map((a) => a?.all ?? []));
    this.reads = new PoolTable(model.dbs.map((a) => a?.reads ?? []));
  }
}

function sendToPrimary(s: SimState, node: number, r: number, cause: number): void {
  const db = s.db;
  const p = db.primary[db.accessGroup[node] as number] as number;
  if (s.alive[p] === 0) {
    fail(s, r, cause, node);
    return;
  }
  const from = db.all.start[node] as number;
  const to = from + (db.all.count[node] as number);
  for (let i = from; i < to; i += 1) {
    if (db.all.target[i] === p) {
      send(s, r, db.all.link[i] as number);
      return;
    }
  }
  fail(s, r, cause, node);
}

export function writeTo(s: SimState, node: number, r: number): void {
  sendToPrimary(s, node, r, C_NO_PRIMARY);
}

export function readFrom(s: SimState, node: number, r: number): void {
  const slot = s.db.reads.pick(node, s, s.alive, s.links.broken, s.db.isReplica);
  if (slot >= 0) send(s, r, s.db.reads.link[slot] as number);
  else sendToPrimary(s, node, r, C_NO_BACKEND);
}

/** A database finished a query: a write commits; a read at a replica may miss writes not yet replicated. */
export function dbServed(s: SimState, node: number, r: number): void {
  const db = s.db;
  const t = s.now;
  const g = db.groupOfNode[node] as number;
  const k = g * db.keys + (s.req.key[r] as number);
  if (s.req.cls[r] === WRITE) {
    if (db.primary[g] === node) db.lastWrite[k] = t;
    return;
  }
  if (db.isReplica[node] === 0) return;
  const m = s.metrics;
  m.replicaReads += 1;
  const frozen = db.frozenSince[node] as number;
  const applied = (frozen >= 0 ? frozen : t) - s.dists.sample(db.lagSlot, s.misc);
  if ((db.lastWrite[k] as number) > applied) {
    m.staleReads += 1;
    const b = s.req.bin[r] as number;
    m.stale[b] = (m.stale[b] as number) + 1;
  }
}

function schedulePromotion(s: SimState, g: number, t: number): void {
  const delay = s.sc.database.promotionDelay;
  s.db.token[g] = (s.db.token[g] as number) + 1;
  s.db.pending[g] = delay === null ? 0 : 1;
  if (delay !== null) s.queue.push(t + delay, EV_PROMOTE, g, s.db.token[g]);
}

export function dbNodeDown(s: SimState, node: number, t: number): void {
  const g = s.db.groupOfNode[node] as number;
  if (g < 0 || s.db.primary[g] !== node) return;
  const delay = s.sc.database.promotionDelay;
  const replicas = s.model.dbGroups[g]?.replicas.length ?? 0;
  const takeover = replicas === 0 ? 'none' : delay !== null ? 'automatic' : 'operator';
  const until = {
    none: '',
    automatic: ` until a replica is promoted (in ${delay} s)`,
    operator: ' until it returns or an operator promotes a replica',
  }[takeover];
  s.say(t, `${s.name(node)} (primary) is down: writes fail${until}`, {
    kind: 'primary-down',
    node: s.name(node),
    takeover,
  });
  if (replicas > 0) schedulePromotion(s, g, t);
}

export function dbNodeUp(s: SimState, node: number, t: number): void {
  const db = s.db;
  const g = db.groupOfNode[node] as number;
  if (g < 0) return;
  db.frozenSince[node] = -1;
  const p = db.primary[g] as number;
  if (p === node) {
    db.token[g] = (db.token[g] as number) + 1;
    db.pending[g] = 0;
    s.say(t, `${s.name(node)} (primary) is back: writes resume`);
  } else if (db.isReplica[node] === 0) {
    db.isReplica[node] = 1;
    s.say(t, `${s.name(node)} is back and rejoins as a replica of ${s.name(p)}`);
  }
  if (s.alive[p] === 0 && db.pending[g] === 0 && s.sc.database.promotionDelay !== null)
    schedulePromotion(s, g, t);
}

export function promote(s: SimState, g: number, token: number, t: number): void {
  const db = s.db;
  if (db.token[g] !== token || db.pending[g] === 0) return;
  db.pending[g] = 0;
  const old = db.primary[g] as number;
  const group = s.model.dbGroups[g];
  const candidates = group ? [group.primary, ...group.replicas] : [];
  const next = candidates.find((n) => n !== old && db.isReplica[n] === 1 && s.alive[n] === 1);
  if (next === undefined) {
    s.say(t, `no live replica to promote in place of ${s.name(old)}: writes keep failing`, {
      kind: 'no-replica',
      old: s.name(old),
    });
    return;
  }
  db.primary[g] = next;
  db.isReplica[next] = 0;
  db.isReplica[old] = 0;
  s.say(t, `${s.name(next)} is promoted to primary: writes resume`, {
    kind: 'replica-promoted',
    node: s.name(next),
  });
}

/** Replication stops for a replica whose replication link is partitioned, and resumes when healed. */
export function dbLinksChanged(s: SimState, t: number): void {
  s.model.dbGroups.forEach((g, gi) => {
    g.replicas.forEach((r, i) => {
      const cut = (g.keys[i] ?? []).some((k) => s.partitions.has(k));
      const frozen = (s.db.frozenSince[r] as number) >= 0;
      if (cut && !frozen) {
        s.db.frozenSince[r] = t;
        s.say(
          t,
          `${s.name(r)} stops replicating from ${s.name(s.db.primary[gi] as number)}: its reads grow stale`,
        );
      } else if (!cut && frozen) {
        s.db.frozenSince[r] = -1;
        s.say(t, `${s.name(r)} replicates again and catches up`);
      }
    });
  });
}
