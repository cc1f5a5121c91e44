// <su-simulation>: runs the engine's simulator on a lesson design in the browser, with what the learner picks.
// Nothing moves on its own (no animation to pause or reduce): a run happens when the learner submits the form.
import { linkChoices } from '../build/simulation-controls.ts';
import type { SimModel } from '../engine/simulate/model.ts';
import type { Scenario } from '../engine/simulate/scenario-schema.ts';
import { simulate } from '../engine/simulate/simulator.ts';
import type { SimResult } from '../engine/simulate/result.ts';
import { timeChart } from './simulation-chart.ts';
import { readChoices, scenarioOf, type Choices } from './simulation-form.ts';
import { diagramBefore, highlight } from './simulation-highlight.ts';
import { outcomeLines } from './simulation-outcome.ts';
import { showLoads, showQps, showStale } from './simulation-panels.ts';
import { chartText, eventLines, summaryText } from './simulation-text.ts';

interface SimulationData {
  readonly model: SimModel;
  readonly scenario: Scenario;
}

function availabilityChart(result: SimResult, duration: number): SVGSVGElement {
  return timeChart({
    values: result.series.availability.map((a) => (a === null ? null : a * 100)),
    bin: result.series.bin,
    duration,
    yMax: 100,
    yTitle: 'availability (%)',
    yTick: (v) => `${v} %`,
    label: chartText(result),
    kind: 'bars',
    low: (v) => v < 99,
  });
}

/** Diagram ids of the nodes a kill takes down (a host takes all its components). */
function downIds(model: SimModel, c: Choices): string[] {
  const unit = model.units.find((u) => u.name === c.kill?.target);
  return [...new Set(unit?.nodes.map((n) => model.nodes[n]?.source ?? '') ?? [])];
}

class SuSimulation extends HTMLElement {
  private data: SimulationData | null = null;

  connectedCallback(): void {
    const json = this.querySelector('script[type="application/json"]')?.textContent ?? '';
    const form = this.querySelector('form');
    const status = this.querySelector('.su-sim-summary');
    if (!form || !status || json === '') return;
    this.data = JSON.parse(json) as SimulationData;
    status.textContent = 'Pick a failure (or none), set the traffic and run it.';
    const range = form.querySelector<HTMLInputElement>('input[name="rate"]');
    const output = form.querySelector('output');
    range?.addEventListener('input', () => {
      if (output) output.textContent = `${range.value} requests/s`;
      range.setAttribute('aria-valuetext', `${range.value} requests per second`);
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.run(form, status);
    });
  }

  private run(form: HTMLFormElement, status: Element): void {
    const data = this.data;
    if (!data) return;
    const fields = new FormData(form);
    const get = (name: string): string | null => {
      const v = fields.get(name);
      return typeof v === 'string' ? v : null;
    };
    const choices = readChoices(get, data.scenario);
    const duration = data.scenario.duration;
    try {
      const result = simulate(data.model, scenarioOf(data.scenario, choices));
      const cutKey = choices.cut ? `${choices.cut.a}|${choices.cut.b}` : '';
      const cutLabel = linkChoices(data.model).find(([k]) => k === cutKey)?.[1] ?? cutKey;
      const unit = data.model.units.find((u) => u.name === choices.kill?.target);
      const isBalancer = unit?.nodes.some((n) => data.model.nodes[n]?.role === 'lb') ?? false;
      const words = outcomeLines(result, choices, cutLabel, isBalancer);
      status.textContent = [...words, summaryText(result)].join(' ');
      this.querySelector('.su-sim-chart')?.replaceChildren(availabilityChart(result, duration));
      const load = this.querySelector('.su-sim-load');
      if (load) showLoads(load, data.model, result, duration, choices);
      const stale = this.querySelector('.su-sim-stale');
      if (stale) showStale(stale, result, choices, data.scenario);
      const qps = this.querySelector('.su-sim-qps');
      if (qps) showQps(qps, data.model, result, duration, choices.threshold ?? 1);
      const lines = result.events.length === 0 ? ['Nothing failed.'] : eventLines(result);
      this.querySelector('.su-sim-events')?.replaceChildren(
        ...lines.map((line) => {
          const li = document.createElement('li');
          li.textContent = line;
          return li;
        }),
      );
      const svg = diagramBefore(this);
      if (svg)
        highlight(
          svg,
          downIds(data.model, choices),
          choices.cut ? [choices.cut.a, choices.cut.b] : null,
        );
    } catch (error) {
      status.textContent = `The simulation could not run: ${(error as Error).message}`;
    }
  }
}

export function defineSimulation(): void {
  if (!customElements.get('su-simulation')) customElements.define('su-simulation', SuSimulation);
}
