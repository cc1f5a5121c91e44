// The terminal report of `scaleup simulate`: summary, event log, plaintext hops, small charts, chaos table.
import type { DesignRun } from '../engine/simulate/design.ts';
import type { TlsMode } from '../engine/simulate/tls.ts';
import { sparkline } from './simulate-chart.ts';
import { safe } from './terminal-text.ts';

const MAX_EVENTS = 200;
const WIDTH = 60;
const int = (n: number) => n.toLocaleString('en');
const pct = (x: number | null) =>
  x === null || !Number.isFinite(x) ? '-' : `${(x * 100).toFixed(2)} %`;
const msText = (s: number) => (Number.isFinite(s) ? `${(s * 1000).toFixed(1)} ms` : '-');

const TLS: Readonly<Record<TlsMode, string>> = {
  none: 'no TLS: every hop is plaintext',
  terminate: 'TLS terminated at the load balancer',
  reencrypt: 'TLS terminated at the load balancer and re-encrypted to the servers',
  passthrough: 'TLS passed through the load balancer to the servers',
};

function summary(run: DesignRun): string[] {
  const s = run.result.summary;
  const errors = Object.entries(s.errors)
    .filter(([, n]) => n > 0)
    .map(([c, n]) => `${c} ${int(n)}`);
  const classes = Object.entries(s.byClass)
    .filter(([, c]) => c.requests > 0)
    .map(([k, c]) => `${k} ${pct(c.succeeded / c.requests)}`);
  const out = [
    'Summary',
    `  requests      ${int(s.requests)}`,
    `  succeeded     ${int(s.succeeded)} (availability ${pct(s.availability)})`,
    `  failed        ${int(s.failed)}${errors.length > 0 ? `: ${errors.join(', ')}` : ''}`,
    `  by class      ${classes.join(', ')}`,
    `  latency       p50 ${msText(s.p50)}, p95 ${msText(s.p95)}, p99 ${msText(s.p99)} (successful requests)`,
  ];
  if (s.replicaReads > 0)
    out.push(`  stale reads   ${int(s.staleReads)} of ${int(s.replicaReads)} reads from replicas`);
  if (s.attack.sent > 0)
    out.push(
      `  scans         ${int(s.attack.sent)} sent, ${int(s.attack.dropped)} dropped by firewalls, ${int(s.attack.reached)} reached the entry`,
    );
  return out;
}

function charts(run: DesignRun): string[] {
  const { series } = run.result;
  const end = series.time.length * series.bin;
  const out = [`Charts (0 to ${end.toFixed(0)} s, ${Math.min(WIDTH, series.time.length)} columns)`];
  const row = (name: string, line: string, note: string) =>
    out.push(`  ${safe(name, 14).padEnd(14)} ${line}  ${note}`);
  row(
    'availability',
    sparkline(series.availability, WIDTH, 0, 1),
    `min ${pct(Math.min(...series.availability.filter((a): a is number => a !== null)))}`,
  );
  const p99 = series.p99.filter((v): v is number => v !== null);
  if (p99.length > 0)
    row('p99 latency', sparkline(series.p99, WIDTH), `max ${msText(Math.max(...p99))}`);
  for (const node of run.model.nodes) {
    const qps = series.qps[node.id];
    if (qps === undefined || !['lb', 'web', 'app', 'db'].includes(node.role)) continue;
    row(`QPS ${node.id}`, sparkline(qps, WIDTH), `max ${Math.max(...qps).toFixed(0)}/s`);
  }
  return out;
}

function chaosTable(run: DesignRun): string[] {
  const c = run.chaos;
  if (c === null) return [];
  const out = [
    '',
    `Chaos: each single failure at ${c.at.toFixed(1)} s; availability of requests started from ${c.from.toFixed(1)} s (baseline ${pct(c.baseline)})`,
    `  ${'failed'.padEnd(16)} ${'kind'.padEnd(5)} ${'availability'.padStart(12)} ${'static'.padStart(9)} ${'read'.padStart(9)} ${'write'.padStart(9)}  causes`,
  ];
  for (const e of c.entries) {
    const cls = (['static', 'read', 'write'] as const)
      .map((k) => pct(e.byClass[k]).padStart(9))
      .join(' ');
    out.push(
      `  ${safe(e.target, 16).padEnd(16)} ${e.kind.padEnd(5)} ${pct(e.availability).padStart(12)} ${cls}  ${e.breaks ? 'BREAKS' : 'ok'}${e.causes.length > 0 ? ` (${e.causes.join(', ')})` : ''}`,
    );
  }
  out.push(
    c.spofs.length > 0
      ? `  single points of failure: ${c.spofs.map((x) => safe(x, 30)).join(', ')}`
      : '  no single failure breaks availability',
  );
  return out;
}

function traces(run: DesignRun): string[] {
  const list = run.result.traces;
  if (list.length === 0) return [];
  const out = ['', `Traces (first ${list.length} requests)`];
  for (const trace of list) {
    const steps = trace.steps.map(
      (x) => `${(x.t * 1000).toFixed(1)} ms ${safe(x.node, 24)} ${x.what}`,
    );
    out.push(`  #${trace.request}: ${steps.join(' -> ')}`);
  }
  return out;
}

export function simulateText(file: string, run: DesignRun): string {
  const { result, scenario, diagram, model } = run;
  const out = [
    `Simulation of ${safe(file, 200)}`,
    `  diagram #${diagram.index + 1} (${diagram.kind}), ${model.nodes.length} nodes; ${scenario.duration} s at ${scenario.traffic.rate} requests/s, seed ${scenario.seed}`,
    `  ${TLS[result.tls]}`,
    ...result.notes.map((n) => `  assumed: ${safe(n, 160)}`),
    '',
    ...summary(run),
    '',
    `Events (${result.events.length})`,
    ...result.events
      .slice(0, MAX_EVENTS)
      .map((e) => `  ${e.t.toFixed(1).padStart(7)} s  ${safe(e.text, 160)}`),
  ];
  if (result.events.length > MAX_EVENTS)
    out.push(`  ... and ${result.events.length - MAX_EVENTS} more (--json lists them all)`);
  if (result.events.length === 0) out.push('  nothing happened: no failure, no alert');
  const plain = result.hops
    .filter((h) => !h.encrypted && h.stage !== 'metrics')
    .map((h) => `${safe(h.from, 24)} -> ${safe(h.to, 24)}`);
  out.push(
    '',
    `Plaintext hops (${plain.length} of ${result.hops.length})`,
    ...(plain.length > 0 ? [`  ${plain.join(', ')}`] : ['  none: every hop is encrypted']),
  );
  out.push('', ...charts(run), ...traces(run), ...chaosTable(run));
  return `${out.join('\n')}\n`;
}
