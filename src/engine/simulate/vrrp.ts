// VRRP between paired load balancers: advertisements, master-down timers, virtual IP takeover, preemption, split brain.
import { EV_ADVERT, EV_VRRP_TIMER } from './codes.ts';
import type { PairMode, SimModel } from './model.ts';
import type { Scenario } from './scenario-schema.ts';
import type { SimState } from './sim-state.ts';

// The master advertises every interval; a backup that hears nothing for 3 intervals plus a skew of
// (256 - priority) / 256 intervals takes the virtual IP; a recovered higher-priority node takes it back.
const DOWN = 0;
const BACKUP = 1;
const MASTER = 2;

export class VrrpRuntime {
  /** Per group: its first virtual IP and how many (one active-passive, one per member active-active). */
  readonly vipStart: Int32Array;
  readonly vipCount: Int32Array;
  readonly modes: readonly PairMode[];
  /** Per virtual IP: the node answering for it, and its group. */
  readonly owner: Int32Array;
  readonly vipGroup: Int32Array;
  /** Per (virtual IP, member) slot. */
  readonly vip: Int32Array;
  readonly node: Int32Array;
  readonly priority: Int32Array;
  readonly state: Int8Array;
  readonly heard: Float64Array;
  readonly token: Int32Array;
  readonly masterDown: Float64Array;
  readonly interval: number;
  readonly slotsOfVip: readonly (readonly number[])[];

  constructor(model: SimModel, sc: Scenario) {
    const { mode, advertInterval } = sc.loadBalancer.pair;
    this.interval = advertInterval;
    this.modes = model.vrrp.map((g) =>
      mode === 'auto' ? (g.drawnMode ?? 'active-passive') : mode,
    );
    this.vipStart = new Int32Array(model.vrrp.length);
    this.vipCount = new Int32Array(model.vrrp.length);
    const owner: number[] = [];
    const vipGroup: number[] = [];
    const slot = { vip: [] as number[], node: [] as number[], priority: [] as number[] };
    const slotsOfVip: number[][] = [];
    model.vrrp.forEach((g, gi) => {
      const m = g.members.length;
      const vips = this.modes[gi] === 'active-active' ? m : 1;
      this.vipStart[gi] = owner.length;
      this.vipCount[gi] = vips;
      for (let v = 0; v < vips; v += 1) {
        const vi = owner.length;
        owner.push(g.members[v] as number);
        vipGroup.push(gi);
        const slots: number[] = [];
        g.members.forEach((node, j) => {
          slots.push(slot.vip.length);
          slot.vip.push(vi);
          slot.node.push(node);
          // keepalived style: 101 for the preferred master of this address, then 100, 99...
          slot.priority.push(101 - ((j - v + m) % m));
        });
        slotsOfVip.push(slots);
      }
    });
    this.owner = new Int32Array(owner);
    this.vipGroup = new Int32Array(vipGroup);
    this.vip = new Int32Array(slot.vip);
    this.node = new Int32Array(slot.node);
    this.priority = new Int32Array(slot.priority);
    this.state = new Int8Array(slot.vip.length).fill(BACKUP);
    this.heard = new Float64Array(slot.vip.length);
    this.token = new Int32Array(slot.vip.length);
    this.masterDown = new Float64Array(
      slot.priority.map((p) => 3 * advertInterval + ((256 - p) * advertInterval) / 256),
    );
    this.slotsOfVip = slotsOfVip;
  }
}

export function startVrrp(s: SimState): void {
  const v = s.vrrp;
  for (const slots of v.slotsOfVip) {
    for (const i of slots) {
      if (v.owner[v.vip[i] as number] === v.node[i]) {
        v.state[i] = MASTER;
        s.queue.push(0, EV_ADVERT, i, v.token[i] as number);
      } else s.queue.push(v.masterDown[i] as number, EV_VRRP_TIMER, i, v.token[i] as number);
    }
  }
}

