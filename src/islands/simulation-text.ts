// What the lesson simulation says after a run: the summary sentence, the event lines, the chart's description.
import type { SimResult } from '../engine/simulate/result.ts';

const percent = (x: number): string => `${(x * 100).toFixed(x === 1 || x === 0 ? 0 : 2)} %`;
const ms = (seconds: number): string =>
  Number.isFinite(seconds) ? `${Math.round(seconds * 1000)} ms` : 'none';
const count = (n: number): string => n.toLocaleString('en');

/** "Availability 95.23 %: 11,316 of 11,883 requests succeeded; p50 52 ms, p99 138 ms. Failed: node-down 567." */
export function summaryText(result: SimResult): string {
  const s = result.summary;
  const failed = Object.entries(s.errors)
    .filter(([, n]) => n > 0)
    .map(([cause, n]) => `${cause} ${count(n)}`)
    .join(', ');
  return (
    `Availability ${percent(s.availability)}: ${count(s.succeeded)} of ${count(s.requests)} requests succeeded; ` +
    `latency p50 ${ms(s.p50)}, p99 ${ms(s.p99)}.` +
    (failed === '' ? ' No request failed.' : ` Failed: ${failed}.`)
  );
}

/** The narrated events, "20.0 s: LB1 fails". */
export function eventLines(result: SimResult): string[] {
  return result.events.map((e) => `${e.t.toFixed(1)} s: ${e.text}`);
}

/** The availability chart in words: where it dipped, or that it stayed whole. */
export function chartText(result: SimResult): string {
  const { availability, time, bin } = result.series;
  const low: number[] = [];
  availability.forEach((a, i) => {
    if (a !== null && a < 0.99) low.push(i);
  });
  if (low.length === 0) return `Availability per ${bin} s: at least 99 % all the way.`;
  const first = low[0] ?? 0;
  const last = low[low.length - 1] ?? 0;
  const worst = Math.min(...low.map((i) => availability[i] ?? 1));
  const from = time[first] ?? 0;
  const to = (time[last] ?? 0) + bin;
  return `Availability per ${bin} s: below 99 % from ${from} s to ${to} s, lowest ${percent(worst)}; at least 99 % elsewhere.`;
}
