// <su-quiz>: checks a lesson quiz in the page (shuffled per learner, per-choice feedback, score, saved progress, export/import).
import { choiceOrder } from '../engine/quiz/shuffle.ts';
import { describeScore, isRight, quizScore } from '../engine/quiz/score.ts';
import {
  importProblem,
  overall,
  readProgressText,
  recordAnswer,
} from '../engine/quiz/progress-schema.ts';
import type { Progress } from '../engine/quiz/progress-schema.ts';
import { loadProgress, saveProgress } from './quiz-storage.ts';

interface KeyChoice {
  correct: boolean;
  feedback: string;
}
interface KeyQuestion {
  kind: 'single' | 'multiple' | 'predict';
  run: string | null;
  choices: KeyChoice[];
}

/** Sent on document when progress changes, so every quiz of the page shows the same totals. */
const CHANGED = 'su-quiz-progress';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

class SuQuiz extends HTMLElement {
  private key: KeyQuestion[] = [];
  private progress: Progress | null = null;
  private readonly status = el('p', 'quiz-status');
  private readonly overallText = el('p', 'quiz-overall');
  private readonly error = el('p', 'quiz-error');
  private readonly onChanged = (): void => {
    this.progress = loadProgress();
    this.render();
  };

  connectedCallback(): void {
    if (this.progress !== null) return;
    const data = this.querySelector('script.quiz-key')?.textContent ?? '[]';
    this.key = JSON.parse(data) as KeyQuestion[];
    this.progress = loadProgress();
    this.querySelector('.quiz-nojs')?.remove();
    for (const fieldset of this.fieldsets()) this.enhance(fieldset);
    this.status.setAttribute('role', 'status');
    this.error.setAttribute('role', 'alert');
    this.querySelector('section')?.append(this.status, this.overallText, this.tools(), this.error);
    document.addEventListener(CHANGED, this.onChanged);
    this.render();
  }

  disconnectedCallback(): void {
    document.removeEventListener(CHANGED, this.onChanged);
  }

  private get quizId(): string {
    return this.dataset.quiz ?? '';
  }

  private fieldsets(): HTMLFieldSetElement[] {
    return Array.from(this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]'));
  }

  private enhance(fieldset: HTMLFieldSetElement): void {
    const check = el('button', 'quiz-check', 'Check answer');
    check.type = 'button';
    check.addEventListener('click', () => {
      this.answer(fieldset);
    });
    const again = el('button', 'quiz-again', 'Try again');
    again.type = 'button';
    again.hidden = true;
    again.addEventListener('click', () => {
      this.showOpen(fieldset);
      fieldset.querySelector('input')?.focus();
    });
    fieldset.append(check, again, el('p', 'quiz-run'));
  }

  private answer(fieldset: HTMLFieldSetElement): void {
    const index = Number(fieldset.dataset.question);
    const question = this.key[index];
    if (!question || !this.progress) return;
    const picked = Array.from(fieldset.querySelectorAll<HTMLInputElement>('input:checked'), (i) =>
      Number(i.value),
    );
    if (picked.length === 0) {
      this.status.textContent = 'Pick an answer first, then check it.';
      return;
    }
    const right = isRight(
      picked,
      question.choices.map((c) => c.correct),
    );
    this.progress = recordAnswer(this.progress, this.quizId, index, { picked, right });
    saveProgress(this.progress);
    this.render();
    this.status.textContent = `Question ${index + 1}: ${right ? 'right' : 'not right'}. ${this.scoreText()}`;
    fieldset.querySelector<HTMLButtonElement>('.quiz-again')?.focus();
    document.dispatchEvent(new CustomEvent(CHANGED));
  }

  private scoreText(): string {
    const saved = this.progress?.quizzes[this.quizId] ?? {};
    return `Score: ${describeScore(quizScore(this.key.length, saved))}.`;
  }

