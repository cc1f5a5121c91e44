// The design checker's output on the page: feedback items, preview and run results, all learner text as textContent.
import type { FeedbackItem } from './design-check-text.ts';
import type { RunWords } from './design-run.ts';

/** The element's parts, found once. */
export interface CheckerParts {
  readonly area: HTMLTextAreaElement;
  readonly status: Element;
  readonly score: Element;
  readonly items: Element;
  readonly preview: Element;
  readonly target: HTMLSelectElement;
  readonly at: HTMLInputElement;
  readonly runButton: HTMLButtonElement;
  readonly runSummary: Element;
  readonly runChart: Element;
  readonly runEvents: Element;
}

export function findParts(root: HTMLElement): CheckerParts | null {
  const q = (selector: string): Element | null => root.querySelector(selector);
  const parts = {
    area: root.querySelector('textarea'),
    status: q('.su-dc-status'),
    score: q('.su-dc-score'),
    items: q('.su-dc-items'),
    preview: q('.su-dc-preview'),
    target: root.querySelector('select'),
    at: root.querySelector('input'),
    runButton: root.querySelector<HTMLButtonElement>('form.su-dc-run button'),
    runSummary: q('.su-dc-run-summary'),
    runChart: q('.su-dc-run-chart'),
    runEvents: q('.su-dc-run-events'),
  };
  return Object.values(parts).every((p) => p !== null) ? (parts as CheckerParts) : null;
}

/** Puts the caret on a line of the textarea and selects it, so a keyboard user lands on the error. */
export function goToLine(area: HTMLTextAreaElement, line: number): void {
  const lines = area.value.split('\n');
  const index = Math.min(Math.max(line, 1), lines.length) - 1;
  const start = lines.slice(0, index).reduce((sum, l) => sum + l.length + 1, 0);
  area.focus();
  area.setSelectionRange(start, start + (lines[index]?.length ?? 0));
  const height = parseFloat(getComputedStyle(area).lineHeight) || 20;
  area.scrollTop = Math.max(0, (index - 2) * height);
}

function itemElement(item: FeedbackItem, area: HTMLTextAreaElement): HTMLLIElement {
  const li = document.createElement('li');
  li.className = `su-dc-item su-dc-item--${item.kind}`;
  const heading = document.createElement('strong');
  heading.textContent = item.heading;
  const body = document.createElement('span');
  body.textContent = ` ${item.body}`;
  li.append(heading, body);
  if (item.line !== null) {
    const line = item.line;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'su-dc-goto';
    button.textContent = `Go to line ${line}`;
    button.addEventListener('click', () => goToLine(area, line));
    li.append(' ', button);
  }
  return li;
}

/** Replaces the list; returns false (and leaves the live region alone) when nothing it says changed. */
export function showItems(
  parts: CheckerParts,
  score: string,
  items: readonly FeedbackItem[],
): boolean {
  const said = JSON.stringify([score, items]);
  if (parts.items.getAttribute('data-said') === said) return false;
  parts.items.setAttribute('data-said', said);
  parts.score.textContent = score;
  parts.items.replaceChildren(...items.map((item) => itemElement(item, parts.area)));
  return true;
}

/** Shows the engine's SVG, parsed as XML (no HTML parser, no script runs); an empty preview when there is none. */
export function showPreview(parts: CheckerParts, svg: string | null, note: string): void {
  if (svg === null) {
    const p = document.createElement('p');
    p.textContent = note;
    parts.preview.replaceChildren(p);
    return;
  }
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const figure = document.createElement('figure');
  figure.className = 'su-diagram su-dc-figure';
  figure.tabIndex = 0;
  const title = doc.documentElement.getAttribute('aria-labelledby')?.split(/\s+/)[0];
  if (title) figure.setAttribute('aria-labelledby', title);
  figure.append(document.importNode(doc.documentElement, true));
  parts.preview.replaceChildren(figure);
}

/** Fills the failure picker with the design's parts, keeping the learner's pick when it still exists. */
export function showChoices(
  parts: CheckerParts,
  choices: readonly (readonly [string, string])[],
): void {
  const kept = parts.target.value;
  const none = document.createElement('option');
  none.value = '';
  none.textContent = 'nothing';
  const options = choices.map(([name, label]) => {
    const option = document.createElement('option');
    option.value = name;
    option.textContent = label;
    return option;
  });
  parts.target.replaceChildren(none, ...options);
  parts.target.value = choices.some(([name]) => name === kept) ? kept : '';
}

export function showRun(parts: CheckerParts, words: RunWords): void {
  parts.runSummary.textContent = words.summary;
  parts.runChart.textContent = words.chart;
  parts.runEvents.replaceChildren(
    ...words.events.map((line) => {
      const li = document.createElement('li');
      li.textContent = line;
      return li;
    }),
  );
}
