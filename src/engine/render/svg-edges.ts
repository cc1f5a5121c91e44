// Edges as SVG: routes with arrow markers (dotted or thick as drawn), labels on a plate, and the legend.
import { EDGE_FONT, EDGE_LABEL_PAD, EDGE_LINE } from './geometry.ts';
import type { PlacedEdge, Point } from './layout-model.ts';
import { securityWord } from './describe.ts';
import { textWidth } from './measure.ts';
import { num, textLines, xmlAttr } from './svg-text.ts';

export type LineStyle = 'encrypted' | 'plaintext' | 'unspecified';
export const LINE_STYLES: readonly LineStyle[] = ['encrypted', 'plaintext', 'unspecified'];

export function lineStyle(encrypted: boolean | null): LineStyle {
  return securityWord(encrypted) as LineStyle;
}

/** One arrowhead marker per line style: markers take their colour from where they are defined. */
export function arrowMarkers(prefix: string, styles: readonly string[]): string {
  return styles
    .map(
      (style) =>
        `<marker id="${prefix}-arrow-${style}" class="su-${style}" viewBox="0 0 10 10" refX="9.5" refY="5" ` +
        `markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto-start-reverse">` +
        `<path class="su-arrowhead" d="M0 0.8L10 5L0 9.2z"/></marker>`,
    )
    .join('');
}

function pathData(points: readonly Point[]): string {
  const kept = points.filter((p, i) => {
    const prev = points[i - 1];
    return prev === undefined || Math.abs(prev.x - p.x) > 0.01 || Math.abs(prev.y - p.y) > 0.01;
  });
  return kept.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)} ${num(p.y)}`).join(' ');
}

export function edgeSvg(edge: PlacedEdge, prefix: string): string {
  const style = lineStyle(edge.encrypted);
  const marker = `url(#${prefix}-arrow-${style})`;
  const markers = `${edge.bidirectional ? ` marker-start="${marker}"` : ''} marker-end="${marker}"`;
  const protocol = edge.protocol === null ? '' : ` su-proto-${edge.protocol}`;
  const stroke = edge.stroke === 'solid' ? '' : ` su-${edge.stroke}`;
  const cls = `su-edge su-${style}${protocol}${stroke}${edge.bidirectional ? ' su-bidirectional' : ''}`;
  const ends = `data-from="${xmlAttr(edge.from)}" data-to="${xmlAttr(edge.to)}"`;
  return `<g class="${cls}" ${ends}><path d="${pathData(edge.points)}"${markers}/></g>`;
}

/** The label of an edge, drawn after every edge so no line crosses it. */
export function edgeLabelSvg(edge: PlacedEdge): string {
  const box = edge.labelBox;
  if (box === null || edge.labelLines.length === 0) return '';
  const cx = box.x + box.width / 2;
  const baseline = box.y + EDGE_LABEL_PAD / 2 + EDGE_LINE - 3.5;
  const text = textLines(edge.labelLines, cx, baseline, EDGE_LINE, 'text-anchor="middle"');
  const plate = `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="3"/>`;
  return `<g class="su-label su-${lineStyle(edge.encrypted)}">${plate}${text}</g>`;
}

export const LEGEND_HEIGHT = 26;

/** A legend entry: a line style (colour and dash), or the dotted line of standby links. */
export type LegendItem = LineStyle | 'dotted';

/** A legend row at the bottom: a sample line and the word for each style the diagram uses. */
export function legendSvg(styles: readonly LegendItem[], y: number, prefix: string): string {
  let x = 16;
  const items = styles.map((style) => {
    const word = legendWord(style);
    const path = `<path d="M${num(x)} ${num(y)} L${num(x + 28)} ${num(y)}"`;
    const sample =
      style === 'dotted'
        ? `<g class="su-unspecified su-dotted">${path}/>`
        : `<g class="su-${style}">${path} marker-end="url(#${prefix}-arrow-${style})"/>`;
    const entry = `${sample}<text x="${num(x + 36)}" y="${num(y + 4)}">${word}</text></g>`;
    x += 36 + textWidth(word, EDGE_FONT) + 24;
    return entry;
  });
  return `<g class="su-legend">${items.join('')}</g>`;
}

/** The legend's width, so the diagram is wide enough to show it. */
export function legendWidth(styles: readonly LegendItem[]): number {
  return styles.reduce((w, s) => w + 36 + textWidth(legendWord(s), EDGE_FONT) + 24, 16);
}

function legendWord(style: LegendItem): string {
  if (style === 'dotted') return 'dotted: standby or side link';
  return style === 'unspecified' ? 'encryption not stated' : style;
}
