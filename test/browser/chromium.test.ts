// Chromium is found on a bare machine: CHROMIUM_PATH first, then the system's, then the one npm installed.
import { describe, expect, it } from 'vitest';
import { findChromium, launchChromium } from './chromium.ts';

describe('finding Chromium', () => {
  it('takes CHROMIUM_PATH first, and says so when it points nowhere', async () => {
    await expect(findChromium({ CHROMIUM_PATH: '/nowhere/chromium' })).rejects.toThrow(
      /CHROMIUM_PATH is \/nowhere\/chromium/,
    );
    const choice = await findChromium({ CHROMIUM_PATH: process.execPath });
    expect(choice).toMatchObject({ source: 'CHROMIUM_PATH', executablePath: process.execPath });
  });

  it('falls back to the npm-installed Chromium when the machine has none, and it clicks a button', async () => {
    const choice = await findChromium({}, []);
    expect(choice.source).toBe('@sparticuz/chromium');
    const browser = await launchChromium(choice);
    try {
      const page = await browser.newPage();
      await page.setContent(
        '<button type="button" onclick="this.textContent = \'pressed\'">Press</button>',
      );
      await page.getByRole('button', { name: 'Press' }).click();
      expect(await page.textContent('button')).toBe('pressed');
    } finally {
      await browser.close();
    }
  });
});
