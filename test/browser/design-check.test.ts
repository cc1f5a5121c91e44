// The design checker of the task pages in Chromium, from the keyboard: type a design, check it, read the feedback,
// find the line of a syntax error, run the design with a part failed; axe after use; JavaScript loaded, measured.
import AxeBuilder from '@axe-core/playwright';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useServedSite } from './site.ts';
import { TASK1_CORE } from '../fixtures/designs.ts';

const site = useServedSite();

const items = (tab: Page): Promise<string[]> =>
  tab.$$eval('su-design-check .su-dc-items li', (lis) => lis.map((li) => li.textContent));

/** Replaces the editor's text from the keyboard, then presses "Check my design" with the keyboard. */
async function typeAndCheck(tab: Page, text: string): Promise<void> {
  await tab.focus('su-design-check textarea');
  await tab.keyboard.press('ControlOrMeta+A');
  await tab.keyboard.press('Delete');
  await tab.keyboard.type(text);
  await tab.keyboard.press('Tab');
  await tab.keyboard.press('Enter');
}

/** Gzipped bytes of the JavaScript responses seen so far, by URL. */
function scriptBytes(tab: Page): Map<string, number> {
  const seen = new Map<string, number>();
  tab.on('response', (r) => {
    if (!r.url().endsWith('.js')) return;
    void r.body().then((b) => seen.set(r.url(), gzipSync(b, { level: 9 }).length));
  });
  return seen;
}

const total = (m: Map<string, number>): number => [...m.values()].reduce((s, n) => s + n, 0);

describe('design checker', () => {
  it('grades a typed design criterion by criterion, points at a syntax error, and runs it with the balancer failed', async () => {
    const context = await site.browser().newContext();
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    tab.on('pageerror', (e) => errors.push(e.message));
    const loaded = scriptBytes(tab);
    await tab.goto(`${site.url()}/tasks/1-distributed-web-infrastructure/`, {
      waitUntil: 'networkidle',
    });
    const initial = total(loaded);
    const initialUrls = new Set(loaded.keys());

    await typeAndCheck(tab, TASK1_CORE);
    await expect
      .poll(() => items(tab), { timeout: 30_000 })
      .toContainEqual(
        expect.stringMatching(/^Pass: Load balancer in front of the servers \(2\/2 points\)/),
      );
    const feedback = await items(tab);
    expect(feedback).toContainEqual(
      expect.stringMatching(/^Fail: Primary and replica with replication/),
    );
    expect(await tab.textContent('su-design-check .su-dc-score')).toMatch(/^Score \d+\/\d+: /);
    expect(await tab.getAttribute('su-design-check .su-dc-feedback', 'aria-live')).toBe('polite');
    const preview = tab.locator('su-design-check .su-dc-preview svg[role="img"]');
    await expect.poll(() => preview.count(), { timeout: 30_000 }).toBe(1);
    expect(await tab.getAttribute('su-design-check', 'data-mermaid-config')).toBe('lean');

    await typeAndCheck(
      tab,
      TASK1_CORE.replace('  LB --> W2[Nginx web server 2]', '  LB --> --> W2'),
    );
    await expect
      .poll(() => items(tab), { timeout: 30_000 })
      .toContainEqual(expect.stringMatching(/^Line 4, column 10: Mermaid syntax error/));
    expect(await tab.textContent('su-design-check .su-dc-gutter .su-dc-marked')).toBe('4');
    await tab.focus('su-design-check .su-dc-goto');
    await tab.keyboard.press('Enter');
    const selected = await tab.$eval('su-design-check textarea', (t) => {
      const area = t as HTMLTextAreaElement;
      return area.value.slice(area.selectionStart, area.selectionEnd);
    });
    expect(selected).toBe('  LB --> --> W2');

    await typeAndCheck(tab, TASK1_CORE);
    await expect
      .poll(() => items(tab), { timeout: 30_000 })
      .toContainEqual(expect.stringMatching(/^Pass: Load balancer/));
    await tab.focus('su-design-check select[name="target"]');
    await tab.selectOption('su-design-check select[name="target"]', {
      label: 'HAProxy load balancer',
    });
    await tab.focus('su-design-check form.su-dc-run button');
    await tab.keyboard.press('Enter');
    const summary = tab.locator('su-design-check .su-dc-run-summary');
    await expect
      .poll(() => summary.textContent(), { timeout: 30_000 })
      .toMatch(/^Availability 3\d\.\d+ %: .*Failed: node-down/);
    const events = await tab.$$eval('su-design-check .su-dc-run-events li', (lis) =>
      lis.map((li) => li.textContent),
    );
    expect(events[0]).toBe('20.0 s: LB fails');
    expect(await tab.textContent('su-design-check .su-dc-run-chart')).toMatch(/below 99 % from/);

    const axe = await new AxeBuilder({ page: tab })
      .include('.su-dc-section')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const onDemand = [...loaded].filter(([url]) => !initialUrls.has(url));
    console.info(
      `task 1 page: initial JavaScript ${(initial / 1024).toFixed(1)} KB gzipped; ` +
        `the checker loaded ${onDemand.length} more files, ${(total(new Map(onDemand)) / 1024).toFixed(1)} KB gzipped`,
    );
    await context.close();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect([...initialUrls].some((u) => /design-check-engine|mermaid/.test(u))).toBe(false);
    expect(onDemand.some(([url]) => /design-check-engine/.test(url))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('fails the firewalls of task 2 when none is drawn, and draws a hostile label as text', async () => {
    const context = await site.browser().newContext();
    const tab = await context.newPage();
    await tab.goto(`${site.url()}/tasks/2-secured-and-monitored/`);
    await typeAndCheck(tab, TASK1_CORE);
    await expect
      .poll(() => items(tab), { timeout: 30_000 })
      .toContainEqual(expect.stringMatching(/^Fail: Three firewalls \(0\/\d+ points\)/));
    const hostile = '<img src=x onerror="window.pwned=1">';
    const ascii = [
      '```',
      '+--------------------------------------+      +------------+',
      `| ${hostile.padEnd(36)} |----->| Web server |`,
      '+--------------------------------------+      +------------+',
      '```',
    ].join('\n');
    await typeAndCheck(tab, ascii);
    const preview = tab.locator('su-design-check .su-dc-preview svg');
    await expect.poll(() => preview.textContent(), { timeout: 30_000 }).toContain(hostile);
    const injected = await tab.locator('su-design-check img').count();
    const pwned = await tab.evaluate(() => (window as unknown as { pwned?: number }).pwned);
    await context.close();
    expect(injected).toBe(0);
    expect(pwned).toBeUndefined();
  });
});
