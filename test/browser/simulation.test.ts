// The live lesson simulations in Chromium: failover, split brain, overload, per-server load, QPS alerts; axe after runs.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useServedSite } from './site.ts';

const site = useServedSite();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function open(
  path: string,
): Promise<{ tab: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await site.browser().newContext();
  const tab = await context.newPage();
  const errors: string[] = [];
  tab.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.goto(`${site.url()}${path}`);
  await expect
    .poll(() => tab.locator('su-simulation .su-sim-summary').textContent(), { timeout: 15_000 })
    .toMatch(/Pick a failure/);
  return { tab, errors, close: () => context.close() };
}

/** Submits the form from the keyboard and waits for a new summary. */
async function run(tab: Page): Promise<string> {
  const status = tab.locator('su-simulation .su-sim-summary');
  await status.evaluate((el) => {
    el.textContent = '';
  });
  await tab.focus('su-simulation button[type="submit"]');
  await tab.keyboard.press('Enter');
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/Availability/);
  return (await status.textContent()) ?? '';
}

async function axe(tab: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page: tab })
    .include('su-simulation')
    .withTags(TAGS)
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.help}`);
}

const node = (id: string): string => `figure svg g.su-node[data-id="${id}"]`;

describe('lesson simulation', () => {
  it('on the clustering lesson: failover, split brain, overload and load per server, from the keyboard', async () => {
    const { tab, errors, close } = await open('/design/load-balancer-clustering/');
    await tab.focus('su-simulation select[name="target"]');
    await tab.selectOption('su-simulation select[name="target"]', {
      label: 'HAProxy load balancer 1 (MASTER)',
    });
    await tab.fill('su-simulation input[name="at"]', '20');
    const failover = await run(tab);
    const events = await tab.$$eval('su-simulation .su-sim-events li', (lis) =>
      lis.map((li) => li.textContent),
    );
    const chart = await tab.getAttribute('su-simulation .su-sim-chart svg', 'aria-label');
    const downClass = await tab.getAttribute(node('LB1'), 'class');
    const marks = await tab.$$eval('figure svg .su-sim-mark', (ts) => ts.map((t) => t.textContent));
    const afterFailover = await axe(tab);

    await tab.selectOption('su-simulation select[name="target"]', { label: 'nothing' });
    await tab.selectOption('su-simulation select[name="link"]', {
      label: 'HAProxy load balancer 1 (MASTER) ↔ HAProxy load balancer 2 (BACKUP)',
    });
    const split = await run(tab);
    const cut = await tab.$$eval('figure svg g.su-edge.su-sim-cut', (gs) =>
      gs.map((g) => `${g.getAttribute('data-from') ?? ''}-${g.getAttribute('data-to') ?? ''}`),
    );
    const lbAfterCut = await tab.getAttribute(node('LB1'), 'class');

    await tab.selectOption('su-simulation select[name="link"]', { label: 'no link' });
    await tab.focus('su-simulation input[name="rate"]');
    await tab.keyboard.press('End');
    const shown = await tab.textContent('su-simulation output');
    const overload = await run(tab);

    await tab.selectOption('su-simulation select[name="algorithm"]', 'leastconn');
    await tab.fill('su-simulation input[name="rate"]', '400');
    await run(tab);
    const caption = await tab.textContent('su-simulation .su-sim-load .su-sim-caption');
    const bars = await tab.$$eval('su-simulation .su-sim-load li', (lis) =>
      lis.map((li) => li.textContent),
    );
    const afterAll = await axe(tab);
    await close();

    expect(failover).toMatch(
      /^LB1 failed at 20 s \(drawn dashed and marked down on the diagram\)\./,
    );
    expect(failover).toMatch(
      /The virtual IP moved from LB1 to LB2 at 2\d\.\d s; [\d.]+ % of requests failed meanwhile\./,
    );
    expect(events[0]).toBe('20.0 s: LB1 fails');
    expect(events.join('\n')).toMatch(/LB2 takes the virtual IP/);
    expect(chart).toMatch(/below 99 % from (19|20) s/);
    expect(downClass).toContain('su-sim-down');
    expect(marks).toEqual(['✕ down']);
    expect(split).toMatch(
      /Split brain: LB2 hears no heartbeats from LB1 .*both load balancers claim the virtual IP/,
    );
    expect(cut).toEqual(['LB1-LB2']);
    expect(lbAfterCut).not.toContain('su-sim-down');
    expect(shown).toBe('3000 requests/s');
    expect(overload).toMatch(
      /At 3000 requests\/s the servers cannot keep up: .*[\d,]+ requests were dropped \(overload\).*p99 latency reached \d+ ms/,
    );
    expect(caption).toMatch(/leastconn/);
    expect(bars).toHaveLength(2);
    for (const bar of bars) expect(bar).toMatch(/^Nginx web server \d\d+\.\d requests\/s$/);
    expect(afterFailover).toEqual([]);
    expect(afterAll).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('on the monitoring lesson: a traffic spike crosses the QPS threshold, and the crossings are listed', async () => {
    const { tab, errors, close } = await open('/design/monitoring/');
    await tab.fill('su-simulation input[name="threshold"]', '300');
    await tab.check('su-simulation input[name="spike"]');
    await run(tab);
    const crossings = await tab.$$eval('su-simulation .su-sim-crossings li', (lis) =>
      lis.map((li) => li.textContent),
    );
    const label = await tab.getAttribute('su-simulation .su-sim-qps svg', 'aria-label');
    const violations = await axe(tab);
    await close();
    expect(crossings).toEqual([
      'Above 300 requests/s from 30 s to 40 s: the alert fires at 30 s and resolves at 40 s.',
    ]);
    expect(label).toMatch(
      /^Web tier QPS per 1 s: between \d+ and \d+ requests\/s; alert threshold 300/,
    );
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('on the primary-replica lesson: stale reads with lag, writes lost with the primary until an operator promotes a replica', async () => {
    const { tab, errors, close } = await open('/design/primary-replica/');
    await tab.selectOption('su-simulation select[name="lag"]', '5');
    await run(tab);
    const lagged = (await tab.textContent('su-simulation .su-sim-stale')) ?? '';
    await tab.selectOption('su-simulation select[name="lag"]', '0.1');
    await tab.selectOption('su-simulation select[name="target"]', { label: 'MySQL primary' });
    await tab.fill('su-simulation input[name="at"]', '10');
    const lost = await run(tab);
    await tab.selectOption('su-simulation select[name="promote"]', { label: 'MySQL replica 1' });
    await tab.fill('su-simulation input[name="promoteAt"]', '30');
    const promoted = await run(tab);
    const events = await tab.$$eval('su-simulation .su-sim-events li', (lis) =>
      lis.map((li) => li.textContent),
    );
    const violations = await axe(tab);
    await close();
    expect(lagged).toMatch(
      /^Stale reads: [\d,]+ of [\d,]+ reads from replicas \([\d.]+ %\) returned data older than the primary's, with a mean replication lag of 5 s\.$/,
    );
    expect(lost).toMatch(
      /DB1, the primary, is down and nothing promotes a replica on its own: every write fails/,
    );
    expect(promoted).toMatch(/An operator promoted DB2 to primary at 30 s: writes succeed again\./);
    expect(events.join('\n')).toMatch(/30\.0 s: an operator promotes DB2 to primary/);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows the single load balancer of task 1 taking the whole site down', async () => {
    const { tab, close } = await open('/tasks/1-distributed-web-infrastructure/');
    await tab.selectOption('su-simulation select[name="target"]', {
      label: 'HAProxy load balancer',
    });
    const summary = await run(tab);
    const events = await tab.$$eval('su-simulation .su-sim-events li', (lis) =>
      lis.map((li) => li.textContent),
    );
    await close();
    expect(summary).toMatch(/single point of failure.*Availability 3\d\.\d+ %.*Failed: node-down/);
    expect(events).toEqual(['20.0 s: LB fails']);
  });
});
