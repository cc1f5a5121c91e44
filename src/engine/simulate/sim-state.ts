// Everything a run changes, in flat arrays: the clock's queue, requests, nodes, links, balancers, pairs, databases.
import { LbTable } from './balancer.ts';
import { EntryTable } from './clients.ts';
import { DbRuntime } from './database.ts';
import { DistributionTable } from './distributions.ts';
import { EventQueue } from './event-queue.ts';
import { blockedLinks, firewallRules } from './firewall.ts';
import { LinkRuntime } from './link-table.ts';
import { Metrics } from './metrics.ts';
import type { SimModel } from './model.ts';
import { MonitorRuntime } from './monitoring.ts';
import { PoolTable } from './pool-table.ts';
import { Prng } from './prng.ts';
import { IntRing, RequestPool } from './requests.ts';
import type { FirewallRule, Scenario } from './scenario-schema.ts';
import { stations } from './stations.ts';
import type { SimEvent } from './sim-event.ts';
import { resolveTimeline, type TimedFailure } from './timeline.ts';
import { tlsMode, type TlsMode } from './tls.ts';
import { VrrpRuntime } from './vrrp.ts';

export interface LogLine {
  readonly t: number;
  readonly text: string;
  /** What the line means, for the lines a run's explanation needs. */
  readonly event?: SimEvent;
}

export interface TraceStep {
  readonly t: number;
  readonly node: string;
  readonly what: string;
}

export class SimState {
  readonly model: SimModel;
  readonly sc: Scenario;
  readonly queue = new EventQueue(4096);
  readonly req = new RequestPool(1024);
  readonly metrics: Metrics;
  readonly dists: DistributionTable;
  /** Separate streams, so a change in one place does not shift the random numbers of another. */
  readonly arrivals: Prng;
  readonly service: Prng;
  readonly misc: Prng;
  readonly end: number;
  readonly timeout: number;
  readonly tls: TlsMode;
  /** Time a load balancer adds per request (processing, re-encryption). */
  readonly lbDelay: number;
  readonly serviceSlot: Int32Array;
  readonly next: Int8Array;
  readonly workers: Int32Array;
  readonly queueLimit: Int32Array;
  /** Service time multiplier: 1 / speed, times any overload factor. */
  readonly slowness: Float64Array;
  readonly baseSlowness: Float64Array;
  readonly busy: Int32Array;
  readonly epoch: Int32Array;
  /** How many failed units cover each node; alive when 0. */
  readonly downCount: Int32Array;
  readonly alive: Uint8Array;
  readonly queues: IntRing[];
  readonly links: LinkRuntime;
  readonly lb: LbTable;
  readonly proxies: PoolTable;
  readonly db: DbRuntime;
  readonly vrrp: VrrpRuntime;
  readonly entry: EntryTable;
  readonly timeline: readonly TimedFailure[];
  readonly unitDown: Uint8Array;
  readonly partitions = new Set<string>();
  readonly log: LogLine[] = [];
  readonly traces = new Map<number, TraceStep[]>();
  readonly traceLimit: number;
  /** True when some requests are traced (saves a lookup per step otherwise). */
  readonly tracing: boolean;
  readonly monitor: MonitorRuntime;
  readonly firewalls: Map<number, FirewallRule[]>;
  /** The simulated clock, seconds. */
  now = 0;
  readonly redispatch: boolean;

  constructor(model: SimModel, sc: Scenario) {
    this.model = model;
    this.sc = sc;
    this.end = sc.duration;
    this.timeout = sc.traffic.timeout;
    this.redispatch = sc.loadBalancer.redispatch;
    this.arrivals = new Prng(sc.seed, 1);
    this.service = new Prng(sc.seed, 2);
    this.misc = new Prng(sc.seed, 3);
    const n = model.nodes.length;
    this.metrics = new Metrics(sc.duration, n, sc.bin);
    const st = stations(model, sc);
    this.dists = new DistributionTable([...st.dists, sc.database.replicationLag]);
    this.serviceSlot = st.service;
    this.next = st.next;
    this.workers = st.workers;
    this.queueLimit = st.queueLimit;
    this.slowness = st.slowness;
    this.baseSlowness = st.slowness.slice();
    this.busy = new Int32Array(n);
    this.epoch = new Int32Array(n);
    this.downCount = new Int32Array(n);
    this.alive = new Uint8Array(n).fill(1);
    this.queues = model.nodes.map(() => new IntRing());
    this.tls = tlsMode(model, sc);
    this.lbDelay =
      sc.loadBalancer.processing + (this.tls === 'reencrypt' ? sc.tls.reencryptCpu : 0);
    this.links = new LinkRuntime(model, sc);
    this.lb = new LbTable(model.backends, sc.loadBalancer.algorithm);
    this.proxies = new PoolTable(model.apps);
    this.db = new DbRuntime(model, sc.traffic.keys, st.dists.length);
    this.vrrp = new VrrpRuntime(model, sc);
    this.entry = new EntryTable(model, sc, this.vrrp, this.tls);
    this.timeline = resolveTimeline(model, sc.failures);
    this.unitDown = new Uint8Array(model.units.length);
    this.traceLimit = sc.trace;
    this.tracing = sc.trace > 0;
    this.monitor = new MonitorRuntime(n, model.agents.length);
    this.firewalls = firewallRules(model, sc, this.tls);
    this.links.blocked.set(blockedLinks(model, this.firewalls, this.tls));
  }

  /** Adds a line to the event log, with its meaning as data when code needs it. */
  say(t: number, text: string, event?: SimEvent): void {
    this.log.push(event === undefined ? { t, text } : { t, text, event });
  }

  name(node: number): string {
    return this.model.nodes[node]?.id ?? '?';
  }

  trace(r: number, node: number, what: string): void {
    const t = this.now;
    const serial = this.req.serial[r] as number;
    let steps = this.traces.get(serial);
    if (!steps) {
      steps = [];
      this.traces.set(serial, steps);
    }
    steps.push({ t, node: node < 0 ? 'client' : this.name(node), what });
  }
}
