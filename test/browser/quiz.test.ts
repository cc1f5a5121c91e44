// The task 1 quiz in Chromium: key hidden before answering, answered from the keyboard, feedback and score, progress kept on reload.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseLessonQuiz } from '../../src/engine/quiz/lesson-quiz-schema.ts';
import { useServedSite } from './site.ts';

const site = useServedSite();
const FILE = join(import.meta.dirname, '..', '..', 'quizzes', 'lessons', 'task-1.yaml');
const quiz = parseLessonQuiz(readFileSync(FILE, 'utf8'), FILE);
/** The first single-choice question, its right choice and that choice's feedback. */
const qi = quiz.questions.findIndex((q) => q.kind === 'single');
const question = quiz.questions[qi];
if (!question) throw new Error('task-1.yaml has no single-choice question');
const rightIndex = question.choices.findIndex((c) => c.correct);
const rightFeedback = question.choices[rightIndex]?.feedback ?? '';
const PAGE = '/tasks/1-distributed-web-infrastructure/';
const fieldset = `su-quiz fieldset[data-question="${String(qi)}"]`;

const shownOrder = (tab: Page): Promise<string[]> =>
  tab.$$eval(`${fieldset} li[data-choice]`, (lis) =>
    lis.map((li) => (li as HTMLElement).dataset.choice ?? ''),
  );

describe('lesson quiz', () => {
  it('hides the key, grades a keyboard answer with feedback and a score, and keeps it on reload', async () => {
    const context = await site.browser().newContext();
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    tab.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await tab.goto(`${site.url()}${PAGE}`);
    const overall = tab.locator('su-quiz .quiz-overall');
    await expect.poll(() => overall.textContent(), { timeout: 15_000 }).toMatch(/Score: 0 of/);
    const before = await tab.evaluate(() => document.body.innerText);
    expect(before).not.toContain(rightFeedback);
    expect(before).not.toMatch(/Right answer/);

    const order = await shownOrder(tab);
    const position = order.indexOf(String(rightIndex));
    await tab.focus(`${fieldset} input >> nth=0`);
    await tab.keyboard.press('Space');
    for (let i = 0; i < position; i += 1) await tab.keyboard.press('ArrowDown');
    await tab.keyboard.press('Tab');
    await tab.keyboard.press('Enter');

    const status = tab.locator('su-quiz .quiz-status');
    const total = String(quiz.questions.length);
    await expect
      .poll(() => status.textContent())
      .toBe(
        `Question ${String(qi + 1)}: right. Score: 1 of ${total} right (1 of ${total} answered).`,
      );
    const notes = await tab.$$eval(`${fieldset} .quiz-feedback`, (ps) =>
      ps.map((p) => p.textContent),
    );
    expect(notes).toHaveLength(question.choices.length);
    expect(notes).toContain(`Right answer (you picked it): ${rightFeedback}`);
    const axe = await new AxeBuilder({ page: tab })
      .include('su-quiz')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    await tab.reload();
    await expect.poll(() => overall.textContent(), { timeout: 15_000 }).toMatch(/Score: 1 of/);
    expect(await shownOrder(tab)).toEqual(order);
    expect(await tab.isChecked(`${fieldset} input[value="${String(rightIndex)}"]`)).toBe(true);
    expect(await tab.locator(`${fieldset} .quiz-feedback`).count()).toBe(question.choices.length);

    await tab.setInputFiles('su-quiz input[type="file"]', {
      name: 'progress.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"version": 99}'),
    });
    await expect
      .poll(() => tab.locator('su-quiz .quiz-error').textContent())
      .toMatch(/^Import refused\. This file is not a saved quiz progress/);
    await context.close();
    expect(errors).toEqual([]);
  });

  it('gives another learner another order of choices', async () => {
    const orders: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const context = await site.browser().newContext();
      const tab = await context.newPage();
      await tab.goto(`${site.url()}${PAGE}`);
      await expect
        .poll(() => tab.locator('su-quiz .quiz-overall').textContent(), { timeout: 15_000 })
        .toMatch(/Score/);
      orders.push(
        (
          await tab.$$eval('su-quiz li[data-choice]', (lis) =>
            lis.map((li) => (li as HTMLElement).dataset.choice ?? ''),
          )
        ).join(''),
      );
      await context.close();
    }
    expect(orders[0]).not.toBe(orders[1]);
  });

  it('stays readable without JavaScript, saying that checking needs it, with no key shown', async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${site.url()}${PAGE}`);
    const text = await tab.locator('su-quiz').innerText();
    await context.close();
    expect(text).toContain(question.prompt);
    expect(text).toContain(question.choices[0]?.text ?? '');
    expect(text).toMatch(/Checking your answers needs JavaScript/);
    expect(text).not.toContain(rightFeedback);
  });
});
