// The lesson simulation's form as HTML: native labelled controls, only those the design's model calls for.
import { xmlText } from '../engine/render/svg-text.ts';
import type { SimulationControls } from './simulation-controls.ts';

/** Traffic slider range, requests per second. */
export const RATE_MIN = 50;
export const RATE_MAX = 3000;
export const RATE_STEP = 50;
/** Mean replication lags offered, seconds (the first is the simulator's default). */
export const LAGS: readonly number[] = [0.1, 1, 5, 30];
/** Default QPS alert threshold, requests per second. */
export const DEFAULT_THRESHOLD = 300;
export const ALGORITHMS: readonly [string, string][] = [
  ['roundrobin', 'roundrobin (take turns)'],
  ['leastconn', 'leastconn (least busy server)'],
  ['source', 'source (hash of the client address)'],
];

const options = (choices: readonly (readonly [string, string])[]): string =>
  choices.map(([v, label]) => `<option value="${xmlText(v)}">${xmlText(label)}</option>`).join('');

function seconds(name: string, label: string, value: string, last: number, hint = ''): string {
  const attrs = `name="${name}" type="number" min="0" max="${last}" step="0.5" inputmode="decimal"`;
  return `<label>${label} <input ${attrs} value="${value}"${hint} /> s</label>`;
}

function failure(c: SimulationControls, last: number): string {
  return [
    `<fieldset><legend>Fail a part</legend>`,
    `<label>Fail <select name="target"><option value="">nothing</option>${options(c.fail)}</select></label>`,
    seconds('at', 'at', '20', last),
    seconds('until', 'restart at (empty: stays down)', '', last),
    `</fieldset>`,
  ].join('');
}

function link(c: SimulationControls, last: number): string {
  if (c.links.length === 0) return '';
  return [
    `<fieldset><legend>Cut a link</legend>`,
    `<label>Cut <select name="link"><option value="">no link</option>${options(c.links)}</select></label>`,
    seconds('cutAt', 'at', '20', last),
    seconds('healAt', 'restore at (empty: stays cut)', '', last),
    `</fieldset>`,
  ].join('');
}

function traffic(c: SimulationControls, id: string, rate: number): string {
  const range = `id="${id}-rate" name="rate" type="range" min="${RATE_MIN}" max="${RATE_MAX}" step="${RATE_STEP}" value="${rate}"`;
  const parts = [
    `<fieldset><legend>Traffic and settings</legend>`,
    `<span class="su-sim-range"><label for="${id}-rate">Traffic</label> <input ${range} aria-valuetext="${rate} requests per second" /> `,
    `<output name="rateValue" for="${id}-rate">${rate} requests/s</output></span>`,
  ];
  if (c.balancer)
    parts.push(
      `<label>Load-balancing algorithm <select name="algorithm">${options(ALGORITHMS)}</select></label>`,
    );
  if (c.replica)
    parts.push(
      `<label>Replication lag (mean) <select name="lag">${options(LAGS.map((l) => [String(l), `${l} s`]))}</select></label>`,
    );
  if (c.monitoring)
    parts.push(
      `<label>QPS alert threshold <input name="threshold" type="number" min="10" max="100000" step="10" value="${DEFAULT_THRESHOLD}" inputmode="numeric" /> requests/s</label>`,
      `<label><input name="spike" type="checkbox" value="on" /> traffic spike: three times the rate from 30 s to 40 s</label>`,
    );
  if (c.firewall)
    parts.push(
      `<label><input name="scan" type="checkbox" value="on" /> port scan from the internet (50 packets/s)</label>`,
    );
  parts.push(`</fieldset>`);
  return parts.join('');
}

/** Manual failover: an operator promotes a replica (the lessons' way; nothing promotes on its own). */
function promotion(c: SimulationControls, last: number): string {
  if (c.promotable.length === 0) return '';
  return [
    `<fieldset><legend>Promote a replica (manual failover)</legend>`,
    `<label>Promote <select name="promote"><option value="">no one</option>${options(c.promotable)}</select></label>`,
    seconds('promoteAt', 'to primary at', '30', last),
    `</fieldset>`,
  ].join('');
}

/** The <form> of a lesson simulation; `id` prefixes element ids, `last` is the last second of the run. */
export function controlsHtml(
  c: SimulationControls,
  id: string,
  rate: number,
  last: number,
): string {
  return [
    `<form class="su-sim-controls">`,
    failure(c, last),
    link(c, last),
    promotion(c, last),
    traffic(c, id, rate),
    `<button type="submit">Run ${last + 1} s of traffic</button>`,
    `</form>`,
  ].join('');
}
