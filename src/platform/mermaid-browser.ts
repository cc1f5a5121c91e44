// The browser implementation of the engine's MermaidParser: Mermaid 12's own parser on the page's real DOM.
// Loaded on demand only (it pulls Mermaid in); the lean configuration comes from the same config chunk Mermaid
// bundles, which the build's Vite plugin exposes as virtual:scaleup/mermaid-config.
import type { MermaidParser } from '../engine/ingest/mermaid-port.ts';
import { isConfigModule, leanReset } from './mermaid-lean.ts';
import {
  MERMAID_INIT,
  queuedParser,
  type LoadedMermaid,
  type MermaidApi,
} from './mermaid-queue.ts';

let loading: Promise<LoadedMermaid> | null = null;

/**
 * The lean reset, only when the config module is the very one Mermaid uses (bundled once): a lean flowchart
 * configuration must then be what Mermaid itself reads back. Otherwise parsing stays on the full configuration.
 */
function sharedLean(mermaid: MermaidApi, config: unknown): ((text: string) => void) | null {
  if (!isConfigModule(config)) return null;
  const lean = leanReset(config);
  lean('flowchart LR');
  const effective = !('sequence' in mermaid.mermaidAPI.getConfig());
  mermaid.mermaidAPI.reset();
  return effective ? lean : null;
}

async function loadMermaid(): Promise<LoadedMermaid> {
  const [mod, config] = await Promise.all([
    import('mermaid') as Promise<unknown> as Promise<{ default: MermaidApi }>,
    import('virtual:scaleup/mermaid-config') as Promise<unknown>,
  ]);
  const mermaid = mod.default;
  mermaid.initialize(MERMAID_INIT);
  return { mermaid, lean: sharedLean(mermaid, config) };
}

const load = (): Promise<LoadedMermaid> => (loading ??= loadMermaid());

/** Whether the lean configuration is in effect in this page's Mermaid. */
export async function browserLeanConfig(): Promise<boolean> {
  return (await load()).lean !== null;
}

export function createBrowserMermaidParser(): MermaidParser {
  return queuedParser(load, true);
}