function split(s: SimState, a: number, b: number): boolean {
  const g = s.model.vrrp[s.vrrp.vipGroup[s.vrrp.vip[a] as number] as number];
  return (
    g !== undefined && s.vrrp.node[a] !== s.vrrp.node[b] && g.keys.some((k) => s.partitions.has(k))
  );
}

function becomeBackup(s: SimState, i: number, t: number): void {
  const v = s.vrrp;
  v.state[i] = BACKUP;
  v.heard[i] = t;
  v.token[i] = (v.token[i] as number) + 1;
  s.queue.push(t + (v.masterDown[i] as number), EV_VRRP_TIMER, i, v.token[i]);
}

export function onAdvert(s: SimState, i: number, token: number, t: number): void {
  const v = s.vrrp;
  if (v.token[i] !== token || v.state[i] !== MASTER || t > s.end) return;
  const preempt = s.sc.loadBalancer.pair.preempt;
  for (const o of v.slotsOfVip[v.vip[i] as number] ?? []) {
    if (o === i || v.state[o] === DOWN || split(s, i, o)) continue;
    const higher = (v.priority[o] as number) > (v.priority[i] as number);
    if (v.state[o] === BACKUP) {
      if (!(higher && preempt)) v.heard[o] = t;
    } else if (!higher) {
      s.say(
        t,
        `${s.name(v.node[o] as number)} hears ${s.name(v.node[i] as number)} (priority ${v.priority[i]}) and steps down to backup`,
      );
      becomeBackup(s, o, t);
      v.owner[v.vip[i] as number] = v.node[i] as number;
    }
  }
  s.queue.push(t + v.interval, EV_ADVERT, i, token);
}

export function onVrrpTimer(s: SimState, i: number, token: number, t: number): void {
  const v = s.vrrp;
  if (v.token[i] !== token || v.state[i] !== BACKUP || t > s.end) return;
  const due = (v.heard[i] as number) + (v.masterDown[i] as number);
  if (t < due - 1e-9) {
    s.queue.push(due, EV_VRRP_TIMER, i, token);
    return;
  }
  const vip = v.vip[i] as number;
  const before = v.owner[vip] as number;
  const me = s.name(v.node[i] as number);
  const missed = Math.floor((t - (v.heard[i] as number)) / v.interval + 1e-9);
  const master = (v.slotsOfVip[vip] ?? []).find((o) => o !== i && v.state[o] === MASTER);
  if (master !== undefined && split(s, i, master)) {
    const peer = s.name(v.node[master] as number);
    s.say(
      t,
      `${me} hears nothing across the partition and also claims the virtual IP (split brain with ${peer})`,
      { kind: 'split-brain', node: me, peer },
    );
  } else if (master !== undefined) {
    const from = s.name(v.node[master] as number);
    s.say(t, `${me} (priority ${v.priority[i]}) preempts ${from} and takes the virtual IP back`, {
      kind: 'vip-preempted',
      by: me,
      from,
    });
  } else {
    const from = s.name(before);
    s.say(t, `${me} missed ${missed} advertisements from ${from}; ${me} takes the virtual IP`, {
      kind: 'vip-moved',
      from,
      to: me,
    });
  }
  v.state[i] = MASTER;
  v.owner[vip] = v.node[i] as number;
  v.token[i] = v.token[i] + 1;
  s.queue.push(t, EV_ADVERT, i, v.token[i]);
}

/** A member dies: it stops advertising; the address stays with it until a backup notices. */
export function vrrpNodeDown(s: SimState, node: number): void {
  const v = s.vrrp;
  for (let i = 0; i < v.node.length; i += 1) {
    if (v.node[i] !== node) continue;
    v.state[i] = DOWN;
    v.token[i] = (v.token[i] as number) + 1;
  }
}

/** A member restarts as a backup and listens for a master-down interval before it may claim anything. */
export function vrrpNodeUp(s: SimState, node: number, t: number): void {
  const v = s.vrrp;
  for (let i = 0; i < v.node.length; i += 1) if (v.node[i] === node) becomeBackup(s, i, t);
}
