// Components from the enclosures of an ASCII drawing: a box is a vertex, or a group when it holds other items.
import { boxLabel, unbracketRows } from './ascii-box-label.ts';
import { narrowDoubled } from './ascii-doubled.ts';
import { stackedAddresses } from './ascii-stacked-address.ts';
import { findBoxes, findBrackets, leftAt, rightAt, type Box, type Bracket } from './ascii-boxes.ts';
import { OWNED, own, type Canvas } from './ascii-cells.ts';
import { flowTitleRow, holdsFlow, isLineRow } from './ascii-box-flow.ts';
import { FILL, charAt, type Grid } from './ascii-grid.ts';

export interface Comp {
  readonly kind: 'box' | 'bracket' | 'block';
  readonly group: boolean;
  label: string;
  /** Row and column that put components in reading order; `row` is also the reported line. */
  readonly row: number;
  readonly col: number;
  /** Index (in the component list) of the group box holding it, or -1. */
  parent: number;
  /** For a text block read as a group: its member lines. */
  readonly members?: readonly {
    readonly row: number;
    readonly col: number;
    readonly text: string;
  }[];
  readonly aside?: boolean;
}

function rowText(
  g: Grid,
  r: number,
  from: number,
  to: number,
  skip?: (c: number) => boolean,
): string {
  let s = '';
  for (let c = from; c <= to; c += 1) s += skip?.(c) ? ' ' : charAt(g, r, c);
  return s.split(FILL).join('').replace(/\s+/g, ' ').trim();
}

function area(b: Box): number {
  return (b.bottom - b.top) * ((b.rights[0] ?? b.left) - b.left);
}

/** Innermost box whose interior holds cell (r, c), or -1. */
function boxAround(boxes: readonly Box[], r: number, c: number): number {
  let best = -1;
  boxes.forEach((b, i) => {
    if (r <= b.top || r >= b.bottom || c <= leftAt(b, r) || c >= rightAt(b, r)) return;
    const cur = boxes[best];
    if (!cur || area(b) < area(cur)) best = i;
  });
  return best;
}

function ownBorder(cv: Canvas, b: Box, comp: number): void {
  const claim = (r: number, c: number): void => {
    if (cv.kind[r * cv.grid.width + c] !== OWNED) own(cv, r, c, comp);
  };
  for (let c = b.left; c <= rightAt(b, b.top); c += 1) claim(b.top, c);
  for (let c = b.left; c <= rightAt(b, b.bottom); c += 1) claim(b.bottom, c);
  for (let r = b.top + 1; r < b.bottom; r += 1) {
    claim(r, leftAt(b, r));
    claim(r, rightAt(b, r));
  }
  for (const [r, c] of b.outerBars ?? []) claim(r, c);
}

export interface Enclosures {
  readonly comps: Comp[];
  /** Index of the group box component whose interior holds cell (r, c), or -1. */
  readonly around: (r: number, c: number) => number;
}

