// Monitoring: agents scrape components and ship to the service, which alerts on thresholds, dead targets, silent agents.
import { EV_SCRAPE } from './codes.ts';
import type { SimState } from './sim-state.ts';

export class MonitorRuntime {
  /** Per node: the counters at the previous scrape. */
  readonly arrivals: Float64Array;
  readonly errors: Float64Array;
  readonly busy: Float64Array;
  readonly served: Float64Array;
  /** Per agent: the last time its metrics reached the service. */
  readonly shipped: Float64Array;
  readonly firing = new Set<string>();
  readonly cut = new Set<number>();

  constructor(nodes: number, agents: number) {
    this.arrivals = new Float64Array(nodes);
    this.errors = new Float64Array(nodes);
    this.busy = new Float64Array(nodes);
    this.served = new Float64Array(nodes);
    this.shipped = new Float64Array(agents);
  }
}

export function startMonitoring(s: SimState): void {
  const n = s.model.agents.length;
  const every = s.sc.monitoring.scrapeInterval;
  for (let a = 0; a < n; a += 1) s.queue.push((every * (a + 1)) / (n + 1), EV_SCRAPE, a, 0);
}

/** Fires or resolves one alert; `what` names it ("W1 error rate"), `detail` says why it fires. */
function alert(
  s: SimState,
  mon: MonitorRuntime,
  t: number,
  key: string,
  on: boolean,
  what: string,
  detail = '',
): void {
  if (on === mon.firing.has(key)) return;
  if (on) mon.firing.add(key);
  else mon.firing.delete(key);
  s.say(t, on ? `alert: ${what}${detail}` : `resolved: ${what}`);
}

export function onScrape(s: SimState, mon: MonitorRuntime, a: number, t: number): void {
  const agent = s.model.agents[a];
  if (agent === undefined || t > s.end) return;
  const every = s.sc.monitoring.scrapeInterval;
  s.queue.push(t + every, EV_SCRAPE, a, 0);
  const service = agent.service;
  const serviceUp = service >= 0 && s.alive[service] === 1;
  const name = s.name(agent.node);
  if (s.alive[agent.node] === 0) {
    if (serviceUp)
      alert(
        s,
        mon,
        t,
        `silent:${a}`,
        t - (mon.shipped[a] as number) > 2 * every,
        `no data from ${name}`,
        ` for ${2 * every} s`,
      );
    return;
  }
  const deliver = serviceUp && !agent.keys.some((k) => s.partitions.has(k));
  if (!deliver && service >= 0) {
    if (!mon.cut.has(a)) s.say(t, `${name} cannot ship metrics to ${s.name(service)}`);
    mon.cut.add(a);
  } else mon.cut.delete(a);
  if (deliver) {
    mon.shipped[a] = t;
    alert(s, mon, t, `silent:${a}`, false, `no data from ${name}`);
  }
  const m = s.metrics;
  const limits = s.sc.monitoring.alerts;
  for (const n of agent.targets) {
    const arrivals = (m.nodeArrivals[n] as number) - (mon.arrivals[n] as number);
    const errors = (m.nodeErrors[n] as number) - (mon.errors[n] as number);
    const served = (m.nodeServed[n] as number) - (mon.served[n] as number);
    const busy = (m.nodeBusySum[n] as number) - (mon.busy[n] as number);
    mon.arrivals[n] = m.nodeArrivals[n] as number;
    mon.errors[n] = m.nodeErrors[n] as number;
    mon.served[n] = m.nodeServed[n] as number;
    mon.busy[n] = m.nodeBusySum[n] as number;
    if (!deliver) continue;
    const target = s.name(n);
    const qps = arrivals / every;
    const rate = arrivals > 0 ? errors / arrivals : 0;
    const latency = served > 0 ? busy / served : 0;
    alert(
      s,
      mon,
      t,
      `down:${n}`,
      s.alive[n] === 0,
      `${target} is down`,
      ` (${name}'s scrape gets no answer)`,
    );
    if (limits.qps !== null)
      alert(
        s,
        mon,
        t,
        `qps:${n}`,
        qps > limits.qps,
        `${target} QPS`,
        ` ${qps.toFixed(0)} above ${limits.qps}`,
      );
    if (limits.errorRate !== null) {
      const detail = ` ${(rate * 100).toFixed(1)}% above ${(limits.errorRate * 100).toFixed(1)}%`;
      alert(s, mon, t, `errors:${n}`, rate > limits.errorRate, `${target} error rate`, detail);
    }
    if (limits.latency !== null) {
      const detail = ` ${(latency * 1000).toFixed(0)} ms above ${(limits.latency * 1000).toFixed(0)} ms`;
      alert(s, mon, t, `latency:${n}`, latency > limits.latency, `${target} latency`, detail);
    }
  }
}
