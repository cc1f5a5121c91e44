// The simulator: a discrete-event loop over a seeded model; the same model, scenario and seed give the same run.
import { onAttack, startAttack } from './firewall.ts';
import { arrival, startArrivals } from './clients.ts';
import {
  EV_ADVERT,
  EV_ARRIVAL,
  EV_ATTACK,
  EV_CHECK,
  EV_COMPLETE,
  EV_DONE,
  EV_PROMOTE,
  EV_REACH,
  EV_SCRAPE,
  EV_TIMELINE,
  EV_VRRP_TIMER,
} from './codes.ts';
import { promote } from './database.ts';
import { complete, done, population, reach } from './flow.ts';
import { onCheck, startChecks } from './health.ts';
import type { SimModel } from './model.ts';
import { onScrape, startMonitoring } from './monitoring.ts';
import type { SimResult } from './result.ts';
import type { Scenario } from './scenario-schema.ts';
import { SimState } from './sim-state.ts';
import { resultOf } from './summarize.ts';
import { onTimeline, startTimeline } from './timeline.ts';
import { onAdvert, onVrrpTimer, startVrrp } from './vrrp.ts';

export interface SimOptions {
  /** Called for every event, in order (tests use it to watch the clock). */
  readonly observe?: (time: number, kind: number) => void;
}

/** Events other than a request's steps: timers, checks, failures (kept out of the hot loop's body). */
function other(s: SimState, kind: number, a: number, b: number, t: number): void {
  switch (kind) {
    case EV_CHECK:
      onCheck(s, a, t);
      break;
    case EV_ADVERT:
      onAdvert(s, a, b, t);
      break;
    case EV_VRRP_TIMER:
      onVrrpTimer(s, a, b, t);
      break;
    case EV_SCRAPE:
      onScrape(s, s.monitor, a, t);
      break;
    case EV_TIMELINE:
      onTimeline(s, a, t);
      break;
    case EV_PROMOTE:
      promote(s, a, b, t);
      break;
    case EV_ATTACK:
      onAttack(s, t, s.firewalls);
      break;
  }
}

interface LoopCounts {
  events: number;
  last: number;
  monotonic: boolean;
  pending: number;
}

/** The event loop: pops events in order and hands each to its handler until none is left. */
function loop(
  s: SimState,
  observe: ((time: number, kind: number) => void) | null,
  out: LoopCounts,
): void {
  const q = s.queue;
  const m = s.metrics;
  let events = 0;
  let last = 0;
  let monotonic = true;
  let pending = 0;
  while (q.pop()) {
    const t = q.time;
    pending += q.size;
    if (t >= m.binEnd) m.advance(t);
    if (t < last) monotonic = false;
    last = t;
    events += 1;
    s.now = t;
    if (observe !== null) observe(t, q.kind);
    switch (q.kind) {
      case EV_REACH:
        reach(s, q.a, q.b);
        break;
      case EV_DONE:
        done(s, q.a, q.b);
        break;
      case EV_ARRIVAL:
        arrival(s);
        break;
      case EV_COMPLETE:
        complete(s, q.b);
        break;
      default:
        other(s, q.kind, q.a, q.b, t);
    }
  }
  out.events = events;
  out.last = last;
  out.monotonic = monotonic;
  out.pending = pending;
}

/** Runs one simulation. The scenario must be parsed (`parseScenario`) so every default is filled in. */
export function simulate(model: SimModel, scenario: Scenario, options: SimOptions = {}): SimResult {
  const s = new SimState(model, scenario);
  startTimeline(s);
  startVrrp(s);
  startChecks(s);
  startMonitoring(s);
  startAttack(s);
  startArrivals(s);
  const counts: LoopCounts = { events: 0, last: 0, monotonic: true, pending: 0 };
  loop(s, options.observe ?? null, counts);
  const { events, last, monotonic, pending } = counts;
  const m = s.metrics;
  s.now = last;
  population(s, 0);
  const stats = {
    events,
    endTime: last,
    meanPending: events > 0 ? pending / events : 0,
    monotonic,
    meanInSystem: last > 0 ? m.area / last : 0,
    throughput: last > 0 ? m.ended / last : 0,
    meanTimeInSystem: m.ended > 0 ? m.sojournSum / m.ended : 0,
    created: s.req.created,
    ended: m.ended,
    inFlight: s.req.live,
  };
  return resultOf(s, stats);
}
