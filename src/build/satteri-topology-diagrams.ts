// The same diagram transform for Sätteri, Astro 7's default Markdown/MDX processor (an mdast plugin).
import {
  diagramId,
  displayPath,
  htmlNode,
  isMermaidCode,
  type CodeNode,
} from './mermaid-fences.ts';
import type { TopologyDiagramsOptions } from './remark-topology-diagrams.ts';
import { sharedRenderer } from './shared-renderer.ts';

/** What Sätteri tells a plugin factory about the document (see `PluginFactoryContext` in satteri). */
interface FactoryContext {
  readonly fileURL: URL | undefined;
  readonly sourceFormat: string; // 'markdown', 'mdx' or another format
}

export interface SatteriDiagramPlugin {
  readonly name: string;
  readonly options: { readonly position: true };
  code(node: CodeNode): Promise<Record<string, unknown> | undefined>;
}

/**
 * A Sätteri plugin factory for `satteri({ mdastPlugins: [...] })` or `processor.options.mdastPlugins`.
 * Returning a node from the `code` visitor replaces the block before Expressive Code (a hast plugin) runs.
 */
export function satteriTopologyDiagrams(options: TopologyDiagramsOptions = {}) {
  return (context: FactoryContext): SatteriDiagramPlugin => {
    const seen = new Map<string, number>();
    const format = context.sourceFormat === 'mdx' ? 'mdx' : 'markdown';
    const file = displayPath(context.fileURL);
    return {
      name: 'scale-up-topology-diagrams',
      options: { position: true },
      async code(node) {
        if (!isMermaidCode(node)) return undefined;
        const render = options.render ?? sharedRenderer();
        const id = diagramId(node.value, seen);
        const line = node.position?.start.line ?? 1;
        const html = await render({ code: node.value, meta: node.meta ?? null, file, line, id });
        return htmlNode(html, format);
      },
    };
  };
}
