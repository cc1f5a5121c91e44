// The Node implementation of the engine's MermaidParser: Mermaid 12's own parser under a linkedom DOM.
import type { MermaidOutcome, MermaidParser } from '../engine/ingest/mermaid-port.ts';
import { installDomShim } from './dom-shim.ts';
import { toFailure } from './mermaid-errors.ts';
import { leanConfigReset } from './mermaid-lean-config.ts';
import { toModel } from './mermaid-model.ts';

interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  mermaidAPI: {
    reset(): void;
    getDiagramFromText(text: string): Promise<{ type: string; db: unknown }>;
  };
}

interface Loaded {
  readonly mermaid: MermaidApi;
  readonly lean: ((text: string) => void) | null;
}

let loading: Promise<Loaded> | null = null;

async function loadMermaid(): Promise<Loaded> {
  installDomShim();
  const mod = (await import('mermaid')) as unknown as { default: MermaidApi };
  const mermaid = mod.default;
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', logLevel: 'fatal' });
  return { mermaid, lean: await leanConfigReset() };
}

export interface NodeParserOptions {
  /** Reset Mermaid to a lean configuration before each parse (same graphs, about 5 times faster). Default true. */
  readonly lean?: boolean;
}

/** Whether the lean configuration could be installed (Mermaid's internals were where the adapter expects them). */
export async function leanConfigAvailable(): Promise<boolean> {
  loading ??= loadMermaid();
  return (await loading).lean !== null;
}

/** Mermaid keeps global state while it parses, so calls are queued one after another. */
export function createNodeMermaidParser(options: NodeParserOptions = {}): MermaidParser {
  const useLean = options.lean ?? true;
  let queue: Promise<unknown> = Promise.resolve();
  const parseOne = async (text: string): Promise<MermaidOutcome> => {
    loading ??= loadMermaid();
    const { mermaid, lean } = await loading;
    try {
      if (useLean && lean) lean(text);
      else mermaid.mermaidAPI.reset();
      const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
      return { ok: true, model: toModel(diagram.type, diagram.db) };
    } catch (error) {
      return { ok: false, failure: toFailure(error) };
    }
  };
  return {
    parse(text: string): Promise<MermaidOutcome> {
      const next = queue.then(() => parseOne(text));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
