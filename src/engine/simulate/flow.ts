// A request's way through the site: links, stations (workers, queue), forwarding, completion or failure.
import {
  C_FIREWALL,
  C_KILLED,
  C_NO_BACKEND,
  C_NODE_DOWN,
  C_OVERLOAD,
  C_TIMEOUT,
  C_UNREACHABLE,
  CAUSES,
  EV_COMPLETE,
  EV_DONE,
  EV_REACH,
  NEXT_BALANCE,
  NEXT_PROXY,
  NEXT_READ,
  NEXT_RESPOND,
  NEXT_WRITE,
} from './codes.ts';
import { dbServed, readFrom, writeTo } from './database.ts';
import type { SimState } from './sim-state.ts';

/** More links than any drawing has in a row: the request is going round in circles. */
const MAX_HOPS = 64;

// Hot path: these functions read the clock from `s.now` and schedule through `queue.at` + `schedule`, because a
// float passed to a call the JIT does not inline is boxed, which would allocate on every event.

/** Little's law bookkeeping: integrates the number of requests in the system over time. */
export function population(s: SimState, delta: number): void {
  const m = s.metrics;
  const t = s.now;
  m.area += m.inSystem * (t - m.lastChange);
  m.lastChange = t;
  m.inSystem += delta;
}

function release(s: SimState, r: number): void {
  const slot = s.req.lbSlot[r] as number;
  if (slot >= 0) s.lb.active[slot] = (s.lb.active[slot] as number) - 1;
  population(s, -1);
  const m = s.metrics;
  m.sojournSum += s.now - (s.req.start[r] as number);
  m.ended += 1;
  s.req.release(r);
}

/**
 * The request fails for `cause` at `node` (-1: at the client). The error is counted against the node that answers
 * it: the sender when the next node is down, unreachable, behind a closed firewall or dies while serving.
 */
export function fail(s: SimState, r: number, cause: number, node: number): void {
  const sender =
    cause === C_NODE_DOWN || cause === C_UNREACHABLE || cause === C_FIREWALL || cause === C_KILLED;
  s.metrics.fail(s.req.bin[r] as number, cause, sender ? (s.req.from[r] as number) : node);
  if (s.tracing && (s.req.serial[r] as number) < s.traceLimit)
    s.trace(r, node, `fails: ${CAUSES[cause] ?? '?'}`);
  release(s, r);
}

/** The response reaches the client: a success unless the client gave up first. */
export function complete(s: SimState, r: number): void {
  const latency = s.now - (s.req.start[r] as number);
  if (latency > s.timeout) {
    fail(s, r, C_TIMEOUT, -1);
    return;
  }
  const m = s.metrics;
  const b = s.req.bin[r] as number;
  const c = (s.req.cls[r] as number) * m.bins + b;
  m.classOk[c] = (m.classOk[c] as number) + 1;
  // The per-bin histogram keeps 3 of the 6 sub-octave bits: its bucket is the fine bucket shifted.
  const fine = m.latency.bucketOf(latency);
  m.latency.counts[fine] = (m.latency.counts[fine] as number) + 1;
  const coarse = b * m.binLatency.width + (fine >> 3);
  m.binLatency.counts[coarse] = (m.binLatency.counts[coarse] as number) + 1;
  m.latencySum += latency;
  if (s.tracing && (s.req.serial[r] as number) < s.traceLimit) s.trace(r, -1, 'response received');
  release(s, r);
}

/** The last node served the request: the response travels back the way it came. */
function respond(s: SimState, r: number): void {
  const back = s.req.back[r] as number;
  if (back === 0) complete(s, r);
  else {
    s.queue.at = s.now + back;
    s.queue.schedule(EV_COMPLETE, 0, r);
  }
}

/** Sends a request along a link, after its `hold` time (processing, handshakes) if any. */
export function send(s: SimState, r: number, link: number): void {
  const links = s.links;
  const req = s.req;
  const to = links.to[link] as number;
  req.from[r] = links.from[link] as number;
  const hops = (req.hops[r] as number) + 1;
  req.hops[r] = hops;
  if (links.broken[link] === 1 || hops > MAX_HOPS) {
    fail(s, r, C_UNREACHABLE, to);
    return;
  }
  const fw = links.blocked[link] as number;
  if (fw > 0) {
    fail(s, r, C_FIREWALL, fw - 1);
    return;
  }
  const first = links.viaStart[link] as number;
  const end = first + (links.viaCount[link] as number);
  for (let i = first; i < end; i += 1) s.metrics.arrive(links.via[i] as number);
  const latency = links.latency[link] as number;
  req.back[r] = (req.back[r] as number) + latency;
  const hold = req.hold[r] as number;
  if (hold !== 0) req.hold[r] = 0;
  if (latency + hold === 0) reach(s, to, r);
  else {
    s.queue.at = s.now + hold + latency;
    s.queue.schedule(EV_REACH, to, r);
  }
}

