// Vite plugin: `virtual:scaleup/mermaid-config` is Mermaid's own config chunk (found as Node finds it), so the
// browser adapter reaches the very module Mermaid bundles; an empty module when Mermaid's layout is unexpected.
import { mermaidConfigChunkPath } from '../platform/mermaid-lean-config.ts';

export const MERMAID_CONFIG_ID = 'virtual:scaleup/mermaid-config';
const EMPTY_ID = `\0${MERMAID_CONFIG_ID}`;

export interface MermaidConfigPlugin {
  readonly name: string;
  readonly enforce: 'pre';
  resolveId(id: string): string | null;
  load(id: string): string | null;
}

export function mermaidConfigPlugin(): MermaidConfigPlugin {
  return {
    name: 'scaleup:mermaid-config',
    enforce: 'pre',
    resolveId(id) {
      if (id !== MERMAID_CONFIG_ID) return null;
      return mermaidConfigChunkPath() ?? EMPTY_ID;
    },
    load(id) {
      return id === EMPTY_ID ? 'export {};\n' : null;
    },
  };
}
