// The live simulation under a lesson diagram: the model and default scenario as JSON, and the controls as HTML.
import type { IngestResult } from '../engine/ingest/ingest.ts';
import { xmlText } from '../engine/render/svg-text.ts';
import { designModel } from '../engine/simulate/design.ts';
import type { SimModel } from '../engine/simulate/model.ts';
import { parseScenario, type Scenario } from '../engine/simulate/scenario-schema.ts';

/** Seconds of traffic a lesson simulation runs. */
export const LESSON_SECONDS = 60;
/** Roles a learner may fail from the lesson (clients and plain hops are not offered). */
const FAILABLE = new Set(['dns', 'firewall', 'lb', 'web', 'app', 'db', 'monitor']);

export interface SimulationData {
  readonly model: SimModel;
  readonly scenario: Scenario;
}

export function simulationData(ingest: IngestResult): SimulationData {
  return {
    model: designModel(ingest).model,
    scenario: parseScenario({ duration: LESSON_SECONDS }),
  };
}

/** JSON that can sit inside a <script> element: no "<" can close it. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The units a learner can fail, as [name, label]. */
export function failChoices(model: SimModel): [string, string][] {
  return model.units
    .filter((u) => u.nodes.some((n) => FAILABLE.has(model.nodes[n]?.role ?? '')))
    .map((u) => [u.name, u.label]);
}

/** The <su-simulation> element: works without its script only as a description of what it would do. */
export function simulationHtml(data: SimulationData, id: string, title: string): string {
  const options = failChoices(data.model)
    .map(([name, label]) => `<option value="${xmlText(name)}">${xmlText(label)}</option>`)
    .join('');
  const name = `${id}-sim`;
  return [
    `<su-simulation class="su-sim" aria-labelledby="${name}-title">`,
    `<script type="application/json">${scriptJson(data)}</script>`,
    `<p class="su-sim-title" id="${name}-title">Simulate: ${xmlText(title)}</p>`,
    `<form class="su-sim-controls">`,
    `<label>Fail <select name="target"><option value="">nothing</option>${options}</select></label>`,
    `<label>at <input name="at" type="number" min="0" max="${LESSON_SECONDS - 1}" step="1" value="20" inputmode="numeric" /> s</label>`,
    `<button type="submit">Run ${LESSON_SECONDS} s of traffic</button>`,
    `</form>`,
    `<p class="su-sim-summary" role="status" aria-live="polite">This simulation runs in your browser with JavaScript: ${LESSON_SECONDS} s of traffic at ${data.scenario.traffic.rate} requests per second through the design above.</p>`,
    `<div class="su-sim-chart"></div>`,
    `<ol class="su-sim-events" aria-label="What happened"></ol>`,
    `</su-simulation>`,
  ].join('');
}
