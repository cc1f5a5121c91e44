// The Node implementation of the engine's MermaidParser: Mermaid 12's own parser under a linkedom DOM.
import type { MermaidParser } from '../engine/ingest/mermaid-port.ts';
import { installDomShim } from './dom-shim.ts';
import { leanConfigReset } from './mermaid-lean-config.ts';
import {
  MERMAID_INIT,
  queuedParser,
  type LoadedMermaid,
  type MermaidApi,
} from './mermaid-queue.ts';

let loading: Promise<LoadedMermaid> | null = null;

async function loadMermaid(): Promise<LoadedMermaid> {
  installDomShim();
  const mod = (await import('mermaid')) as unknown as { default: MermaidApi };
  const mermaid = mod.default;
  mermaid.initialize(MERMAID_INIT);
  return { mermaid, lean: await leanConfigReset() };
}

const load = (): Promise<LoadedMermaid> => (loading ??= loadMermaid());

export interface NodeParserOptions {
  /** Reset Mermaid to a lean configuration before each parse (same graphs, about 5 times faster). Default true. */
  readonly lean?: boolean;
}

/** Whether the lean configuration could be installed (Mermaid's internals were where the adapter expects them). */
export async function leanConfigAvailable(): Promise<boolean> {
  return (await load()).lean !== null;
}

export function createNodeMermaidParser(options: NodeParserOptions = {}): MermaidParser {
  return queuedParser(load, options.lean ?? true);
}
