// The Node implementation of the engine's MermaidParser: Mermaid 12's own parser under a linkedom DOM.
import type { MermaidOutcome, MermaidParser } from '../engine/ingest/mermaid-port.ts';
import { installDomShim } from './dom-shim.ts';
import { toFailure } from './mermaid-errors.ts';
import { toModel } from './mermaid-model.ts';

interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  mermaidAPI: {
    getDiagramFromText(text: string): Promise<{ type: string; db: unknown }>;
  };
}

let loading: Promise<MermaidApi> | null = null;

async function loadMermaid(): Promise<MermaidApi> {
  installDomShim();
  const mod = (await import('mermaid')) as unknown as { default: MermaidApi };
  const mermaid = mod.default;
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', logLevel: 'fatal' });
  return mermaid;
}

/** Mermaid keeps global state while it parses, so calls are queued one after another. */
export function createNodeMermaidParser(): MermaidParser {
  let queue: Promise<unknown> = Promise.resolve();
  const parseOne = async (text: string): Promise<MermaidOutcome> => {
    loading ??= loadMermaid();
    const mermaid = await loading;
    try {
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
