// The failure timeline: resolves names once, then kills, revives, partitions, heals, overloads, promotes on time.
import { EV_TIMELINE } from './codes.ts';
import { dbLinksChanged, dbNodeDown, dbNodeUp } from './database.ts';
import { operatorPromotes } from './operator-promote.ts';
import type { Failure } from './failure-schema.ts';
import { dropQueue } from './flow.ts';
import type { SimModel } from './model.ts';
import type { SimState } from './sim-state.ts';
import { findEdge, findUnit } from './targets.ts';
import { vrrpNodeDown, vrrpNodeUp } from './vrrp.ts';

export interface TimedFailure {
  readonly at: number;
  readonly action: 'kill' | 'revive' | 'partition' | 'heal' | 'overload' | 'promote';
  readonly unit: number;
  readonly key: string;
  readonly factor: number;
  readonly what: string;
}

export function resolveTimeline(model: SimModel, failures: readonly Failure[]): TimedFailure[] {
  const out: TimedFailure[] = [];
  for (const f of failures) {
    if (f.action === 'partition' || f.action === 'heal') {
      const key = findEdge(model, f.target, f.peer);
      const label = `${f.target} - ${f.peer}`;
      out.push({ at: f.at, action: f.action, unit: -1, key, factor: 1, what: label });
      if (f.action === 'partition' && f.until !== undefined)
        out.push({ at: f.until, action: 'heal', unit: -1, key, factor: 1, what: label });
      continue;
    }
    const unit = findUnit(model, f.target);
    const what = model.units[unit]?.name ?? f.target;
    const factor = f.action === 'overload' ? f.factor : 1;
    out.push({ at: f.at, action: f.action, unit, key: '', factor, what });
    if ((f.action === 'kill' || f.action === 'overload') && f.until !== undefined) {
      out.push({
        at: f.until,
        action: f.action === 'kill' ? 'revive' : 'overload',
        unit,
        key: '',
        factor: 1,
        what,
      });
    }
  }
  return out
    .map((f, i) => [f, i] as const)
    .sort((a, b) => a[0].at - b[0].at || a[1] - b[1])
    .map(([f]) => f);
}

export function startTimeline(s: SimState): void {
  s.timeline.forEach((f, i) => s.queue.push(f.at, EV_TIMELINE, i, 0));
}

function nodeDown(s: SimState, node: number, t: number): void {
  s.alive[node] = 0;
  s.epoch[node] = (s.epoch[node] as number) + 1;
  s.busy[node] = 0;
  dropQueue(s, node);
  vrrpNodeDown(s, node);
  dbNodeDown(s, node, t);
}

function nodeUp(s: SimState, node: number, t: number): void {
  s.alive[node] = 1;
  if ((s.lb.count[node] as number) > 0) s.lb.reset(node);
  vrrpNodeUp(s, node, t);
  dbNodeUp(s, node, t);
}

export function onTimeline(s: SimState, index: number, t: number): void {
  const f = s.timeline[index];
  if (f === undefined) return;
  const unit = s.model.units[f.unit];
  const nodes = unit?.nodes ?? [];
  switch (f.action) {
    case 'kill':
    case 'revive': {
      const kill = f.action === 'kill';
      if ((s.unitDown[f.unit] === 1) === kill) return;
      s.unitDown[f.unit] = kill ? 1 : 0;
      const what =
        unit?.kind === 'host'
          ? `host ${f.what} (${nodes.map((n) => s.name(n)).join(', ')})`
          : f.what;
      s.say(t, kill ? `${what} fails` : `${what} is back`);
      for (const n of nodes) {
        const count = (s.downCount[n] as number) + (kill ? 1 : -1);
        s.downCount[n] = count;
        if (kill && count === 1) nodeDown(s, n, t);
        if (!kill && count === 0) nodeUp(s, n, t);
      }
      break;
    }
    case 'partition':
    case 'heal':
      if (f.action === 'partition') s.partitions.add(f.key);
      else s.partitions.delete(f.key);
      s.say(
        t,
        f.action === 'partition' ? `the link ${f.what} is cut` : `the link ${f.what} is restored`,
      );
      dbLinksChanged(s, t);
      break;
    case 'overload':
      for (const n of nodes) s.slowness[n] = (s.baseSlowness[n] as number) * f.factor;
      s.say(
        t,
        f.factor === 1
          ? `${f.what} is back to normal speed`
          : `${f.what} slows down ${f.factor} times (overload)`,
      );
      break;
    case 'promote':
      operatorPromotes(s, nodes, f.what, t);
      break;
  }
  s.links.refresh(s.alive, s.partitions);
}
