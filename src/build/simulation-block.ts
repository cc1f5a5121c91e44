// The live simulation under a lesson diagram: the model and default scenario as JSON, and the controls as HTML.
import type { IngestResult } from '../engine/ingest/ingest.ts';
import { xmlText } from '../engine/render/svg-text.ts';
import { designModel } from '../engine/simulate/design.ts';
import type { SimModel } from '../engine/simulate/model.ts';
import { parseScenario, type Scenario } from '../engine/simulate/scenario-schema.ts';
import { controlsHtml } from './simulation-controls-html.ts';
import { simulationControls } from './simulation-controls.ts';

export { failChoices } from './simulation-controls.ts';

/** Seconds of traffic a lesson simulation runs. */
export const LESSON_SECONDS = 60;
/**
 * Workers of a lesson's web server: with 20 ms of application work per dynamic request, one server serves about
 * a thousand requests per second, so the traffic slider can push a small design into overload.
 */
export const LESSON_WEB_WORKERS = 16;

export interface SimulationData {
  readonly model: SimModel;
  readonly scenario: Scenario;
}

export function simulationData(ingest: IngestResult): SimulationData {
  return {
    model: designModel(ingest).model,
    scenario: parseScenario({
      duration: LESSON_SECONDS,
      webServer: { workers: LESSON_WEB_WORKERS },
    }),
  };
}

/** JSON that can sit inside a <script> element: no "<" can close it. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The <su-simulation> element: works without its script only as a description of what it would do. */
export function simulationHtml(data: SimulationData, id: string, title: string): string {
  const controls = simulationControls(data.model);
  const name = `${id}-sim`;
  const rate = data.scenario.traffic.rate;
  const part = (on: boolean, html: string): string => (on ? html : '');
  return [
    `<su-simulation class="su-sim" aria-labelledby="${name}-title">`,
    `<script type="application/json">${scriptJson(data)}</script>`,
    `<p class="su-sim-title" id="${name}-title">Simulate: ${xmlText(title)}</p>`,
    controlsHtml(controls, name, rate, LESSON_SECONDS - 1),
    `<p class="su-sim-summary" role="status" aria-live="polite">This simulation runs in your browser with JavaScript: ${LESSON_SECONDS} s of traffic at ${rate} requests per second through the design above.</p>`,
    `<div class="su-sim-chart"></div>`,
    part(controls.balancer, `<div class="su-sim-load"></div>`),
    part(controls.replica, `<p class="su-sim-stale"></p>`),
    part(controls.monitoring, `<div class="su-sim-qps"></div>`),
    `<ol class="su-sim-events" aria-label="What happened"></ol>`,
    `</su-simulation>`,
  ].join('');
}
