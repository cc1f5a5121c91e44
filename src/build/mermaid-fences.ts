// What both Markdown pipelines share: which code blocks are diagrams, their ids, where they are, what replaces them.
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fnv1a64 } from '../engine/grade/hash.ts';

/** The slice of an mdast `code` node the plugins read. */
export interface CodeNode {
  readonly type: string;
  readonly lang?: string | null | undefined;
  readonly meta?: string | null | undefined;
  readonly value: string;
  readonly position?: { readonly start: { readonly line: number } } | undefined;
}

export function isMermaidCode(node: { type: string; lang?: string | null | undefined }): boolean {
  return node.type === 'code' && (node.lang ?? '').trim().toLowerCase() === 'mermaid';
}

/**
 * Deterministic, page-unique SVG ids: a hash of the diagram's source, with `-2`, `-3` for repeats.
 * Call with one `seen` map per document, in document order.
 */
export function diagramId(code: string, seen: Map<string, number>): string {
  const base = `su-d-${fnv1a64(code).slice(0, 10)}`;
  const count = (seen.get(base) ?? 0) + 1;
  seen.set(base, count);
  return count === 1 ? base : `${base}-${count}`;
}

/** A file named the way a person finds it: relative to the working directory, forward slashes. */
export function displayPath(file: URL | string | undefined): string {
  if (file === undefined || file === '') return '<unknown file>';
  const absolute =
    file instanceof URL
      ? fileURLToPath(file)
      : file.startsWith('file:')
        ? fileURLToPath(file)
        : file;
  const rel = relative(process.cwd(), absolute);
  return (rel.startsWith('..') ? absolute : rel).split(sep).join('/');
}

/** Raw HTML in the tree: an `html` node in Markdown, `<Fragment set:html="...">` in MDX (which has no raw HTML). */
export function htmlNode(html: string, format: 'markdown' | 'mdx'): Record<string, unknown> {
  if (format === 'markdown') return { type: 'html', value: html };
  return {
    type: 'mdxJsxFlowElement',
    name: 'Fragment',
    attributes: [{ type: 'mdxJsxAttribute', name: 'set:html', value: html }],
    children: [],
  };
}
