// Counters the run keeps: per time bin (requests, outcomes, causes, latency), per node (QPS), Little's law area.
import { CAUSES } from './codes.ts';
import { LogHistogram } from './histogram.ts';

const MAX_BINS = 600;
const FINE_BITS = 6;

export class Metrics {
  readonly bin: number;
  readonly bins: number;
  readonly nodes: number;
  /** Stale reads by the bin their request started in. */
  readonly stale: Float64Array;
  /** [class * bins + bin]: requests by the bin they started in, and those that succeeded. */
  readonly classStarted: Float64Array;
  readonly classOk: Float64Array;
  /** [cause * bins + bin]. */
  readonly causes: Float64Array;
  /** [node * bins + bin]: requests reaching the node in that bin. */
  readonly nodeQps: Float64Array;
  /** Cumulative per node, read by monitoring agents. */
  readonly nodeArrivals: Float64Array;
  readonly nodeErrors: Float64Array;
  readonly nodeBusySum: Float64Array;
  readonly nodeServed: Float64Array;
  readonly latency = new LogHistogram(FINE_BITS);
  readonly binLatency: LogHistogram;
  latencySum = 0;
  replicaReads = 0;
  staleReads = 0;
  inSystem = 0;
  area = 0;
  /** Sum over ended requests of their time in the system, and how many ended. */
  sojournSum = 0;
  ended = 0;
  lastChange = 0;
  attackSent = 0;
  attackDropped = 0;
  attackReached = 0;
  /** The bin of the clock's current time, and where it ends (kept up by the loop through `advance`). */
  bin0 = 0;
  binEnd: number;

  constructor(duration: number, nodes: number, bin: number | undefined) {
    this.bin = bin ?? Math.max(1, duration / MAX_BINS);
    this.bins = Math.max(1, Math.ceil(duration / this.bin - 1e-9));
    this.nodes = nodes;
    const b = this.bins;
    this.stale = new Float64Array(b);
    this.classStarted = new Float64Array(3 * b);
    this.classOk = new Float64Array(3 * b);
    this.causes = new Float64Array(CAUSES.length * b);
    this.nodeQps = new Float64Array(nodes * b);
    this.nodeArrivals = new Float64Array(nodes);
    this.nodeErrors = new Float64Array(nodes);
    this.nodeBusySum = new Float64Array(nodes);
    this.nodeServed = new Float64Array(nodes);
    this.binLatency = new LogHistogram(FINE_BITS - 3, b);
    this.binEnd = this.bins === 1 ? Infinity : this.bin;
  }

  /** The clock reached `t` (at or past `binEnd`). */
  advance(t: number): void {
    this.bin0 = this.binOf(t);
    this.binEnd = this.bin0 === this.bins - 1 ? Infinity : (this.bin0 + 1) * this.bin;
  }

  binOf(t: number): number {
    const i = Math.floor(t / this.bin);
    return i < this.bins ? (i < 0 ? 0 : i) : this.bins - 1;
  }

  /** A request reaches a node now. */
  arrive(node: number): void {
    const i = node * this.bins + this.bin0;
    this.nodeQps[i] = (this.nodeQps[i] as number) + 1;
    this.nodeArrivals[node] = (this.nodeArrivals[node] as number) + 1;
  }

  /** A request that started in time bin `bin` failed for `cause` at `node` (-1: no node). */
  fail(bin: number, cause: number, node: number): void {
    const c = cause * this.bins + bin;
    this.causes[c] = (this.causes[c] as number) + 1;
    if (node >= 0) this.nodeErrors[node] = (this.nodeErrors[node] as number) + 1;
  }
}
