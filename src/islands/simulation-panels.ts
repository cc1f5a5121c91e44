// The lesson simulation's extra result panels: requests per server as bars, stale reads, the QPS chart and alerts.
import type { SimModel } from '../engine/simulate/model.ts';
import type { SimResult } from '../engine/simulate/result.ts';
import type { Scenario } from '../engine/simulate/scenario-schema.ts';
import { timeChart } from './simulation-chart.ts';
import type { Choices } from './simulation-form.ts';
import {
  crossings,
  crossingText,
  serverLoads,
  staleText,
  webTierQps,
} from './simulation-results.ts';

function p(cls: string, text: string): HTMLParagraphElement {
  const el = document.createElement('p');
  el.className = cls;
  el.textContent = text;
  return el;
}

function span(cls: string, text = ''): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = cls;
  el.textContent = text;
  return el;
}

/** Requests per second per server behind the load balancer: a bar (decoration) and the number (the content). */
export function showLoads(
  holder: Element,
  model: SimModel,
  result: SimResult,
  duration: number,
  c: Choices,
): void {
  const loads = serverLoads(model, result, duration);
  const top = Math.max(1, ...loads.map((l) => l.rate));
  const list = document.createElement('ul');
  list.className = 'su-sim-bars';
  for (const l of loads) {
    const li = document.createElement('li');
    const bar = span('su-sim-load-bar');
    bar.setAttribute('aria-hidden', 'true');
    bar.style.width = `${((l.rate / top) * 100).toFixed(1)}%`;
    const track = span('su-sim-load-track');
    track.append(bar);
    li.append(
      span('su-sim-load-name', l.label),
      track,
      span('su-sim-load-value', `${l.rate.toFixed(1)} requests/s`),
    );
    list.append(li);
  }
  const algorithm = c.algorithm ?? 'roundrobin';
  holder.replaceChildren(
    p(
      'su-sim-caption',
      `Load per server with ${algorithm} (mean requests per second over the run):`,
    ),
    list,
  );
}

export function showStale(holder: Element, result: SimResult, c: Choices, base: Scenario): void {
  const lag = base.database.replicationLag;
  holder.textContent = staleText(result, c.lag ?? ('mean' in lag ? lag.mean : 0));
}

/** The web tier's QPS over time with the alert threshold, and when it was crossed. */
export function showQps(
  holder: Element,
  model: SimModel,
  result: SimResult,
  duration: number,
  threshold: number,
): void {
  const values = webTierQps(model, result, duration);
  const bin = result.series.bin;
  const high = Math.max(threshold, ...values);
  const yMax = Math.max(10, Math.ceil((high * 1.1) / 10) * 10);
  const lo = Math.round(Math.min(...values));
  const hi = Math.round(Math.max(...values));
  const words = crossingText(crossings(values, bin, threshold), threshold);
  const chart = timeChart({
    values,
    bin,
    duration,
    yMax,
    yTitle: 'requests/s',
    yTick: (v) => String(Math.round(v)),
    label: `Web tier QPS per ${bin} s: between ${lo} and ${hi} requests/s; alert threshold ${threshold} requests/s. ${words.join(' ')}`,
    kind: 'line',
    threshold,
  });
  const list = document.createElement('ul');
  list.className = 'su-sim-crossings';
  list.setAttribute('aria-label', 'Threshold crossings');
  for (const w of words) {
    const li = document.createElement('li');
    li.textContent = w;
    list.append(li);
  }
  holder.replaceChildren(
    p('su-sim-caption', `Requests per second reaching the web tier, with the alert threshold:`),
    chart,
    list,
  );
}
