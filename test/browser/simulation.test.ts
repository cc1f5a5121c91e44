// The live simulation of the clustering lesson: from the keyboard, fail a load balancer, read the failover; axe after the run.
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useServedSite } from './site.ts';

const site = useServedSite();

describe('lesson simulation', () => {
  it('fails load balancer 1 at 20 s and narrates the virtual IP moving, with the chart described', async () => {
    const context = await site.browser().newContext();
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(`${site.url()}/design/load-balancer-clustering/`);
    const status = tab.locator('su-simulation .su-sim-summary');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/Pick a failure/);
    await tab.focus('su-simulation select');
    await tab.selectOption('su-simulation select', { label: 'HAProxy load balancer 1 (MASTER)' });
    await tab.fill('su-simulation input[name="at"]', '20');
    await tab.focus('su-simulation button');
    await tab.keyboard.press('Enter');
    await expect
      .poll(() => status.textContent(), { timeout: 15_000 })
      .toMatch(/^Availability 9\d\.\d+ %/);
    const events = await tab.$$eval('su-simulation .su-sim-events li', (lis) =>
      lis.map((li) => li.textContent),
    );
    const label = await tab.getAttribute('su-simulation .su-sim-chart svg', 'aria-label');
    const axe = await new AxeBuilder({ page: tab })
      .include('su-simulation')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    await context.close();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(events[0]).toMatch(/^20\.0 s: LB1 fails$/);
    expect(events.join('\n')).toMatch(/LB2 takes the virtual IP/);
    expect(label).toMatch(/below 99 % from (19|20) s/);
    expect(errors).toEqual([]);
  });

  it('shows the single load balancer of task 1 taking the whole site down', async () => {
    const context = await site.browser().newContext();
    const tab = await context.newPage();
    await tab.goto(`${site.url()}/tasks/1-distributed-web-infrastructure/`);
    const status = tab.locator('su-simulation .su-sim-summary');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/Pick a failure/);
    await tab.selectOption('su-simulation select', { label: 'HAProxy load balancer' });
    await tab.click('su-simulation button');
    await expect
      .poll(() => status.textContent(), { timeout: 15_000 })
      .toMatch(/^Availability 3\d\.\d+ %.*Failed: node-down/);
    const events = await tab.$$eval('su-simulation .su-sim-events li', (lis) =>
      lis.map((li) => li.textContent),
    );
    await context.close();
    expect(events).toEqual(['20.0 s: LB fails']);
  });
});
