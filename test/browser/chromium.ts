// Finds and launches a headless Chromium through playwright-core: CHROMIUM_PATH, then the system's, then the npm-installed one (never downloads).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags every Chromium gets here: headless, no sandbox (root in CI), and no calls home on a closed network. */
const BASE_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where a system Chromium usually lives (Debian, Ubuntu, Fedora, Arch). */
const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export interface ChromiumChoice {
  readonly executablePath: string;
  readonly args: readonly string[];
  /** Where it came from, for the test log. */
  readonly source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
}

/** The Chromium the browser tests will drive, in order of preference; throws with what to do when there is none. */
export async function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  systemPaths: readonly string[] = SYSTEM_PATHS,
): Promise<ChromiumChoice> {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is ${fromEnv}, which does not exist`);
    return { executablePath: fromEnv, args: BASE_ARGS, source: 'CHROMIUM_PATH' };
  }
  const system = systemPaths.find((p) => existsSync(p));
  if (system !== undefined) return { executablePath: system, args: BASE_ARGS, source: 'system' };
  try {
    // A headless Chromium shipped inside an npm package (a dev dependency): unpacked to the temp folder on first use.
    const packaged = (await import('@sparticuz/chromium')).default;
    const executablePath = await packaged.executablePath();
    const args = [
      ...new Set([...BASE_ARGS, ...packaged.args.filter((a) => a !== '--single-process')]),
    ];
    return { executablePath, args, source: '@sparticuz/chromium' };
  } catch (error) {
    throw new Error(
      `no Chromium found: set CHROMIUM_PATH, install one (apt-get install chromium), or run npm install so that @sparticuz/chromium is present (${String(error)})`,
      { cause: error },
    );
  }
}

export async function launchChromium(choice?: ChromiumChoice): Promise<Browser> {
  choice ??= await findChromium();
  return chromium.launch({ executablePath: choice.executablePath, args: [...choice.args] });
}