function startService(s: SimState, node: number, r: number): void {
  const slot = s.serviceSlot[node * 3 + (s.req.cls[r] as number)] as number;
  s.busy[node] = (s.busy[node] as number) + 1;
  s.req.epoch[r] = s.epoch[node] as number;
  s.queue.at = s.now + s.dists.sample(slot, s.service) * (s.slowness[node] as number);
  s.queue.schedule(EV_DONE, node, r);
}

export function reach(s: SimState, node: number, r: number): void {
  s.metrics.arrive(node);
  if (s.tracing && (s.req.serial[r] as number) < s.traceLimit) s.trace(r, node, 'arrives');
  if (s.alive[node] === 0) {
    fail(s, r, C_NODE_DOWN, node);
    return;
  }
  if ((s.serviceSlot[node * 3 + (s.req.cls[r] as number)] as number) < 0) {
    forward(s, node, r);
    return;
  }
  s.req.reached[r] = s.now;
  if ((s.busy[node] as number) < (s.workers[node] as number)) startService(s, node, r);
  else {
    const q = s.queues[node];
    if (q !== undefined && q.length < (s.queueLimit[node] as number)) {
      q.push(r);
      if (s.tracing && (s.req.serial[r] as number) < s.traceLimit)
        s.trace(r, node, `waits (${q.length} in queue)`);
    } else fail(s, r, C_OVERLOAD, node);
  }
}

export function done(s: SimState, node: number, r: number): void {
  if (s.req.epoch[r] !== s.epoch[node]) {
    // The node died while serving it (its workers were reset then).
    fail(s, r, C_KILLED, node);
    return;
  }
  s.busy[node] = (s.busy[node] as number) - 1;
  const m = s.metrics;
  m.nodeBusySum[node] = (m.nodeBusySum[node] as number) + s.now - (s.req.reached[r] as number);
  m.nodeServed[node] = (m.nodeServed[node] as number) + 1;
  if (s.tracing && (s.req.serial[r] as number) < s.traceLimit) s.trace(r, node, 'served');
  if ((s.db.groupOfNode[node] as number) >= 0) dbServed(s, node, r);
  forward(s, node, r);
  const q = s.queues[node];
  if (q === undefined) return;
  while (q.length > 0 && s.busy[node] < (s.workers[node] as number)) {
    const w = q.shift();
    if (s.now - (s.req.start[w] as number) > s.timeout) fail(s, w, C_TIMEOUT, node);
    else startService(s, node, w);
  }
}

function balance(s: SimState, node: number, r: number): void {
  const lb = s.lb;
  let slot = lb.choose(node, s.req.client[r] as number, -1);
  if (slot < 0) {
    fail(s, r, C_NO_BACKEND, node);
    return;
  }
  if (
    s.redispatch &&
    (s.alive[lb.target[slot] as number] === 0 || s.links.broken[lb.link[slot] as number] === 1)
  ) {
    const other = lb.choose(node, s.req.client[r] as number, slot);
    if (other >= 0) slot = other;
  }
  const held = s.req.lbSlot[r] as number;
  if (held >= 0) lb.active[held] = (lb.active[held] as number) - 1;
  s.req.lbSlot[r] = slot;
  lb.active[slot] = (lb.active[slot] as number) + 1;
  s.req.hold[r] = s.lbDelay;
  send(s, r, lb.link[slot] as number);
}

/** After a node's work: respond, or pass the request on as its class requires. */
export function forward(s: SimState, node: number, r: number): void {
  switch (s.next[node * 3 + (s.req.cls[r] as number)]) {
    case NEXT_BALANCE:
      balance(s, node, r);
      return;
    case NEXT_PROXY: {
      const slot = s.proxies.pick(node, s, s.alive, s.links.broken, null);
      if (slot < 0) fail(s, r, C_NO_BACKEND, node);
      else send(s, r, s.proxies.link[slot] as number);
      return;
    }
    case NEXT_READ:
      readFrom(s, node, r);
      return;
    case NEXT_WRITE:
      writeTo(s, node, r);
      return;
    case NEXT_RESPOND:
    default:
      respond(s, r);
  }
}

/** A node dies: requests waiting in its queue fail now; those in service fail when their service would end. */
export function dropQueue(s: SimState, node: number): void {
  const waiting: number[] = [];
  s.queues[node]?.drain(waiting);
  for (const r of waiting) fail(s, r, C_KILLED, node);
}
