// Text on the lines of an ASCII drawing: beside a `|` or inside `--HTTPS-->` it is a label; other text is names.
import {
  CONN,
  LABEL,
  OWNED,
  SPACE,
  TEXT,
  cellIndex,
  kindAt,
  verticalNext,
  type Canvas,
} from './ascii-cells.ts';
import { FILL, SHAFT, VERTICAL, charAt, isWordChar, pointsTo } from './ascii-grid.ts';

export interface Segment {
  readonly row: number;
  readonly c1: number;
  readonly c2: number;
}

export interface Labels {
  readonly texts: string[];
  /** Connector cell index -> labels written beside it. */
  readonly onCell: Map<number, number[]>;
  /** Pairs of connector cells joined through a label written across the line. */
  readonly bridges: { readonly a: number; readonly b: number; readonly label: number }[];
}

export function newLabels(): Labels {
  return { texts: [], onCell: new Map(), bridges: [] };
}

/** Text of cells c1..c2 on a row: filler dropped, spaces collapsed. */
export function textOf(cv: Canvas, row: number, c1: number, c2: number): string {
  let s = '';
  for (let c = c1; c <= c2; c += 1) s += charAt(cv.grid, row, c);
  return s.split(FILL).join('').replace(/\s+/g, ' ').trim();
}

function cleanLabel(text: string): string {
  const t = text.trim();
  const m = /^\((.*)\)$/.exec(t) ?? /^\[(.*)\]$/.exec(t);
  return (m ? (m[1] ?? '') : t).trim();
}

/** Records the text of a segment as a label and marks its cells. */
export function addLabel(cv: Canvas, labels: Labels, seg: Segment): number {
  labels.texts.push(cleanLabel(textOf(cv, seg.row, seg.c1, seg.c2)));
  for (let c = seg.c1; c <= seg.c2; c += 1) {
    const i = cellIndex(cv, seg.row, c);
    if (i >= 0 && cv.kind[i] !== SPACE) cv.kind[i] = LABEL;
  }
  return labels.texts.length - 1;
}

function attach(labels: Labels, cell: number, label: number): void {
  const list = labels.onCell.get(cell) ?? [];
  list.push(label);
  labels.onCell.set(cell, list);
}

const ARROWISH = /[<>\u2190-\u2194\u25ba\u25c4]/;

function labelCell(cv: Canvas, r: number, c: number): boolean {
  const k = kindAt(cv, r, c);
  const ch = charAt(cv.grid, r, c);
  return k === TEXT || (k === CONN && (SHAFT.has(ch) || ARROWISH.test(ch)));
}

/** The text run starting at column `from` going `step` (+1 right, -1 left), up to a 3-space gap. */
function run(cv: Canvas, r: number, from: number, step: number): number {
  let last = from;
  let spaces = 0;
  for (let x = from + step; x >= 0 && x < cv.grid.width; x += step) {
    if (labelCell(cv, r, x)) {
      last = x;
      spaces = 0;
    } else if (kindAt(cv, r, x) === SPACE && spaces < 2) {
      spaces += 1;
    } else break;
  }
  return last;
}

function skipSpaces(cv: Canvas, r: number, from: number, step: number, max: number): number {
  let x = from;
  for (let n = 0; n < max && kindAt(cv, r, x) === SPACE && x >= 0 && x < cv.grid.width; n += 1)
    x += step;
  return x;
}

function isVerticalConn(cv: Canvas, r: number, c: number): boolean {
  return kindAt(cv, r, c) === CONN && VERTICAL.has(charAt(cv.grid, r, c));
}

function hasWords(cv: Canvas, r: number, a: number, b: number): boolean {
  for (let c = a; c <= b; c += 1)
    if (kindAt(cv, r, c) === TEXT && isWordChar(charAt(cv.grid, r, c))) return true;
  return false;
}

/** Text written beside a vertical line (`|  DNS lookup`, `│ HTTP │`), a label of that line. */
export function sideLabels(cv: Canvas, labels: Labels): void {
  const g = cv.grid;
  for (let r = 0; r < g.height; r += 1) {
    for (let c = 0; c < g.width; c += 1) {
      if (!isVerticalConn(cv, r, c)) continue;
      const ends = [verticalNext(cv, r, c, -1), verticalNext(cv, r, c, 1)].map((i) =>
        i < 0 ? SPACE : (cv.kind[i] ?? SPACE),
      );
      if (!ends.some((k) => k === CONN || k === OWNED)) continue;
      const cell = cellIndex(cv, r, c);
      for (const step of [1, -1]) {
        const start = skipSpaces(cv, r, c + step, step, 3);
        if (kindAt(cv, r, start) !== TEXT) continue;
        const end = run(cv, r, start, step);
        const beyond = skipSpaces(cv, r, end + step, step, 3);
        if (isVerticalConn(cv, r, beyond)) continue;
        if (step < 0 && [1, 2, 3].some((n) => end - n >= 0 && kindAt(cv, r, end - n) !== SPACE))
          continue;
        const [a, b] = step > 0 ? [start, end] : [end, start];
        if (!hasWords(cv, r, a, b)) continue;
        attach(labels, cell, addLabel(cv, labels, { row: r, c1: a, c2: b }));
      }
    }
  }
}

/** Runs of text cells on each row (single spaces inside a run). */
export function segments(cv: Canvas): Segment[] {
  const out: Segment[] = [];
  const g = cv.grid;
  for (let r = 0; r < g.height; r += 1) {
    let c = 0;
    while (c < g.width) {
      if (kindAt(cv, r, c) !== TEXT) {
        c += 1;
        continue;
      }
      let e = c;
      while (
        kindAt(cv, r, e + 1) === TEXT ||
        (kindAt(cv, r, e + 1) === SPACE && kindAt(cv, r, e + 2) === TEXT)
      )
        e += 1;
      out.push({ row: r, c1: c, c2: e });
      c = e + 1;
    }
  }
  return out;
}

/** `--HTTPS-->`, `-----( HTTPS )----+`: text between two pieces of one horizontal line is its label. */
export function inlineLabels(cv: Canvas, segs: readonly Segment[], labels: Labels): Segment[] {
  return segs.filter((s) => {
    const x = skipSpaces(cv, s.row, s.c1 - 1, -1, 1);
    const y = skipSpaces(cv, s.row, s.c2 + 1, 1, 1);
    const lch = charAt(cv.grid, s.row, x);
    const rch = charAt(cv.grid, s.row, y);
    const leftOk = kindAt(cv, s.row, x) === CONN && SHAFT.has(lch);
    const rightOk = kindAt(cv, s.row, y) === CONN && (SHAFT.has(rch) || pointsTo(rch, 2));
    if (!leftOk || !rightOk) return true;
    const label = addLabel(cv, labels, s);
    labels.bridges.push({ a: cellIndex(cv, s.row, x), b: cellIndex(cv, s.row, y), label });
    return false;
  });
}

/** Attaches a free text to a line cell as its label (text written just over or under a horizontal arrow). */
export function labelNear(labels: Labels, cell: number, text: string): void {
  labels.texts.push(cleanLabel(text));
  attach(labels, cell, labels.texts.length - 1);
}
