// Chaos report: one run per single failure (a node, or a host and all it runs) to find the single points of failure.
import type { Cause, RequestClass } from './codes.ts';
import { CAUSES, CLASSES } from './codes.ts';
import type { FailUnit, SimModel } from './model.ts';
import type { SimSeries } from './result.ts';
import type { Scenario } from './scenario-schema.ts';
import { simulate } from './simulator.ts';

export interface ChaosOptions {
  /** When the failure happens, seconds (default: a quarter of the run, at most 10 s). */
  readonly at?: number;
  /** Time allowed for health checks and failover before availability is measured (default 10 s). */
  readonly settle?: number;
  /** Availability below which a failure breaks the design (default 0.99). */
  readonly threshold?: number;
}

export interface ChaosEntry {
  /** The unit failed: a node id, or a host id. */
  readonly target: string;
  readonly label: string;
  readonly kind: FailUnit['kind'];
  /** Node ids it takes down. */
  readonly nodes: readonly string[];
  /** Availability of requests started after the failure settled, and per request class. */
  readonly availability: number;
  readonly byClass: Readonly<Record<RequestClass, number | null>>;
  /** Availability over the whole run (the failover's own cost included). */
  readonly overall: number;
  readonly breaks: boolean;
  /** Causes of the failures after settling, most frequent first. */
  readonly causes: readonly Cause[];
}

export interface ChaosReport {
  readonly at: number;
  readonly from: number;
  readonly baseline: number;
  readonly entries: readonly ChaosEntry[];
  /** Targets whose failure breaks availability: the single points of failure. */
  readonly spofs: readonly string[];
}

function shareFrom(
  series: SimSeries,
  from: number,
  pick: (i: number) => [number, number],
): number | null {
  let requests = 0;
  let ok = 0;
  series.time.forEach((t, i) => {
    if (t < from) return;
    const [r, o] = pick(i);
    requests += r;
    ok += o;
  });
  return requests === 0 ? null : ok / requests;
}

/** Runs the scenario (its own failures left out) once as a baseline and once per single failure. */
export function chaosReport(
  model: SimModel,
  scenario: Scenario,
  options: ChaosOptions = {},
): ChaosReport {
  const at = options.at ?? Math.min(10, scenario.duration / 4);
  // Measured from the failure plus the settling time, or over the last quarter of a short run.
  const from = Math.min(at + (options.settle ?? 10), Math.max(at, scenario.duration * 0.75));
  const threshold = options.threshold ?? 0.99;
  const base = simulate(model, { ...scenario, failures: [], trace: 0 });
  const total = (s: SimSeries) =>
    shareFrom(s, from, (i) => [s.requests[i] ?? 0, s.succeeded[i] ?? 0]);
  const entries = model.units
    .filter((u) => u.kind !== 'cluster')
    .map((unit): ChaosEntry => {
      const r = simulate(model, {
        ...scenario,
        trace: 0,
        failures: [{ action: 'kill', at, target: unit.name }],
      });
      const s = r.series;
      const availability = total(s) ?? r.summary.availability;
      const byClass = Object.fromEntries(
        CLASSES.map((c) => [
          c,
          shareFrom(s, from, (i) => [
            s.byClass[c].requests[i] ?? 0,
            s.byClass[c].succeeded[i] ?? 0,
          ]),
        ]),
      ) as Record<RequestClass, number | null>;
      const after = (row: readonly number[] | undefined) =>
        (row ?? []).reduce((a, x, i) => a + ((s.time[i] ?? 0) >= from ? x : 0), 0);
      const counts = CAUSES.map((c) => [c, after(s.errors[c])] as const);
      return {
        target: unit.name,
        label: unit.label,
        kind: unit.kind,
        nodes: unit.nodes.map((n) => model.nodes[n]?.id ?? '?'),
        availability,
        byClass,
        overall: r.summary.availability,
        breaks: availability < threshold,
        causes: counts
          .filter(([, n]) => n > 0)
          .sort((a, b) => b[1] - a[1])
          .map(([c]) => c),
      };
    });
  return {
    at,
    from,
    baseline: total(base.series) ?? 1,
    entries,
    spofs: entries.filter((e) => e.breaks).map((e) => e.target),
  };
}
