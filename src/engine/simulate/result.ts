// What a run produces: a summary, metric time series, the event log, per-hop encryption and request traces.
import type { Cause, RequestClass } from './codes.ts';
import type { LogLine, TraceStep } from './sim-state.ts';
import type { Hop, TlsMode } from './tls.ts';

export interface ClassSummary {
  readonly requests: number;
  readonly succeeded: number;
  readonly failed: number;
}

export interface SimSummary {
  readonly requests: number;
  readonly succeeded: number;
  readonly failed: number;
  /** Succeeded / requests (1 when there were none). */
  readonly availability: number;
  /** Latency of successful requests, seconds (NaN when none succeeded). */
  readonly mean: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly errors: Readonly<Record<Cause, number>>;
  readonly byClass: Readonly<Record<RequestClass, ClassSummary>>;
  readonly replicaReads: number;
  readonly staleReads: number;
  readonly attack: { readonly sent: number; readonly dropped: number; readonly reached: number };
}

export interface SimSeries {
  /** Bin width, seconds; `time` holds each bin's start. */
  readonly bin: number;
  readonly time: readonly number[];
  /** By the bin a request started in. */
  readonly requests: readonly number[];
  readonly succeeded: readonly number[];
  readonly failed: readonly number[];
  readonly availability: readonly (number | null)[];
  readonly p50: readonly (number | null)[];
  readonly p95: readonly (number | null)[];
  readonly p99: readonly (number | null)[];
  readonly errors: Readonly<Partial<Record<Cause, readonly number[]>>>;
  readonly byClass: Readonly<
    Record<
      RequestClass,
      { readonly requests: readonly number[]; readonly succeeded: readonly number[] }
    >
  >;
  /** Requests per second reaching each node, by node id: every server behind a balancer, and any other that saw one. */
  readonly qps: Readonly<Record<string, readonly number[]>>;
  readonly staleReads: readonly number[];
}

export interface RunStats {
  /** Events processed by the loop. */
  readonly events: number;
  /** Simulated time of the last event, seconds. */
  readonly endTime: number;
  /** Mean number of events waiting in the queue (the heap's size). */
  readonly meanPending: number;
  /** False if an event ever came before the previous one (never expected). */
  readonly monotonic: boolean;
  /** Time-average number of requests in the system, throughput (requests/s), mean time in system (s). */
  readonly meanInSystem: number;
  readonly throughput: number;
  readonly meanTimeInSystem: number;
  /** Requests created, requests that ended (succeeded or failed), still in flight at the end. */
  readonly created: number;
  readonly ended: number;
  readonly inFlight: number;
}

export interface SimResult {
  readonly summary: SimSummary;
  readonly series: SimSeries;
  readonly events: readonly LogLine[];
  readonly tls: TlsMode;
  readonly hops: readonly Hop[];
  /** Step-by-step traces of the first `scenario.trace` requests, by request number. */
  readonly traces: readonly { readonly request: number; readonly steps: readonly TraceStep[] }[];
  readonly stats: RunStats;
  readonly notes: readonly string[];
}
