// What a lesson run shows, in plain words: the failure, who took over and when, how many requests failed meanwhile.
import type { LogLine } from '../engine/simulate/sim-state.ts';
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

const find = (events: readonly LogLine[], re: RegExp): [LogLine, RegExpExecArray] | null => {
  for (const e of events) {
    const m = re.exec(e.text);
    if (m) return [e, m];
  }
  return null;
};

function afterKill(result: SimResult, at: number, balancer: boolean): string[] {
  const ev = result.events;
  const out: string[] = [];
  const moved = find(ev, /^(\S+) missed \d+ advertisements from (\S+); \S+ takes the virtual IP$/);
  if (moved) {
    const [e, m] = moved;
    out.push(
      `The virtual IP moved from ${m[2] ?? ''} to ${m[1] ?? ''} at ${seconds(e.t)}; ${percent(failedBetween(result, at, e.t))} of requests failed meanwhile.`,
    );
  }
  const back = find(ev, /^(\S+) \(priority \d+\) preempts (\S+) and takes the virtual IP back$/);
  if (back)
    out.push(
      `Back up, ${back[1][1] ?? ''} took the virtual IP back from ${back[1][2] ?? ''} at ${seconds(back[0].t)} (preemption).`,
    );
  const checked = find(
    ev,
    /^(\S+) marks (\S+) DOWN after (\d+) failed checks( \(GET \/health fails)?/,
  );
  if (checked) {
    const [e, m] = checked;
    out.push(
      `HAProxy's health checks took ${m[2] ?? ''} out of the pool at ${seconds(e.t)} (${m[3] ?? ''} failed checks${m[4] === undefined ? '' : ': GET /health failed because its application is down'}); ${percent(failedBetween(result, at, e.t))} of requests failed meanwhile.`,
    );
  }
  const empty = find(ev, /^(\S+) has no server UP/);
  if (empty) out.push(`${empty[1][1] ?? ''} has no server left: every request gets an error 503.`);
  const promoted = find(ev, /^(\S+) is promoted to primary/);
  if (promoted)
    out.push(
      `${promoted[1][1] ?? ''} was promoted to primary at ${seconds(promoted[0].t)}: writes failed until then.`,
    );
  const writesDown = find(
    ev,
    /^(\S+) \(primary\) is down: writes fail until it returns or an operator/,
  );
  if (writesDown && !promoted && !find(ev, /^an operator promotes/))
    out.push(
      `${writesDown[1][1] ?? ''}, the primary, is down and nothing promotes a replica on its own: every write fails until it returns or an operator promotes one; reads go on.`,
    );
  const stuck = find(ev, /^no live replica to promote/);
  if (stuck) out.push('No live replica can be promoted: writes keep failing.');
  if (out.length === 0 && balancer)
    out.push(
      'No other load balancer takes over: it is a single point of failure, and requests fail while it is down.',
    );
  return out;
}

function afterCut(result: SimResult): string[] {
  const brain = find(
    result.events,
    /^(\S+) hears nothing across the partition and also claims the virtual IP \(split brain with (\S+)\)$/,
  );
  if (!brain) return [];
  const [e, m] = brain;
  return [
    `Split brain: ${m[1] ?? ''} hears no heartbeats from ${m[2] ?? ''} and also claims the virtual IP at ${seconds(e.t)}, so both load balancers claim the virtual IP. The simulator lets both keep serving; on a real network the router's ARP table flips between them and connections reset at random.`,
  ];
}

function afterPromote(result: SimResult): string[] {
  const done = find(result.events, /^an operator promotes (\S+) to primary: (.*)$/);
  if (done)
    return [
      `An operator promoted ${done[1][1] ?? ''} to primary at ${seconds(done[0].t)}: ${done[1][2] ?? ''}.`,
    ];
  const refused = find(
    result.events,
    /^an operator tries to promote (\S+) to primary, but nothing happens: (.*)$/,
  );
  return refused
    ? [`Promoting ${refused[1][1] ?? ''} changed nothing: ${refused[1][2] ?? ''}.`]
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
