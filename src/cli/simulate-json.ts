// The JSON of `scaleup simulate --json` (times in seconds, latencies in milliseconds), chaos entries with --chaos.
import type { DesignRun } from '../engine/simulate/design.ts';

const ms = (seconds: number | null): number | null =>
  seconds === null || !Number.isFinite(seconds) ? null : Math.round(seconds * 1e5) / 100;
const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

export function simulateJson(file: string, run: DesignRun): unknown {
  const { result, scenario, diagram, chaos } = run;
  const s = result.summary;
  const series = result.series;
  return {
    file,
    diagram: { index: diagram.index, kind: diagram.kind, nodes: run.model.nodes.length },
    scenario: {
      seed: scenario.seed,
      seconds: scenario.duration,
      rate: scenario.traffic.rate,
      failures: scenario.failures,
    },
    summary: {
      requests: s.requests,
      succeeded: s.succeeded,
      failed: s.failed,
      availability: round(s.availability, 6),
      p50: ms(s.p50),
      p99: ms(s.p99),
      p95: ms(s.p95),
      mean: ms(s.mean),
      latencyUnit: 'ms',
      errors: Object.fromEntries(Object.entries(s.errors).filter(([, n]) => n > 0)),
      byClass: s.byClass,
      replicaReads: s.replicaReads,
      staleReads: s.staleReads,
      attack: s.attack,
    },
    events: result.events.map((e) => ({ t: round(e.t, 3), text: e.text })),
    series: {
      bin: series.bin,
      time: series.time,
      requests: series.requests,
      succeeded: series.succeeded,
      failed: series.failed,
      availability: series.availability.map((a) => (a === null ? null : round(a, 6))),
      p50: series.p50.map(ms),
      p95: series.p95.map(ms),
      p99: series.p99.map(ms),
      errors: series.errors,
      byClass: series.byClass,
      qps: series.qps,
      staleReads: series.staleReads,
    },
    tls: { mode: result.tls, hops: result.hops },
    notes: result.notes,
    ...(result.traces.length > 0
      ? {
          traces: result.traces.map((t) => ({
            request: t.request,
            steps: t.steps.map((x) => ({ ...x, t: round(x.t, 6) })),
          })),
        }
      : {}),
    ...(chaos === null
      ? {}
      : {
          chaos: chaos.entries.map((e) => ({
            ...e,
            availability: round(e.availability, 6),
            overall: round(e.overall, 6),
          })),
          spofs: chaos.spofs,
        }),
  };
}
