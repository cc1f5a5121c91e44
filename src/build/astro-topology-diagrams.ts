// Astro integration: registers the diagram transform on whichever Markdown processor the site uses.
import type { AstroIntegration } from 'astro';
import { remarkTopologyDiagrams } from './remark-topology-diagrams.ts';
import { satteriTopologyDiagrams } from './satteri-topology-diagrams.ts';
import { closeSharedRenderer } from './shared-renderer.ts';

interface ProcessorLike {
  readonly name?: unknown;
  readonly options?: { mdastPlugins?: unknown; remarkPlugins?: unknown };
}

/**
 * Astro 7 runs Markdown and MDX through `markdown.processor` (Sätteri by default; MDX inherits it).
 * `markdown.remarkPlugins` would need `@astrojs/markdown-remark`, so the plugin is put on the processor
 * itself, first in line, the way Starlight and Expressive Code add theirs.
 */
export function topologyDiagrams(): AstroIntegration {
  return {
    name: 'scale-up-topology-diagrams',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = (config.markdown as { processor?: ProcessorLike }).processor;
        const mdast = processor?.options?.mdastPlugins;
        const remark = processor?.options?.remarkPlugins;
        if (processor?.name === 'satteri' && Array.isArray(mdast)) {
          mdast.unshift(satteriTopologyDiagrams());
        } else if (processor?.name === 'unified' && Array.isArray(remark)) {
          remark.unshift(remarkTopologyDiagrams);
        } else {
          throw new Error(
            `scale-up-topology-diagrams: the Markdown processor "${String(processor?.name)}" is not supported; ` +
              'lesson diagrams would not be drawn. Use satteri() or unified().',
          );
        }
      },
      'astro:build:done': async () => {
        await closeSharedRenderer();
      },
    },
  };
}
