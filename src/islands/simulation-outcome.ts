// What a lesson run shows, in plain words: the failure, who took over and when, how many requests failed meanwhile.
import { firstEvent } from '../engine/simulate/sim-event.ts';
import type { SimResult } from '../engine/simulate/result.ts';
import type { Choices } from './simulation-form.ts';

const seconds = (t: number): string => `${Number(t.toFixed(1))} s`;
const percent = (x: number): string => `${(x * 100).toFixed(x === 0 ? 0 : 2)} %`;
const count = (n: number): string => n.toLocaleString('en');

/** Share of the requests that started in [from, to) that failed. */
export function failedBetween(result: SimResult, from: number, to: number): number {
  const { time, requests, failed } = result.series;
  let all = 0;
  let bad = 0;
  time.forEach((t, i) => {
    if (t + result.series.bin <= from || t >= to) return;
    all += requests[i] ?? 0;
    bad += failed[i] ?? 0;
  });
  return all === 0 ? 0 : bad / all;
}

function afterKill(result: SimResult, at: number, balancer: boolean): string[] {
  const ev = result.events;
  const out: string[] = [];
  const moved = firstEvent(ev, 'vip-moved');
  if (moved)
    out.push(
      `The virtual IP moved from ${moved.event.from} to ${moved.event.to} at ${seconds(moved.t)}; ${percent(failedBetween(result, at, moved.t))} of requests failed meanwhile.`,
    );
  const back = firstEvent(ev, 'vip-preempted');
  if (back)
    out.push(
      `Back up, ${back.event.by} took the virtual IP back from ${back.event.from} at ${seconds(back.t)} (preemption).`,
    );
  const checked = firstEvent(ev, 'server-down');
  if (checked) {
    const { server, checks, appDown } = checked.event;
    const why = appDown ? ': GET /health failed because its application is down' : '';
    out.push(
      `HAProxy's health checks took ${server} out of the pool at ${seconds(checked.t)} (${checks} failed checks${why}); ${percent(failedBetween(result, at, checked.t))} of requests failed meanwhile.`,
    );
  }
  const empty = firstEvent(ev, 'pool-empty');
  if (empty)
    out.push(`${empty.event.balancer} has no server left: every request gets an error 503.`);
  const promoted = firstEvent(ev, 'replica-promoted');
  if (promoted)
    out.push(
      `${promoted.event.node} was promoted to primary at ${seconds(promoted.t)}: writes failed until then.`,
    );
  const writesDown = firstEvent(ev, 'primary-down');
  if (
    writesDown?.event.takeover === 'operator' &&
    !promoted &&
    !firstEvent(ev, 'operator-promoted')
  )
    out.push(
      `${writesDown.event.node}, the primary, is down and nothing promotes a replica on its own: every write fails until it returns or an operator promotes one; reads go on.`,
    );
  if (firstEvent(ev, 'no-replica'))
    out.push('No live replica can be promoted: writes keep failing.');
  if (out.length === 0 && balancer)
    out.push(
      'No other load balancer takes over: it is a single point of failure, and requests fail while it is down.',
    );
  return out;
}

function afterCut(result: SimResult): string[] {
  const brain = firstEvent(result.events, 'split-brain');
  if (!brain) return [];
  const { node, peer } = brain.event;
  return [
    `Split brain: ${node} hears no heartbeats from ${peer} and also claims the virtual IP at ${seconds(brain.t)}, so both load balancers claim the virtual IP. The simulator lets both keep serving; on a real network the router's ARP table flips between them and connections reset at random.`,
  ];
}

function afterPromote(result: SimResult): string[] {
  const done = firstEvent(result.events, 'operator-promoted');
  if (done) {
    const { node, demoted } = done.event;
    const what =
      demoted === null ? 'writes succeed again' : `writes go to it, ${demoted} becomes its replica`;
    return [`An operator promoted ${node} to primary at ${seconds(done.t)}: ${what}.`];
  }
  const refused = firstEvent(result.events, 'promotion-refused');
  return refused
    ? [`Promoting ${refused.event.target} changed nothing: ${refused.event.why}.`]
    : [];
}

function load(result: SimResult, rate: number): string[] {
  const s = result.summary;
  const dropped = s.errors.overload;
  const late = s.errors.timeout;
  const p99 = Number.isFinite(s.p99) ? `${Math.round(s.p99 * 1000)} ms` : 'unknown';
  if (dropped > 0 || late > 0)
    return [
      `At ${rate} requests/s the servers cannot keep up: queues fill, ${count(dropped)} requests were dropped (overload), ${count(late)} timed out, and the p99 latency reached ${p99}.`,
    ];
  if (s.p99 > 1)
    return [`At ${rate} requests/s requests queue up: the p99 latency reached ${p99}.`];
  return [];
}

/** The outcome in sentences; `cutLabel` names the cut link ("A ↔ B"), `isBalancer` whether the killed part balances. */
export function outcomeLines(
  result: SimResult,
  c: Choices,
  cutLabel: string,
  isBalancer: boolean,
): string[] {
  const out: string[] = [];
  if (c.kill) {
    const back = c.kill.until === null ? '' : ` and restarted at ${seconds(c.kill.until)}`;
    out.push(
      `${c.kill.target} failed at ${seconds(c.kill.at)}${back} (drawn dashed and marked down on the diagram).`,
    );
    out.push(...afterKill(result, c.kill.at, isBalancer));
  }
  if (c.cut) {
    const back = c.cut.until === null ? '' : ` and restored at ${seconds(c.cut.until)}`;
    out.push(
      `The link ${cutLabel} was cut at ${seconds(c.cut.at)}${back} (drawn dashed and marked cut on the diagram).`,
    );
    out.push(...afterCut(result));
  }
  if (c.promote) out.push(...afterPromote(result));
  out.push(...load(result, c.rate));
  if (c.scan) {
    const { sent, dropped, reached } = result.summary.attack;
    out.push(
      `Port scan: the firewalls dropped ${count(dropped)} of ${count(sent)} scanning packets; ${count(reached)} reached a server.`,
    );
  }
  return out;
}