  /** Orders the choices for this learner, then shows each question open or answered from the saved progress. */
  private render(): void {
    const progress = this.progress;
    if (!progress) return;
    for (const fieldset of this.fieldsets()) {
      const index = Number(fieldset.dataset.question);
      const list = fieldset.querySelector('ul');
      const items = Array.from(fieldset.querySelectorAll<HTMLLIElement>('li[data-choice]'));
      const order = choiceOrder(items.length, progress.learner, `${this.quizId}#${String(index)}`);
      for (const choice of order) {
        const item = items.find((li) => li.dataset.choice === String(choice));
        if (item) list?.append(item);
      }
      const saved = progress.quizzes[this.quizId]?.[String(index)];
      if (saved) this.showAnswered(fieldset, saved.picked);
      else this.showOpen(fieldset);
    }
    const total = overall(progress);
    this.overallText.textContent = `${this.scoreText()} Across the course you have answered ${String(total.answered)} questions, ${String(total.right)} of them right.`;
  }

  private showOpen(fieldset: HTMLFieldSetElement): void {
    for (const note of fieldset.querySelectorAll('.quiz-feedback')) note.remove();
    for (const item of fieldset.querySelectorAll<HTMLElement>('li[data-choice]'))
      delete item.dataset.verdict;
    for (const input of fieldset.querySelectorAll('input')) input.disabled = false;
    const run = fieldset.querySelector('.quiz-run');
    if (run) run.textContent = '';
    fieldset.querySelector<HTMLButtonElement>('.quiz-check')?.toggleAttribute('hidden', false);
    fieldset.querySelector<HTMLButtonElement>('.quiz-again')?.toggleAttribute('hidden', true);
  }

  private showAnswered(fieldset: HTMLFieldSetElement, picked: readonly number[]): void {
    const question = this.key[Number(fieldset.dataset.question)];
    if (!question) return;
    this.showOpen(fieldset);
    for (const item of fieldset.querySelectorAll<HTMLLIElement>('li[data-choice]')) {
      const ci = Number(item.dataset.choice);
      const choice = question.choices[ci];
      const input = item.querySelector('input');
      if (!choice || !input) continue;
      input.checked = picked.includes(ci);
      input.disabled = true;
      item.dataset.verdict = choice.correct === input.checked ? 'right' : 'wrong';
      const note = el('p', 'quiz-feedback');
      const verdict = choice.correct ? 'Right answer' : 'Wrong answer';
      const yours = input.checked ? ' (you picked it)' : choice.correct ? ' (you missed it)' : '';
      note.append(
        el('strong', '', `${verdict}${yours}: `),
        document.createTextNode(choice.feedback),
      );
      item.append(note);
    }
    const run = fieldset.querySelector('.quiz-run');
    if (run && question.run !== null)
      run.textContent = `Now see it happen: in the simulation on this page, ${question.run}`;
    fieldset.querySelector<HTMLButtonElement>('.quiz-check')?.toggleAttribute('hidden', true);
    fieldset.querySelector<HTMLButtonElement>('.quiz-again')?.toggleAttribute('hidden', false);
  }

  private tools(): HTMLElement {
    const box = el('div', 'quiz-tools');
    const exportButton = el('button', 'quiz-export', 'Export progress');
    exportButton.type = 'button';
    exportButton.addEventListener('click', () => {
      this.exportProgress();
    });
    const fileId = `quiz-import-${this.quizId}`;
    const label = el('label', 'quiz-import-label', 'Import progress from a file');
    label.htmlFor = fileId;
    const file = el('input', 'quiz-import');
    file.type = 'file';
    file.id = fileId;
    file.accept = 'application/json,.json';
    file.addEventListener('change', () => {
      const chosen = file.files?.[0];
      if (chosen)
        void chosen.text().then((text) => {
          this.importProgress(text);
        });
      file.value = '';
    });
    box.append(exportButton, label, file);
    return box;
  }

  private exportProgress(): void {
    if (!this.progress) return;
    const blob = new Blob([JSON.stringify(this.progress, null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'scaleup-quiz-progress.json';
    link.click();
    URL.revokeObjectURL(link.href);
  }

  private importProgress(text: string): void {
    const problem = importProblem(text);
    const imported = problem === null ? readProgressText(text) : null;
    if (!imported) {
      this.error.textContent = `Import refused. ${problem ?? 'The file could not be read.'}`;
      return;
    }
    this.error.textContent = '';
    saveProgress(imported);
    this.status.textContent = 'Progress imported.';
    document.dispatchEvent(new CustomEvent(CHANGED));
  }
}

export function defineQuiz(): void {
  if (!customElements.get('su-quiz')) customElements.define('su-quiz', SuQuiz);
}
