// The text of an ASCII drawing as parts: blocks of names become components; a lone text may label an arrow.
import { isAside, logicalLines, textBlocks } from './ascii-blocks.ts';
import { CONN, kindAt, own, type Canvas } from './ascii-cells.ts';
import type { Comp } from './ascii-components.ts';
import { SHAFT, charAt } from './ascii-grid.ts';
import { labelNear, segments, type Labels } from './ascii-labels.ts';

export interface BlockComp {
  readonly comp: number;
  readonly single: boolean;
  readonly cells: readonly [number, number][];
}

/** Text blocks become components (a block of three or more lines is a group of its lines). */
export function addBlocks(
  cv: Canvas,
  comps: Comp[],
  around: (r: number, c: number) => number,
): BlockComp[] {
  const out: BlockComp[] = [];
  for (const block of textBlocks(cv, segments(cv))) {
    const lines = logicalLines(block.lines);
    const first = lines[0];
    if (!first || !/[\p{L}\p{N}]/u.test(lines.map((l) => l.text).join(''))) continue;
    const aside = isAside(block);
    const group = lines.length >= 3 && !aside;
    const texts = lines.map((l) => (aside ? l.text.replace(/^\((.*)\)$/, '$1').trim() : l.text));
    const comp = comps.length;
    comps.push({
      kind: 'block',
      group,
      label: group ? first.text : texts.join(' '),
      row: block.top,
      col: block.left,
      parent: around(block.top, block.left),
      aside,
      ...(group ? { members: lines.slice(1) } : {}),
    });
    const cells: [number, number][] = [];
    for (const s of block.segments) for (let c = s.c1; c <= s.c2; c += 1) cells.push([s.row, c]);
    for (const [r, c] of cells) own(cv, r, c, comp);
    out.push({ comp, single: block.lines.length === 1, cells });
  }
  return out;
}

/** A lone text over or under a horizontal arrow labels that arrow. */
export function labelArrow(
  cv: Canvas,
  labels: Labels,
  comp: Comp,
  cells: readonly [number, number][],
): boolean {
  for (const [r, c] of cells) {
    for (const y of [r - 1, r + 1]) {
      if (kindAt(cv, y, c) === CONN && SHAFT.has(charAt(cv.grid, y, c))) {
        labelNear(labels, y * cv.grid.width + c, comp.label);
        return true;
      }
    }
  }
  return false;
}