/** Boxes and brackets as components (boxes first), marking the cells they own. */
export function enclosures(cv: Canvas): Enclosures {
  const g = cv.grid;
  const boxes = findBoxes(g).map((b) => narrowDoubled(g, b));
  const border = new Set<number>();
  for (const b of boxes) {
    for (let c = b.left; c <= rightAt(b, b.top); c += 1) border.add(b.top * g.width + c);
    for (let c = b.left; c <= rightAt(b, b.bottom); c += 1) border.add(b.bottom * g.width + c);
    for (let r = b.top; r <= b.bottom; r += 1)
      border.add(r * g.width + leftAt(b, r)).add(r * g.width + rightAt(b, r));
  }
  const brackets = findBrackets(g).filter((k) => {
    for (let c = k.left; c <= k.right; c += 1) if (border.has(k.row * g.width + c)) return false;
    return true;
  });
  const bracketBox = brackets.map((k) => boxAround(boxes, k.row, k.left));
  const comps: Comp[] = [];
  const boxComp: number[] = [];
  const absorbed = new Set<Bracket>();
  boxes.forEach((b, i) => {
    const children = boxes.filter((o) => o.parent === i).length;
    const inner = brackets.filter((_, k) => bracketBox[k] === i);
    const only = inner[0];
    const single =
      children === 0 &&
      inner.length === 1 &&
      only !== undefined &&
      Array.from({ length: b.bottom - b.top - 1 }, (_, k) => b.top + 1 + k).every(
        (r) => r === only.row || !rowText(g, r, leftAt(b, r) + 1, rightAt(b, r) - 1),
      );
    if (single) absorbed.add(only);
    const group = !single && (children > 0 || inner.length > 0 || holdsFlow(g, b));
    const index = comps.length;
    boxComp.push(index);
    ownBorder(cv, b, index);
    const rows: string[] = [];
    let textRow = -1;
    /** The box takes the marks of a row of its label, so they are read as nothing else. */
    const ownText = (r: number): void => {
      for (let c = leftAt(b, r) + 1; c < rightAt(b, r); c += 1)
        if (charAt(g, r, c) !== ' ') own(cv, r, c, index);
    };
    if (!group) {
      for (let r = b.top + 1; r < b.bottom; r += 1) {
        for (let c = leftAt(b, r) + 1; c < rightAt(b, r); c += 1) own(cv, r, c, index);
        // A line leaving through the wall (`MySQL Primary ═╬══►`) is no part of the name.
        const t = rowText(g, r, leftAt(b, r) + 1, rightAt(b, r) - 1)
          .replace(/[\s\u2500-\u257f\u25b6\u25ba]+$/u, '')
          .trim();
        if (t.replace(/[[\]]/g, '').trim() && textRow < 0) textRow = r;
        if (t) rows.push(t);
      }
      rows.splice(0, rows.length, ...unbracketRows(rows).filter((t) => t !== ''));
    } else if (children > 0 || inner.length > 0) {
      const taken = (r: number, c: number): boolean =>
        boxes.some(
          (o) =>
            o.parent === i &&
            r >= o.top &&
            r <= o.bottom &&
            c >= leftAt(o, r) &&
            c <= rightAt(o, r),
        ) || inner.some((k) => k.row === r && c >= k.left && c <= k.right);
      for (let r = b.top + 1; r < b.bottom; r += 1) {
        let member = false;
        for (let c = leftAt(b, r) + 1; c < rightAt(b, r); c += 1) member ||= taken(r, c);
        if (member || isLineRow(g, b, r)) break;
        const t = rowText(g, r, leftAt(b, r) + 1, rightAt(b, r) - 1);
        if (!t && rows.length > 0) break;
        if (!t) continue;
        if (textRow < 0) textRow = r;
        rows.push(t);
        ownText(r);
      }
    } else if (b.title === '') {
      const title = flowTitleRow(g, b);
      if (title >= 0) {
        textRow = title;
        rows.push(rowText(g, title, leftAt(b, title) + 1, rightAt(b, title) - 1));
        ownText(title);
      }
    }
    const row = textRow >= 0 && b.title === '' ? textRow : b.top;
    const label = boxLabel([b.title, ...rows].filter((t) => t !== ''));
    comps.push({ kind: 'box', group, label, row, col: b.left, parent: -1 });
  });
  boxes.forEach((b, i) => {
    const me = comps[boxComp[i] ?? -1];
    if (me && b.parent >= 0) me.parent = boxComp[b.parent] ?? -1;
  });
  const addresses = stackedAddresses(brackets, (k) => rowText(g, k.row, k.left + 1, k.right - 1));
  const under = new Set(addresses.values());
  brackets.forEach((k, n) => {
    if (absorbed.has(k) || under.has(k)) return;
    const index = comps.length;
    const address = addresses.get(k);
    for (const b of address ? [k, address] : [k])
      for (let c = b.left; c <= b.right; c += 1) own(cv, b.row, c, index);
    const name = rowText(g, k.row, k.left + 1, k.right - 1);
    const label = address
      ? `${name} (${rowText(g, address.row, address.left + 1, address.right - 1)})`
      : name;
    const box = bracketBox[n] ?? -1;
    comps.push({
      kind: 'bracket',
      group: false,
      label,
      row: k.row,
      col: k.left,
      parent: box >= 0 ? (boxComp[box] ?? -1) : -1,
    });
  });
  const around = (r: number, c: number): number => {
    const i = boxAround(boxes, r, c);
    const comp = i >= 0 ? (boxComp[i] ?? -1) : -1;
    return comps[comp]?.group ? comp : -1;
  };
  return { comps, around };
}
