// The design checker's preview: the diagram the grader reads, drawn by the engine's renderer (ELK layout) as the
// build draws the lessons' diagrams. Labels are escaped by the renderer; the SVG is parsed as XML, never as HTML.
import type { IngestResult } from '../engine/ingest/ingest.ts';
import { diagramDirection, layoutTopology } from '../engine/render/layout.ts';
import type { ElkLike } from '../engine/render/layout-model.ts';
import { sequenceDiagramOf } from '../engine/render/sequence-input.ts';
import { renderSequenceSvg } from '../engine/render/sequence-svg.ts';
import { renderSvg } from '../engine/render/svg.ts';
import { pickDiagram } from '../engine/simulate/pick-diagram.ts';

/** The lesson column's width: a wider flow is also tried in the other direction. */
const MAX_WIDTH = 760;

let elk: ElkLike | null = null;

/** The SVG text of the learner's main diagram, or null when nothing readable was drawn. */
export async function previewSvg(
  read: IngestResult,
  text: string,
  id: string,
): Promise<string | null> {
  const diagram = pickDiagram(read.diagrams);
  if (diagram === null) return null;
  const title = 'Preview of your design';
  if (diagram.kind === 'sequence') {
    return renderSequenceSvg(sequenceDiagramOf(read, null, diagram.index), { id, title });
  }
  // ELK (about 400 KB gzipped) loads with the first preview, apart from the grader.
  if (elk === null) {
    const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
    elk = new ELK();
  }
  const layout = await layoutTopology(read, elk, {
    diagram: diagram.index,
    direction: diagramDirection(text) ?? 'DOWN',
    maxWidth: MAX_WIDTH,
  });
  return renderSvg(layout, { id, title });
}
