// The lesson simulation's form read into a scenario: a failure, a cut link, the traffic and the design's knobs.
import type { Failure } from '../engine/simulate/failure-schema.ts';
import type { Scenario } from '../engine/simulate/scenario-schema.ts';

export interface Choices {
  /** The unit killed, from `at` until `until` (null: stays down). */
  readonly kill: {
    readonly target: string;
    readonly at: number;
    readonly until: number | null;
  } | null;
  /** The drawn link cut (its two node ids), from `at` until `until`. */
  readonly cut: {
    readonly a: string;
    readonly b: string;
    readonly at: number;
    readonly until: number | null;
  } | null;
  /** The database an operator promotes to primary, and when. */
  readonly promote: { readonly target: string; readonly at: number } | null;
  readonly rate: number;
  readonly algorithm: Scenario['loadBalancer']['algorithm'] | null;
  /** Mean replication lag, seconds, or null to keep the scenario's. */
  readonly lag: number | null;
  /** QPS alert threshold, requests per second, or null when the design has no monitoring. */
  readonly threshold: number | null;
  readonly spike: boolean;
  readonly scan: boolean;
}

const ALGORITHMS = ['roundrobin', 'leastconn', 'source'] as const;
/** Scanning packets per second when the learner turns the port scan on. */
export const SCAN_RATE = 50;
/** The traffic spike: three times the rate, from 30 s for 10 s. */
export const SPIKE = { at: 30, duration: 10, factor: 3 } as const;

/** Reads the form's fields (`get` gives a field's value, or null when the form has none). */
export function readChoices(get: (name: string) => string | null, base: Scenario): Choices {
  const last = base.duration - 1;
  const num = (name: string): number | null => {
    const text = get(name)?.trim() ?? '';
    const n = Number(text);
    return text === '' || !Number.isFinite(n) ? null : n;
  };
  const time = (name: string, fallback: number): number =>
    Math.min(Math.max(num(name) ?? fallback, 0), last);
  const after = (name: string, from: number): number | null => {
    const t = num(name);
    return t === null || t <= from ? null : Math.min(t, base.duration);
  };
  const target = get('target') ?? '';
  const at = time('at', 20);
  const link = get('link') ?? '';
  const [a = '', b = ''] = link.split('|');
  const cutAt = time('cutAt', 20);
  const promote = get('promote') ?? '';
  const algorithm = ALGORITHMS.find((x) => x === get('algorithm')) ?? null;
  const lag = num('lag');
  const threshold = num('threshold');
  return {
    kill: target === '' ? null : { target, at, until: after('until', at) },
    cut: link === '' || b === '' ? null : { a, b, at: cutAt, until: after('healAt', cutAt) },
    promote: promote === '' ? null : { target: promote, at: time('promoteAt', 30) },
    rate: Math.min(Math.max(num('rate') ?? base.traffic.rate, 1), 100_000),
    algorithm,
    lag: lag !== null && lag > 0 ? lag : null,
    threshold: threshold !== null && threshold > 0 ? threshold : null,
    spike: get('spike') === 'on',
    scan: get('scan') === 'on',
  };
}

/** The scenario a run uses: the page's own, with the learner's choices applied. */
export function scenarioOf(base: Scenario, c: Choices): Scenario {
  const failures: Failure[] = [];
  if (c.kill) {
    const { target, at, until } = c.kill;
    failures.push(
      until === null ? { action: 'kill', at, target } : { action: 'kill', at, target, until },
    );
  }
  if (c.cut) {
    const { a, b, at, until } = c.cut;
    const cut = { action: 'partition' as const, at, target: a, peer: b };
    failures.push(until === null ? cut : { ...cut, until });
  }
  if (c.promote) failures.push({ action: 'promote', ...c.promote });
  const bursts = c.spike
    ? [{ at: SPIKE.at, duration: SPIKE.duration, rate: c.rate * (SPIKE.factor - 1) }]
    : [];
  return {
    ...base,
    traffic: { ...base.traffic, rate: c.rate, bursts },
    attack: c.scan ? { ...base.attack, rate: SCAN_RATE } : base.attack,
    loadBalancer:
      c.algorithm === null ? base.loadBalancer : { ...base.loadBalancer, algorithm: c.algorithm },
    database:
      c.lag === null
        ? base.database
        : { ...base.database, replicationLag: { kind: 'exponential', mean: c.lag } },
    failures,
  };
}
