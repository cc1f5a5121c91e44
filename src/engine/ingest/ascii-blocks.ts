// Stacks of free text in an ASCII drawing (`Web Server` over `(Nginx)`) read as one component each.
import { CONN, SPACE, kindAt, type Canvas } from './ascii-cells.ts';
import { charAt, hasPort } from './ascii-grid.ts';
import { textOf, type Segment } from './ascii-labels.ts';

export interface TextLine {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

export interface TextBlock {
  readonly segments: readonly Segment[];
  readonly top: number;
  readonly left: number;
  /** One line per row, the row's segments joined. */
  readonly lines: readonly TextLine[];
}

function find(parent: number[], i: number): number {
  let x = i;
  while (parent[x] !== x) x = parent[x] ?? x;
  parent[i] = x;
  return x;
}

/** Whether a horizontal line meets the segment on its own row on one side (step -1: left, 1: right), within two spaces. */
function lineAt(cv: Canvas, s: Segment, step: -1 | 1): boolean {
  let x = step < 0 ? s.c1 - 1 : s.c2 + 1;
  for (let n = 0; n < 2 && kindAt(cv, s.row, x) === SPACE; n += 1) x += step;
  const ch = charAt(cv.grid, s.row, x);
  return kindAt(cv, s.row, x) === CONN && (hasPort(ch, 2) || hasPort(ch, 3));
}

/** Whether a horizontal line leaves the segment on its own row (`A --> B`). */
function onArrowRow(cv: Canvas, s: Segment): boolean {
  return lineAt(cv, s, -1) || lineAt(cv, s, 1);
}

/** Groups segments that sit on consecutive rows and overlap in columns (two rows of arrows stay apart). */
export function textBlocks(cv: Canvas, segs: readonly Segment[]): TextBlock[] {
  const parent = segs.map((_, i) => i);
  const arrows = segs.map((s) => onArrowRow(cv, s));
  // A name a line runs into from the left (`└── DNS`, `--> DNS`) is an item of its own, not the rest of the name above.
  const entered = segs.map((s) => lineAt(cv, s, -1));
  segs.forEach((a, i) => {
    segs.forEach((b, j) => {
      if (j <= i || b.row !== a.row + 1 || b.c1 > a.c2 || a.c1 > b.c2 || (arrows[i] && arrows[j]))
        return;
      if (entered[j]) return;
      parent[find(parent, j)] = find(parent, i);
    });
  });
  const groups = new Map<number, Segment[]>();
  segs.forEach((s, i) => {
    const root = find(parent, i);
    groups.set(root, [...(groups.get(root) ?? []), s]);
  });
  const blocks: TextBlock[] = [];
  for (const members of groups.values()) {
    const sorted = [...members].sort((a, b) => a.row - b.row || a.c1 - b.c1);
    const lines: TextLine[] = [];
    for (const s of sorted) {
      const text = textOf(cv, s.row, s.c1, s.c2);
      const last = lines[lines.length - 1];
      if (last && last.row === s.row)
        lines[lines.length - 1] = { ...last, text: `${last.text} ${text}` };
      else lines.push({ row: s.row, col: s.c1, text });
    }
    const shown = lines.filter((l) => l.text !== '');
    if (shown.length === 0) continue;
    blocks.push({
      segments: sorted,
      top: sorted[0]?.row ?? 0,
      left: Math.min(...sorted.filter((s) => s.row === sorted[0]?.row).map((s) => s.c1)),
      lines: shown,
    });
  }
  return blocks.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Lines of a block with continuation lines (`(Nginx)`, `+ Replicas)`) joined to the line above. */
export function logicalLines(lines: readonly TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (const l of lines) {
    const last = out[out.length - 1];
    const open = last
      ? (last.text.match(/\(/g)?.length ?? 0) > (last.text.match(/\)/g)?.length ?? 0)
      : false;
    if (last && (/^[(\u2013\u2014+&/-]/.test(l.text) || /^[a-z]/.test(l.text) || open)) {
      out[out.length - 1] = { ...last, text: `${last.text} ${l.text}` };
    } else {
      out.push(l);
    }
  }
  return out;
}

/** A block written only in parentheses (`(Cluster / Failover)`): an aside, not a component. */
export function isAside(block: TextBlock): boolean {
  return block.lines.every((l) => /^\(.*\)$/.test(l.text));
}
