// The design checker, loaded on first use: grades the learner's text live with the task's rubric (the engine and
// rubric `scaleup check` uses), draws the design, and runs it through the simulator with a failure the learner picks.
// Nothing moves on its own: text changes when the learner types or presses a button (reduced motion holds as is).
import { browserLeanConfig, createBrowserMermaidParser } from '../platform/mermaid-browser.ts';
import type { SuDesignCheck } from './design-check-boot.ts';
import { parseDesignCheckData, type DesignCheckJson } from './design-check-data.ts';
import { findParts, showChoices, showItems, showPreview, showRun } from './design-check-dom.ts';
import { checkDesign, type Checked } from './design-check-grade.ts';
import { feedbackItems, scoreSentence } from './design-check-text.ts';
import { previewSvg } from './design-preview.ts';
import { runDesign, runnable, runWords } from './design-run.ts';

export interface DesignChecker {
  /** Checks the text now (the "Check my design" button). */
  check(): Promise<void>;
  /** The text changed: checks again once the learner pauses. */
  changed(): void;
  /** Simulates the checked design with the failure picked in the form ("Run it"). */
  run(): Promise<void>;
}

/** How long the learner pauses typing before the live check. */
const LIVE_DELAY_MS = 700;

export function attach(root: SuDesignCheck): DesignChecker {
  const parts = findParts(root);
  const json = root.querySelector('script.su-dc-data')?.textContent ?? '';
  if (!parts || json === '') throw new Error('this page’s design checker is incomplete');
  const data = parseDesignCheckData(JSON.parse(json) as DesignCheckJson);
  const parser = createBrowserMermaidParser();
  const previewId = `${root.id === '' ? 'su-dc' : root.id}-svg`;
  let latest = 0;
  let last: { readonly text: string; readonly checked: Checked } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const show = async (text: string, checked: Checked): Promise<void> => {
    const { ingest: read, graded } = checked;
    showItems(parts, scoreSentence(graded), feedbackItems(graded, read.errors, read.repairs));
    root.markLines(new Set(read.errors.map((e) => e.line)));
    const svg = await previewSvg(read, text, previewId);
    showPreview(parts, svg, 'No diagram to preview yet: the grader found no diagram it can read.');
    const sim = runnable(read);
    showChoices(parts, 'model' in sim ? sim.choices : []);
  };

  /** The checked text, checking it when it changed; null when it is empty or a newer check took over. */
  const current = async (): Promise<Checked | null> => {
    const text = parts.area.value;
    if (last !== null && last.text === text) return last.checked;
    if (text.trim() === '') {
      parts.status.textContent =
        'Write your design in the box first: a Mermaid diagram, or your whole answer.';
      return null;
    }
    const mine = ++latest;
    try {
      const checked = await checkDesign(text, data, parser);
      if (mine !== latest) return null;
      last = { text, checked };
      parts.status.textContent = '';
      await show(text, checked);
      return checked;
    } catch (error) {
      if (mine === latest)
        parts.status.textContent = `The checker failed on this text: ${(error as Error).message}`;
      return null;
    }
  };

  // Says on the element whether Mermaid parses with the lean configuration (the build shares its config chunk).
  void browserLeanConfig().then(
    (lean) => root.setAttribute('data-mermaid-config', lean ? 'lean' : 'full'),
    () => undefined,
  );
  parts.status.textContent = 'The checker is ready: press “Check my design”, or pause typing.';
  return {
    async check() {
      clearTimeout(timer);
      await current();
    },
    changed() {
      clearTimeout(timer);
      timer = setTimeout(() => void current(), LIVE_DELAY_MS);
    },
    async run() {
      clearTimeout(timer);
      const checked = await current();
      if (checked === null) return;
      const sim = runnable(checked.ingest);
      if (!('model' in sim)) {
        parts.runSummary.textContent = `This design cannot be simulated yet: ${sim.reason}.`;
        parts.runChart.textContent = '';
        parts.runEvents.replaceChildren();
        return;
      }
      const result = runDesign(sim.model, parts.target.value, Number(parts.at.value));
      showRun(parts, runWords(result));
    },
  };
}
