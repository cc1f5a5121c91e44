// Finds the enclosures of an ASCII drawing: +---+ and ┌──┐ boxes (nested, a little misaligned) and [ bracket ] items.
import {
  BOTTOM_LEFT,
  BOTTOM_RIGHT,
  RULE,
  SIDE,
  TOP_LEFT,
  TOP_RIGHT,
  VERTICAL,
  charAt,
  isWordChar,
  type Grid,
} from './ascii-grid.ts';
import { titleEnd } from './ascii-box-title.ts';

export interface Box {
  readonly top: number;
  readonly bottom: number;
  /** Column of the top-left corner. */
  readonly left: number;
  /** Column of the left side on each row from `top` to `bottom`. */
  readonly lefts: readonly number[];
  /** Column of the right side on each row from `top` to `bottom` (hand-drawn sides wander a little). */
  readonly rights: readonly number[];
  /** Text written into the top border (`┌── Server 1 ──┐`), the box's title; '' when none. */
  readonly title: string;
  /** Index of the smallest box around this one, or -1. */
  parent: number;
  /** Sides drawn doubled (`||  name  ||`): the outer bars' cells [row, col], border too; `lefts`/`rights` inner. */
  readonly outerBars?: readonly (readonly [number, number])[];
}

export interface Bracket {
  readonly row: number;
  /** Columns of `[` and `]`. */
  readonly left: number;
  readonly right: number;
}

const SLACK = 3;

export function rightAt(box: Box, row: number): number {
  return box.rights[row - box.top] ?? box.rights[0] ?? box.left;
}

export function leftAt(box: Box, row: number): number {
  return box.lefts[row - box.top] ?? box.left;
}

function sideNear(g: Grid, r: number, c: number): number {
  if (SIDE.has(charAt(g, r, c))) return c;
  for (let d = 1; d <= SLACK; d += 1) {
    for (const x of [c - d, c + d]) if (VERTICAL.has(charAt(g, r, x))) return x;
  }
  return -1;
}

function bottomRight(g: Grid, r: number, left: number, right: number): number {
  let best = -1;
  for (let c = left + 1; c < g.width; c += 1) {
    const ch = charAt(g, r, c);
    if (BOTTOM_RIGHT.has(ch) && c > left + 1 && Math.abs(c - right) <= SLACK) {
      if (best < 0 || Math.abs(c - right) < Math.abs(best - right)) best = c;
    }
    if (!RULE.has(ch)) break;
  }
  return best;
}

function close(g: Grid, top: number, left: number, right: number, title: string): Box | null {
  const rights = [right];
  const lefts = [left];
  for (let r = top + 1; r < g.height; r += 1) {
    const lc = charAt(g, r, left);
    // A rule right under the top is the top of the next box in a stack, not an interior row.
    if (
      r === top + 1 &&
      (BOTTOM_LEFT.has(lc) || TOP_LEFT.has(lc)) &&
      RULE.has(charAt(g, r, left + 1))
    )
      return null;
    if (BOTTOM_LEFT.has(lc) && r > top + 1 && RULE.has(charAt(g, r, left + 1))) {
      const br = bottomRight(g, r, left, rights[rights.length - 1] ?? right);
      if (br >= 0)
        return {
          top,
          bottom: r,
          left,
          lefts: [...lefts, left],
          rights: [...rights, br],
          title,
          parent: -1,
        };
    }
    const side = SIDE.has(lc)
      ? left
      : [left - 1, left + 1].find((x) => VERTICAL.has(charAt(g, r, x)));
    if (side === undefined) return null;
    const rc = sideNear(g, r, rights[rights.length - 1] ?? right);
    if (rc < 0 || rc <= side + 1) return null;
    lefts.push(side);
    rights.push(rc);
  }
  return null;
}

function boxAt(g: Grid, r: number, left: number): Box | null {
  if (
    !TOP_LEFT.has(charAt(g, r, left)) ||
    !RULE.has(charAt(g, r, left + 1)) ||
    charAt(g, r, left + 1) === '+'
  )
    return null;
  let title = '';
  for (let c = left + 1; c < g.width; c += 1) {
    const ch = charAt(g, r, c);
    if (TOP_RIGHT.has(ch) && c - left >= 2) {
      const box = close(g, r, left, c, title);
      if (box) return box;
    }
    if (RULE.has(ch)) continue;
    const end = title === '' ? titleEnd(g, r, c) : -1;
    if (end < 0) break;
    title = g.rows[r]?.slice(c, end).join('').replace(/\s+/g, ' ').trim() ?? '';
    c = end - 1;
  }
  return null;
}

function interiorsOverlap(a: Box, b: Box): boolean {
  const ar = Math.max(...a.rights);
  const br = Math.max(...b.rights);
  return (
    a.top < b.bottom - 1 &&
    b.top < a.bottom - 1 &&
    Math.min(...a.lefts) < br - 1 &&
    Math.min(...b.lefts) < ar - 1
  );
}

/** Whether `inner` lies inside the interior of `outer`. */
export function boxInside(inner: Box, outer: Box): boolean {
  if (inner.top <= outer.top || inner.bottom >= outer.bottom) return false;
  for (let r = inner.top; r <= inner.bottom; r += 1) {
    if (rightAt(inner, r) >= rightAt(outer, r) || leftAt(inner, r) <= leftAt(outer, r))
      return false;
  }
  return true;
}

/** The boxes of a drawing in reading order, with their nesting; crossing boxes after the first are dropped. */
export function findBoxes(g: Grid): Box[] {
  const boxes: Box[] = [];
  for (let r = 0; r < g.height; r += 1) {
    for (let c = 0; c < g.width; c += 1) {
      const box = boxAt(g, r, c);
      if (!box) continue;
      const clash = boxes.some(
        (b) => interiorsOverlap(b, box) && !boxInside(box, b) && !boxInside(b, box),
      );
      if (!clash) boxes.push(box);
    }
  }
  boxes.forEach((box, i) => {
    let best = -1;
    boxes.forEach((other, j) => {
      if (j === i || !boxInside(box, other)) return;
      const cur = boxes[best];
      if (best < 0 || (cur && boxInside(other, cur))) best = j;
    });
    box.parent = best;
  });
  return boxes;
}

/** `[ text ]` items: a bracket pair on one row around some words, not a Markdown link. */
export function findBrackets(g: Grid): Bracket[] {
  const found: Bracket[] = [];
  for (let r = 0; r < g.height; r += 1) {
    for (let c = 0; c < g.width; c += 1) {
      if (charAt(g, r, c) !== '[') continue;
      let e = c + 1;
      let words = false;
      while (e < g.width && e - c < 120 && charAt(g, r, e) !== ']' && charAt(g, r, e) !== '[') {
        if (isWordChar(charAt(g, r, e))) words = true;
        e += 1;
      }
      if (charAt(g, r, e) === ']' && words && charAt(g, r, e + 1) !== '(') {
        found.push({ row: r, left: c, right: e });
        c = e;
      }
    }
  }
  return found;
}
