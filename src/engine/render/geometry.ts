// Sizes shared by the layout and the SVG writer: fonts, paddings, the icon box, label wrapping.
import { linesWidth, textWidth, wrapText } from './measure.ts';

export const NODE_FONT = 13;
export const NODE_LINE = 16;
export const NODE_PAD_X = 10;
export const NODE_PAD_Y = 10;
export const ICON_SIZE = 22;
export const ICON_GAP = 8;
export const NODE_MIN_WIDTH = 112;
export const NODE_MIN_HEIGHT = 44;
/** Labels wrap beyond this width (words are never cut). */
export const NODE_TEXT_MAX = 150;

export const EDGE_FONT = 12;
export const EDGE_LINE = 15;
export const EDGE_TEXT_MAX = 140;
export const EDGE_LABEL_PAD = 4;

export const GROUP_FONT = 12;
export const GROUP_PAD = 14;
/** Room above a box's members for its title. */
export const GROUP_PAD_TOP = 34;

export interface Size {
  readonly width: number;
  readonly height: number;
}

export function nodeLines(label: string): string[] {
  const lines = wrapText(label, NODE_FONT, NODE_TEXT_MAX);
  return lines.length > 0 ? lines : [''];
}

export function nodeSize(lines: readonly string[]): Size {
  const text = linesWidth(lines, NODE_FONT);
  return {
    width: Math.max(NODE_MIN_WIDTH, NODE_PAD_X + ICON_SIZE + ICON_GAP + text + NODE_PAD_X + 2),
    height: Math.max(NODE_MIN_HEIGHT, lines.length * NODE_LINE + 2 * NODE_PAD_Y),
  };
}

export function edgeLines(label: string, maxWidth = EDGE_TEXT_MAX): string[] {
  return wrapText(label, EDGE_FONT, maxWidth);
}

export function edgeLabelSize(lines: readonly string[]): Size {
  return {
    width: linesWidth(lines, EDGE_FONT) + 2 * EDGE_LABEL_PAD,
    height: lines.length * EDGE_LINE + EDGE_LABEL_PAD,
  };
}

/** The narrowest a box can be and still show its title. */
export function groupMinWidth(label: string): number {
  return textWidth(label, GROUP_FONT, true) + 2 * GROUP_PAD;
}
