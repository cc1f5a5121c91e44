// The built site served on localhost with Chromium open on it, for the length of one test file.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { DIST } from '../site/dist.ts';
import { launchChromium } from './chromium.ts';
import { serveDist } from './static-server.ts';

export interface ServedSite {
  readonly browser: () => Browser;
  /** The site's address, without a final slash. */
  readonly url: () => string;
}

export function useServedSite(): ServedSite {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  beforeAll(async () => {
    server = await serveDist(DIST);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the site is not served yet (use it inside a test)');
    return value;
  };
  return { browser: () => need(browser), url: () => need(server).url };
}
