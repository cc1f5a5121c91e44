// Every built page in Chromium: no console error, axe (WCAG 2.2 AA) clean, every diagram an SVG with a text alternative.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, builtPages } from '../site/dist.ts';
import { launchChromium } from './chromium.ts';
import { serveDist } from './static-server.ts';

let browser: Browser;
let context: BrowserContext;
let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  server = await serveDist(DIST);
  browser = await launchChromium();
  context = await browser.newContext();
});

afterAll(async () => {
  // Whatever beforeAll did not reach (it failed first) is still unset.
  const opened: ({ close: () => Promise<unknown> } | undefined)[] = [context, browser, server];
  for (const o of opened) await o?.close();
});

/** The 404 page is what a missing address answers with. */
function urlOf(page: string): string {
  if (page === '404.html') return `${server.url}/no-such-page/`;
  return `${server.url}/${page.replace(/index\.html$/, '')}`;
}

describe.each(builtPages())('%s in Chromium', (page) => {
  it('loads with no console error and passes axe at WCAG 2.2 AA', async () => {
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    tab.on('pageerror', (e) => errors.push(e.message));
    const response = await tab.goto(urlOf(page), { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(page === '404.html' ? 404 : 200);
    const axe = await new AxeBuilder({ page: tab })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const violations = axe.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
    // The 404 page is requested at a missing address on purpose: the browser logs that 404 response.
    const real = errors.filter((e) => !(page === '404.html' && /status of 404/.test(e)));
    await tab.close();
    expect(real).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('shows every diagram as an SVG with a text alternative', async () => {
    const tab = await context.newPage();
    await tab.goto(urlOf(page));
    const diagrams = await tab.$$eval('figure.su-diagram', (figures) =>
      figures.map((f) => {
        const svg = f.querySelector('svg');
        const labelled = svg?.getAttribute('aria-labelledby') ?? '';
        const names = labelled
          .split(/\s+/)
          .map((id) => svg?.querySelector(`[id="${id}"]`)?.textContent.trim() ?? '');
        return {
          svg: svg !== null,
          role: svg?.getAttribute('role') ?? null,
          alt: names.join(' ').trim(),
        };
      }),
    );
    const codeLeft = await tab.$$eval(
      'pre',
      (pres) =>
        pres.filter((p) => /^\s*(graph|flowchart|sequenceDiagram)\b/.test(p.textContent)).length,
    );
    await tab.close();
    for (const d of diagrams) {
      expect(d.svg).toBe(true);
      expect(d.role).toBe('img');
      expect(d.alt.length).toBeGreaterThan(20);
    }
    expect(codeLeft).toBe(0);
  });
});
