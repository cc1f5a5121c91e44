// Turns a finished run's counters into its result: summary, series, traces, statistics.
import { CAUSES, CLASSES, type Cause, type RequestClass } from './codes.ts';
import type { ClassSummary, RunStats, SimResult, SimSeries, SimSummary } from './result.ts';
import type { SimState } from './sim-state.ts';
import { hopsOf } from './tls.ts';

const sum = (a: Float64Array, from = 0, to = a.length): number => {
  let x = 0;
  for (let i = from; i < to; i += 1) x += a[i] as number;
  return x;
};

const orNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** Per bin, summed over request classes (or causes). */
function perBin(a: Float64Array, bins: number): Float64Array {
  const out = new Float64Array(bins);
  for (let i = 0; i < a.length; i += 1)
    out[i % bins] = (out[i % bins] as number) + (a[i] as number);
  return out;
}

function summary(s: SimState): SimSummary {
  const m = s.metrics;
  const requests = sum(m.classStarted);
  const succeeded = sum(m.classOk);
  const errors = Object.fromEntries(
    CAUSES.map((c, i) => [c, sum(m.causes, i * m.bins, (i + 1) * m.bins)]),
  ) as Record<Cause, number>;
  const byClass = Object.fromEntries(
    CLASSES.map((c, i): [RequestClass, ClassSummary] => {
      const req = sum(m.classStarted, i * m.bins, (i + 1) * m.bins);
      const ok = sum(m.classOk, i * m.bins, (i + 1) * m.bins);
      return [c, { requests: req, succeeded: ok, failed: req - ok }];
    }),
  ) as Record<RequestClass, ClassSummary>;
  return {
    requests,
    succeeded,
    failed: sum(m.causes),
    availability: requests === 0 ? 1 : succeeded / requests,
    mean: succeeded === 0 ? Number.NaN : m.latencySum / succeeded,
    p50: m.latency.quantile(0.5),
    p95: m.latency.quantile(0.95),
    p99: m.latency.quantile(0.99),
    errors,
    byClass,
    replicaReads: m.replicaReads,
    staleReads: m.staleReads,
    attack: { sent: m.attackSent, dropped: m.attackDropped, reached: m.attackReached },
  };
}

function series(s: SimState): SimSeries {
  const m = s.metrics;
  const bins = Array.from({ length: m.bins }, (_, b) => b);
  const slice = (a: Float64Array, k: number): number[] =>
    Array.from(a.subarray(k * m.bins, (k + 1) * m.bins));
  const errors: Partial<Record<Cause, number[]>> = {};
  CAUSES.forEach((c, i) => {
    const row = slice(m.causes, i);
    if (row.some((x) => x > 0)) errors[c] = row;
  });
  const qps: Record<string, number[]> = {};
  // Every server behind a balancer has a row, idle or not, so per-server load can be compared.
  const balanced = new Set(s.model.backends.flatMap((list) => list.map((r) => r.target)));
  s.model.nodes.forEach((n, i) => {
    const row = slice(m.nodeQps, i);
    if (balanced.has(i) || row.some((x) => x > 0)) qps[n.id] = row.map((x) => x / m.bin);
  });
  const row = (i: number) => ({
    requests: slice(m.classStarted, i),
    succeeded: slice(m.classOk, i),
  });
  const byClass: SimSeries['byClass'] = { static: row(0), read: row(1), write: row(2) };
  const started = perBin(m.classStarted, m.bins);
  const ok = perBin(m.classOk, m.bins);
  return {
    bin: m.bin,
    time: bins.map((b) => b * m.bin),
    requests: Array.from(started),
    succeeded: Array.from(ok),
    failed: Array.from(perBin(m.causes, m.bins)),
    availability: bins.map((b) =>
      (started[b] as number) > 0 ? (ok[b] as number) / (started[b] as number) : null,
    ),
    p50: bins.map((b) => orNull(m.binLatency.quantile(0.5, b))),
    p95: bins.map((b) => orNull(m.binLatency.quantile(0.95, b))),
    p99: bins.map((b) => orNull(m.binLatency.quantile(0.99, b))),
    errors,
    byClass,
    qps,
    staleReads: Array.from(m.stale),
  };
}

export function resultOf(s: SimState, stats: RunStats): SimResult {
  return {
    summary: summary(s),
    series: series(s),
    events: s.log,
    tls: s.tls,
    hops: hopsOf(s.model, s.tls),
    traces: [...s.traces]
      .sort((a, b) => a[0] - b[0])
      .map(([request, steps]) => ({ request, steps })),
    stats,
    notes: s.model.notes,
  };
}
