// The engine's MermaidParser on a loaded Mermaid, whatever loaded it (Node under linkedom, or a browser).
import type { MermaidOutcome, MermaidParser } from '../engine/ingest/mermaid-port.ts';
import { toFailure } from './mermaid-errors.ts';
import { toModel } from './mermaid-model.ts';

/** The part of Mermaid's API the adapters use. */
export interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  mermaidAPI: {
    reset(): void;
    getConfig(): Record<string, unknown>;
    getDiagramFromText(text: string): Promise<{ type: string; db: unknown }>;
  };
}

export interface LoadedMermaid {
  readonly mermaid: MermaidApi;
  /** The lean reset (mermaid-lean.ts), or null when Mermaid's config module could not be reached. */
  readonly lean: ((text: string) => void) | null;
}

/** How every adapter initializes Mermaid: no rendering on load, strict security, silent logs. */
export const MERMAID_INIT = { startOnLoad: false, securityLevel: 'strict', logLevel: 'fatal' };

/** Mermaid keeps global state while it parses, so calls are queued one after another. */
export function queuedParser(load: () => Promise<LoadedMermaid>, useLean: boolean): MermaidParser {
  let queue: Promise<unknown> = Promise.resolve();
  const parseOne = async (text: string): Promise<MermaidOutcome> => {
    const { mermaid, lean } = await load();
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
