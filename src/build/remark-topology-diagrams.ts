// Remark (unified) plugin: every ```mermaid block becomes a <figure> with a static SVG drawn by the engine.
import type { BlockRenderer } from './render-block.ts';
import {
  diagramId,
  displayPath,
  htmlNode,
  isMermaidCode,
  type CodeNode,
} from './mermaid-fences.ts';
import { sharedRenderer } from './shared-renderer.ts';

export interface TopologyDiagramsOptions {
  /** How a block is drawn; default: the shared worker-thread renderer. */
  readonly render?: BlockRenderer;
}

interface TreeNode {
  type: string;
  children?: TreeNode[];
}

interface VFileLike {
  readonly path?: string | undefined;
  readonly history?: readonly string[] | undefined;
}

function collect(
  node: TreeNode,
  found: { parent: TreeNode; index: number; code: CodeNode }[],
): void {
  node.children?.forEach((child, index) => {
    if (isMermaidCode(child))
      found.push({ parent: node, index, code: child as unknown as CodeNode });
    else collect(child, found);
  });
}

/**
 * `unified().use(remarkTopologyDiagrams)`: async transformer. A block the engine cannot read rejects with a
 * DiagramBuildError naming the file and line, so the build fails instead of dropping the diagram.
 */
export function remarkTopologyDiagrams(options: TopologyDiagramsOptions = {}) {
  return async (tree: TreeNode, file?: VFileLike): Promise<void> => {
    const render = options.render ?? sharedRenderer();
    const path = file?.path ?? file?.history?.at(-1);
    const format = path?.endsWith('.mdx') ? 'mdx' : 'markdown';
    const found: { parent: TreeNode; index: number; code: CodeNode }[] = [];
    collect(tree, found);
    const seen = new Map<string, number>();
    const jobs = found.map(({ code }) =>
      render({
        code: code.value,
        meta: code.meta ?? null,
        file: displayPath(path),
        line: code.position?.start.line ?? 1,
        id: diagramId(code.value, seen),
      }),
    );
    const html = await Promise.all(jobs);
    found.forEach(({ parent, index }, i) => {
      if (parent.children)
        parent.children[index] = htmlNode(html[i] ?? '', format) as unknown as TreeNode;
    });
  };
}
