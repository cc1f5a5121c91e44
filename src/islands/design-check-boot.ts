// <su-design-check>, the part every task page loads: line numbers beside the textarea and the event wiring. The
// checker itself (the diagram parser, the layout, the grader, the simulator) is imported only on first use.
import type { DesignChecker } from './design-check-engine.ts';

/** Draws the gutter: one number per line of the text, lines with an error marked. */
export function drawGutter(gutter: Element, lines: number, marked: ReadonlySet<number>): void {
  const rows: HTMLElement[] = [];
  for (let n = 1; n <= Math.max(1, lines); n++) {
    const row = document.createElement('span');
    row.textContent = String(n);
    if (marked.has(n)) row.className = 'su-dc-marked';
    rows.push(row);
  }
  gutter.replaceChildren(...rows);
}

export class SuDesignCheck extends HTMLElement {
  #checker: Promise<DesignChecker> | null = null;
  #marked: ReadonlySet<number> = new Set();

  connectedCallback(): void {
    const area = this.querySelector('textarea');
    const gutter = this.querySelector('.su-dc-gutter');
    const form = this.querySelector<HTMLFormElement>('form.su-dc-run');
    const check = this.querySelector('button[data-check]');
    if (!area || !gutter || !form || !check) return;
    const redraw = (): void => drawGutter(gutter, area.value.split('\n').length, this.#marked);
    redraw();
    area.addEventListener('input', () => {
      this.#marked = new Set();
      redraw();
      if (this.#checker) this.#use((c) => c.changed());
    });
    area.addEventListener('scroll', () => {
      gutter.scrollTop = area.scrollTop;
    });
    this.addEventListener('focusin', () => this.#use(() => undefined), { once: true });
    check.addEventListener('click', () => this.#use((c) => c.check()));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.#use((c) => c.run());
    });
  }

  /** Marks lines of the gutter (the lines the feedback points at as errors). */
  markLines(lines: ReadonlySet<number>): void {
    this.#marked = lines;
    const area = this.querySelector('textarea');
    const gutter = this.querySelector('.su-dc-gutter');
    if (area && gutter) drawGutter(gutter, area.value.split('\n').length, lines);
  }

  /** Loads the checker if needed, then acts; a failure to load is already said in the status line. */
  #use(act: (checker: DesignChecker) => unknown): void {
    this.checker().then(act, () => undefined);
  }

  checker(): Promise<DesignChecker> {
    this.#checker ??= this.#load();
    return this.#checker;
  }

  async #load(): Promise<DesignChecker> {
    const status = this.querySelector('.su-dc-status');
    if (status) status.textContent = 'Loading the checker (it runs in your browser)…';
    try {
      const engine = await import('./design-check-engine.ts');
      return engine.attach(this);
    } catch (error) {
      if (status)
        status.textContent = `The checker could not load: ${(error as Error).message}. Reload the page to try again.`;
      this.#checker = null;
      throw error;
    }
  }
}

export function defineDesignCheck(): void {
  if (!customElements.get('su-design-check'))
    customElements.define('su-design-check', SuDesignCheck);
}
