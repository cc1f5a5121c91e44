// Writes a laid-out topology as a self-contained, accessible SVG string (no script, themed by CSS).
import { fnv1a64 } from '../grade/hash.ts';
import { describeLayout, layoutTitle } from './describe.ts';
import { GROUP_FONT, GROUP_PAD, ICON_GAP, ICON_SIZE, NODE_LINE, NODE_PAD_X } from './geometry.ts';
import { iconSvg } from './icons.ts';
import type { Layout, PlacedGroup, PlacedNode } from './layout-model.ts';
import {
  arrowMarkers,
  edgeLabelSvg,
  edgeSvg,
  LEGEND_HEIGHT,
  legendSvg,
  legendWidth,
  LINE_STYLES,
  lineStyle,
} from './svg-edges.ts';
import { diagramStyle } from './svg-style.ts';
import { num, textLines, xmlAttr, xmlText } from './svg-text.ts';

export interface SvgOptions {
  /** Id of the `<svg>`, prefix of every id inside it; must be unique on the page. Default: a hash of the layout. */
  readonly id?: string;
  /** The accessible name (and `<title>`); default "Diagram of N components and M connections". */
  readonly title?: string;
  /**
   * Inside its figure, the SVG shrinks with the column down to this fraction of its natural size, then
   * stops (the figure scrolls sideways) so text stays legible. Default 0.55; 0 lets it shrink freely.
   */
  readonly minScale?: number;
}

/**
 * At 0.55, 13 px node names still show at about 7 px and 12 px labels at 6.6 px: the smallest that stays
 * readable. Every lesson diagram (the widest is 1126 px) fits a 1280 px desktop's 632 px column above it;
 * on a phone the wide ones stop there and scroll inside their figure.
 */
export const DEFAULT_MIN_SCALE = 0.55;

/** A page-safe id: letters, digits and dashes, starting with a letter. */
export function safeId(id: string): string {
  const cleaned = id.replace(/[^A-Za-z0-9-]+/g, '-');
  return /^[A-Za-z]/.test(cleaned) ? cleaned : `su-${cleaned}`;
}

function nodeSvg(node: PlacedNode): string {
  const iconX = node.x + NODE_PAD_X;
  const iconY = node.y + (node.height - ICON_SIZE) / 2;
  const textLeft = iconX + ICON_SIZE + ICON_GAP;
  const cx = (textLeft + node.x + node.width - NODE_PAD_X) / 2;
  const first = node.y + (node.height - node.lines.length * NODE_LINE) / 2 + NODE_LINE - 4;
  const role = node.role === null ? '' : ` su-role-${node.role}`;
  return (
    `<g class="su-node su-kind-${node.kind}${role}" data-id="${xmlAttr(node.id)}">` +
    `<rect x="${num(node.x)}" y="${num(node.y)}" width="${num(node.width)}" height="${num(node.height)}" rx="8"/>` +
    iconSvg(node.kind, iconX, iconY, ICON_SIZE) +
    textLines(node.lines, cx, first, NODE_LINE, 'text-anchor="middle"') +
    `</g>`
  );
}

function groupSvg(group: PlacedGroup): string {
  return (
    `<g class="su-group su-kind-${group.kind}" data-id="${xmlAttr(group.id)}">` +
    `<rect x="${num(group.x)}" y="${num(group.y)}" width="${num(group.width)}" height="${num(group.height)}" rx="10"/>` +
    `</g>`
  );
}

/** Box titles go over the edges (with a halo), so a line entering the box never hides its name. */
function groupTitleSvg(group: PlacedGroup): string {
  const x = num(group.x + GROUP_PAD);
  const y = num(group.y + GROUP_PAD + GROUP_FONT);
  return `<text class="su-group-title" x="${x}" y="${y}">${xmlText(group.label)}</text>`;
}

/** The opening tag, title, description and stylesheet every diagram SVG starts with. */
export function svgHead(
  id: string,
  size: { readonly width: number; readonly height: number; readonly minScale?: number | undefined },
  title: string,
  desc: string,
  kind: string,
): string {
  const { width, height } = size;
  // A custom property, not min-width itself: only the figure, which scrolls, applies it (svg-style.ts).
  const minWidth = width * (size.minScale ?? DEFAULT_MIN_SCALE);
  const style = minWidth > 0 ? ` style="--su-min-width:${num(Math.floor(minWidth))}px"` : '';
  return (
    `<svg role="img" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg" id="${id}" ` +
    `class="su-diagram-svg su-${kind}" viewBox="0 0 ${num(width)} ${num(height)}" ` +
    `width="${num(width)}" height="${num(height)}"${style}>` +
    `<title id="${id}-title">${xmlText(title)}</title><desc id="${id}-desc">${xmlText(desc)}</desc>` +
    `<style>${diagramStyle()}</style>`
  );
}

export function renderSvg(layout: Layout, options: SvgOptions = {}): string {
  const id = safeId(options.id ?? `su-${fnv1a64(JSON.stringify(layout)).slice(0, 12)}`);
  const used = LINE_STYLES.filter((s) => layout.edges.some((e) => lineStyle(e.encrypted) === s));
  // Once plaintext lines are dashed, dotted standby links need naming too.
  const dotted = layout.edges.some((e) => e.stroke === 'dotted') ? (['dotted'] as const) : [];
  const legend = layout.edges.some((e) => e.encrypted !== null) ? [...used, ...dotted] : [];
  const width = Math.max(layout.width, legend.length > 0 ? legendWidth(legend) : 0);
  const height = layout.height + (legend.length > 0 ? LEGEND_HEIGHT : 0);
  const groups = [...layout.groups].sort((a, b) => a.depth - b.depth);
  return [
    svgHead(
      id,
      { width, height, minScale: options.minScale },
      options.title ?? layoutTitle(layout),
      describeLayout(layout),
      'topology',
    ),
    `<defs>${arrowMarkers(id, used)}</defs>`,
    `<rect class="su-bg" width="${num(width)}" height="${num(height)}"/>`,
    ...groups.map(groupSvg),
    ...layout.edges.map((e) => edgeSvg(e, id)),
    ...layout.nodes.map(nodeSvg),
    ...groups.map(groupTitleSvg),
    ...layout.edges.map(edgeLabelSvg),
    legend.length > 0 ? legendSvg(legend, layout.height + 6, id) : '',
    '</svg>',
  ].join('');
}
