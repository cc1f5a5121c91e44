// Turns one ```mermaid block of a lesson into a <figure> with a static SVG, or fails naming file and line.
import ELK from 'elkjs/lib/elk.bundled.js';
import { parseMermaidText } from '../engine/ingest/parse-mermaid.ts';
import { diagramDirection, layoutTopology } from '../engine/render/layout.ts';
import type { ElkLike } from '../engine/render/layout-model.ts';
import { sequenceDiagramOf } from '../engine/render/sequence-input.ts';
import { renderSequenceSvg } from '../engine/render/sequence-svg.ts';
import { renderSvg } from '../engine/render/svg.ts';
import { xmlText } from '../engine/render/svg-text.ts';
import { ingestText, nodeMermaidParser } from '../platform/node-ingest.ts';
import { DiagramBuildError } from './diagram-error.ts';
import { parseFenceMeta } from './fence-meta.ts';
import { simulationData, simulationHtml } from './simulation-block.ts';

export interface MermaidBlockInput {
  /** The diagram text between the fences. */
  readonly code: string;
  /** The fence's meta string (`title="..."`). */
  readonly meta: string | null;
  /** File named in errors (relative to the project root reads best). */
  readonly file: string;
  /** File line of the opening fence. */
  readonly line: number;
  /** Id of the SVG, unique on its page. */
  readonly id: string;
}

export type BlockRenderer = (block: MermaidBlockInput) => Promise<string>;

let elk: ElkLike | null = null;

function elkInstance(): ElkLike {
  elk ??= new ELK();
  return elk;
}

/** Lesson columns are about 720 px wide: a wider flow is also tried in the other direction. */
export const MAX_DIAGRAM_WIDTH = 800;

export interface FigureParts {
  readonly svg: string;
  /** The SVG's id: a figure without a caption is named by the SVG's title. */
  readonly id: string;
  readonly kind: string;
  readonly caption: string | null;
  /** The Mermaid text, when the fence asks for it to be shown. */
  readonly source: string | null;
}

/**
 * The figure around a diagram: the SVG carries the text alternative, the caption is visible text. It can
 * scroll sideways (a wide diagram keeps legible text), so it takes keyboard focus like a code block.
 */
export function figureHtml(parts: FigureParts): string {
  const caption =
    parts.caption === null ? '' : `<figcaption>${xmlText(parts.caption)}</figcaption>`;
  const name = parts.caption === null ? ` aria-labelledby="${parts.id}-title"` : '';
  const source =
    parts.source === null
      ? ''
      : `<details class="su-diagram-source"><summary>Mermaid source</summary><pre><code>${xmlText(parts.source)}</code></pre></details>`;
  return `<figure class="su-diagram su-diagram--${parts.kind}" tabindex="0"${name}>${parts.svg}${caption}</figure>${source}`;
}

/** Renders in this process (Mermaid needs a DOM shim on globalThis: prefer the worker renderer in Astro). */
export async function renderMermaidBlock(block: MermaidBlockInput): Promise<string> {
  const fail = (relativeLine: number, reason: string): never => {
    throw new DiagramBuildError(block.file, block.line - 1 + relativeLine, reason);
  };
  // Fenced again, the text's line 1 is the fence: a line n of it is file line `block.line - 1 + n`.
  const result = await ingestText('```mermaid\n' + block.code + '\n```');
  const diagram = result.diagrams[0];
  if (!diagram) return fail(1, 'this Mermaid block is empty.');
  const error = result.errors[0];
  if (error) return fail(error.line, `Mermaid cannot read this diagram: ${error.message}`);
  const { title, showSource, simulate } = parseFenceMeta(block.meta);
  const svgOptions = { id: block.id, ...(title === null ? {} : { title }) };
  const figure = (svg: string, kind: string): string =>
    figureHtml({ svg, id: block.id, kind, caption: title, source: showSource ? block.code : null });
  if (diagram.kind === 'sequence') {
    const parsed = await parseMermaidText(nodeMermaidParser(), block.code);
    const model = parsed.model?.type === 'sequence' ? parsed.model : null;
    return figure(renderSequenceSvg(sequenceDiagramOf(result, model), svgOptions), 'sequence');
  }
  if (diagram.kind !== 'flowchart' && diagram.kind !== 'architecture') {
    return fail(
      1,
      'only Mermaid flowcharts, architecture-beta and sequence diagrams can be drawn at build time.',
    );
  }
  if (result.nodes.length === 0) return fail(1, 'this diagram has no nodes to draw.');
  const direction = diagramDirection(block.code) ?? 'DOWN';
  const layout = await layoutTopology(result, elkInstance(), {
    diagram: 0,
    direction,
    maxWidth: MAX_DIAGRAM_WIDTH,
  });
  const drawn = figure(renderSvg(layout, svgOptions), diagram.kind);
  if (!simulate) return drawn;
  try {
    return drawn + simulationHtml(simulationData(result), block.id, title ?? 'this design');
  } catch (error) {
    return fail(1, `this design cannot be simulated: ${(error as Error).message}`);
  }
}
