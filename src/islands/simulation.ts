// <su-simulation>: runs the engine's simulator on a lesson design in the browser, with a failure the learner picks.
// Nothing moves on its own (no animation to pause or reduce): a run happens when the learner submits the form.
import type { SimModel } from '../engine/simulate/model.ts';
import type { Scenario } from '../engine/simulate/scenario-schema.ts';
import { simulate } from '../engine/simulate/simulator.ts';
import type { SimResult } from '../engine/simulate/result.ts';
import { chartText, eventLines, summaryText } from './simulation-text.ts';

interface SimulationData {
  readonly model: SimModel;
  readonly scenario: Scenario;
}

const SVG = 'http://www.w3.org/2000/svg';
const CHART_HEIGHT = 48;
const BAR_WIDTH = 8;

function chart(result: SimResult): SVGSVGElement {
  const values = result.series.availability;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${values.length * BAR_WIDTH} ${CHART_HEIGHT}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', chartText(result));
  values.forEach((a, i) => {
    const rect = document.createElementNS(SVG, 'rect');
    const h = a === null ? 0 : Math.max(1, a * CHART_HEIGHT);
    rect.setAttribute('x', String(i * BAR_WIDTH + 1));
    rect.setAttribute('y', String(CHART_HEIGHT - h));
    rect.setAttribute('width', String(BAR_WIDTH - 2));
    rect.setAttribute('height', String(h));
    rect.setAttribute(
      'class',
      a !== null && a < 0.99 ? 'su-sim-bar su-sim-bar--low' : 'su-sim-bar',
    );
    svg.append(rect);
  });
  return svg;
}

class SuSimulation extends HTMLElement {
  connectedCallback(): void {
    const json = this.querySelector('script[type="application/json"]')?.textContent ?? '';
    const form = this.querySelector('form');
    const status = this.querySelector('.su-sim-summary');
    const events = this.querySelector('.su-sim-events');
    const holder = this.querySelector('.su-sim-chart');
    if (!form || !status || !events || !holder || json === '') return;
    const data = JSON.parse(json) as SimulationData;
    status.textContent = 'Pick a failure (or none) and run the traffic.';
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const fields = new FormData(form);
      const picked = fields.get('target');
      const target = typeof picked === 'string' ? picked : '';
      const at = Math.min(Math.max(Number(fields.get('at')) || 0, 0), data.scenario.duration - 1);
      const scenario: Scenario = {
        ...data.scenario,
        failures: target === '' ? [] : [{ action: 'kill', at, target }],
      };
      try {
        const result = simulate(data.model, scenario);
        status.textContent = summaryText(result);
        events.replaceChildren(
          ...(result.events.length === 0 ? ['Nothing failed.'] : eventLines(result)).map((line) => {
            const li = document.createElement('li');
            li.textContent = line;
            return li;
          }),
        );
        holder.replaceChildren(chart(result));
      } catch (error) {
        status.textContent = `The simulation could not run: ${(error as Error).message}`;
      }
    });
  }
}

export function defineSimulation(): void {
  if (!customElements.get('su-simulation')) customElements.define('su-simulation', SuSimulation);
}
