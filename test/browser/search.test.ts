// Search (Pagefind) finds a lesson by a word from its body.
import { describe, expect, it } from 'vitest';
import { useServedSite } from './site.ts';

const site = useServedSite();

describe('search', () => {
  it('finds the one-server lesson by a word from its body, from the keyboard', async () => {
    const context = await site.browser().newContext();
    const tab = await context.newPage();
    await tab.goto(`${site.url()}/`);
    await tab.keyboard.press('Control+k');
    await expect.poll(() => tab.evaluate(() => document.activeElement?.id)).toBe('su-search-input');
    await tab.keyboard.type('8.8.8.8');
    const first = tab.locator('.su-search-results a').first();
    await first.waitFor({ timeout: 15_000 });
    const links = await tab.$$eval('.su-search-results a', (as) =>
      as.map((a) => a.getAttribute('href') ?? ''),
    );
    const status = await tab.textContent('.su-search-status');
    await context.close();
    expect(links.some((u) => u.includes('/tasks/0-simple-web-stack/'))).toBe(true);
    expect(status).toMatch(/\d+ results?\./);
  });
});
