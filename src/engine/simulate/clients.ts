// Clients: Poisson arrivals (with bursts), the request mix, DNS lookups with caching, TLS handshakes, the entry.
import { C_DNS, C_UNREACHABLE, EV_ARRIVAL } from './codes.ts';
import { lnUnit } from './det-math.ts';
import { fail, population, send } from './flow.ts';
import type { SimModel } from './model.ts';
import type { Scenario } from './scenario-schema.ts';
import type { SimState } from './sim-state.ts';
import type { TlsMode } from './tls.ts';
import type { VrrpRuntime } from './vrrp.ts';

export class EntryTable {
  /** Per alternative: a virtual IP (>= 0) or -1, with the node and link used when it is not a virtual IP. */
  readonly altVip: Int32Array;
  readonly altNode: Int32Array;
  readonly altLink: Int32Array;
  /** Per node: the clients' link to it when it is a pair member. */
  readonly memberLink: Int32Array;
  readonly dns: Int32Array;
  /** Per client: when its cached DNS answer expires. */
  readonly dnsUntil: Float64Array;
  /** Piecewise-constant arrival rate: rate[i] holds from times[i] to times[i + 1]. */
  readonly times: Float64Array;
  readonly rates: Float64Array;
  readonly staticShare: number;
  readonly readShare: number;
  readonly clients: number;
  readonly keys: number;
  /** Time a full TLS handshake adds (0 without TLS), and the share of requests that need one. */
  readonly handshake: number;
  readonly newSessions: number;
  readonly dnsLatency: number;
  readonly dnsTtl: number;

  constructor(model: SimModel, sc: Scenario, vrrp: VrrpRuntime, tls: TlsMode) {
    const vip: number[] = [];
    const node: number[] = [];
    const link: number[] = [];
    this.memberLink = new Int32Array(model.nodes.length).fill(-1);
    for (const e of model.entries) {
      if (e.kind === 'node') {
        vip.push(-1);
        node.push(e.node);
        link.push(e.link);
        continue;
      }
      const g = model.vrrp[e.group];
      g?.members.forEach((m, i) => (this.memberLink[m] = g.clientLinks[i] ?? -1));
      for (let v = 0; v < (vrrp.vipCount[e.group] as number); v += 1) {
        vip.push((vrrp.vipStart[e.group] as number) + v);
        node.push(-1);
        link.push(-1);
      }
    }
    this.altVip = new Int32Array(vip);
    this.altNode = new Int32Array(node);
    this.altLink = new Int32Array(link);
    this.dns = new Int32Array(model.nodes.filter((n) => n.role === 'dns').map((n) => n.index));
    this.dnsUntil = new Float64Array(sc.traffic.clients).fill(-1);
    const cuts = [
      ...new Set([0, ...sc.traffic.bursts.flatMap((b) => [b.at, b.at + b.duration])]),
    ].sort((a, b) => a - b);
    this.times = new Float64Array([...cuts, Infinity]);
    this.rates = new Float64Array(
      cuts.map(
        (c) =>
          sc.traffic.rate +
          sc.traffic.bursts.reduce(
            (sum, b) => sum + (c >= b.at && c < b.at + b.duration ? b.rate : 0),
            0,
          ),
      ),
    );
    const { static: st, read, write } = sc.traffic.mix;
    const total = st + read + write;
    this.staticShare = st / total;
    this.readShare = (st + read) / total;
    this.clients = sc.traffic.clients;
    this.keys = sc.traffic.keys;
    this.handshake =
      tls === 'none' ? 0 : sc.tls.handshakeRtts * 2 * sc.network.client + sc.tls.handshakeCpu;
    this.newSessions = sc.tls.newSessions;
    this.dnsLatency = sc.dns.latency;
    this.dnsTtl = sc.dns.ttl;
  }
}

/**
 * Schedules the next arrival after the clock's time, from the piecewise Poisson process (memoryless: a draw
 * crossing a rate change restarts there). Nothing is scheduled past the end of the run.
 */
function scheduleArrival(s: SimState): void {
  const e = s.entry;
  let i = 0;
  while ((e.times[i + 1] as number) <= s.now) i += 1;
  let now = s.now;
  for (;;) {
    const rate = e.rates[i] as number;
    const until = e.times[i + 1] as number;
    if (rate > 0) {
      const next = now - lnUnit(s.arrivals.nextUint32() + 1) / rate;
      if (next < until) {
        if (next < s.end) {
          s.queue.at = next;
          s.queue.schedule(EV_ARRIVAL, 0, 0);
        }
        return;
      }
    }
    if (until >= s.end) return;
    now = until;
    i += 1;
  }
}

export function startArrivals(s: SimState): void {
  scheduleArrival(s);
}

/** A client with no cached answer asks a DNS server: false (the request failed) when none is up. */
function lookup(s: SimState, r: number, client: number): boolean {
  const e = s.entry;
  for (let i = 0; i < e.dns.length; i += 1) {
    if (s.alive[e.dns[i] as number] === 1) {
      s.req.hold[r] = (s.req.hold[r] as number) + e.dnsLatency;
      e.dnsUntil[client] = s.now + e.dnsTtl;
      return true;
    }
  }
  fail(s, r, C_DNS, e.dns[0] as number);
  return false;
}

export function arrival(s: SimState): void {
  scheduleArrival(s);
  const t = s.now;
  const e = s.entry;
  const req = s.req;
  const rng = s.arrivals;
  const m = s.metrics;
  const r = req.alloc();
  const u = rng.next();
  const client = rng.int(e.clients);
  const cls = u < e.staticShare ? 0 : u < e.readShare ? 1 : 2;
  const bin = m.bin0;
  req.start[r] = t;
  req.bin[r] = bin;
  req.cls[r] = cls;
  req.client[r] = client;
  req.key[r] = rng.int(e.keys);
  req.back[r] = 0;
  req.hold[r] = 0;
  req.hops[r] = 0;
  req.from[r] = -1;
  req.lbSlot[r] = -1;
  const cb = cls * m.bins + bin;
  m.classStarted[cb] = (m.classStarted[cb] as number) + 1;
  population(s, 1);
  if (e.handshake > 0 && rng.next() < e.newSessions) req.hold[r] = e.handshake;
  if (e.dns.length > 0 && (e.dnsUntil[client] as number) <= t && !lookup(s, r, client)) return;
  const alts = e.altVip.length;
  const alt = alts === 1 ? 0 : (Math.imul(client + 1, 0x85ebca6b) >>> 0) % alts;
  const vip = e.altVip[alt] as number;
  if (vip < 0) {
    send(s, r, e.altLink[alt] as number);
    return;
  }
  const owner = s.vrrp.owner[vip] as number;
  const link = owner >= 0 ? (e.memberLink[owner] as number) : -1;
  if (link < 0) fail(s, r, C_UNREACHABLE, -1);
  else send(s, r, link);
}
