// The canvas of an ASCII drawing: what each cell is (space, text, connector, component, label) and who owns it.
import { dotRun, dottedColumn } from './ascii-dotted.ts';
import { FILL, VERTICAL, charAt, isWordChar, type Grid } from './ascii-grid.ts';
import { isInlineArrow } from './ascii-inline-arrow.ts';

export const SPACE = 0;
export const TEXT = 1;
export const CONN = 2;
export const OWNED = 3;
export const LABEL = 4;

export interface Canvas {
  readonly grid: Grid;
  /** Per cell (index r * width + c): SPACE, TEXT, CONN, OWNED or LABEL. */
  readonly kind: Uint8Array;
  /** Per cell: the component owning it (OWNED cells), else -1. */
  readonly owner: Int32Array;
}

export function newCanvas(grid: Grid): Canvas {
  const n = grid.width * grid.height;
  return { grid, kind: new Uint8Array(n), owner: new Int32Array(n).fill(-1) };
}

export function cellIndex(cv: Canvas, r: number, c: number): number {
  return r < 0 || c < 0 || r >= cv.grid.height || c >= cv.grid.width ? -1 : r * cv.grid.width + c;
}

export function kindAt(cv: Canvas, r: number, c: number): number {
  const i = cellIndex(cv, r, c);
  return i < 0 ? SPACE : (cv.kind[i] ?? SPACE);
}

export function ownerAt(cv: Canvas, r: number, c: number): number {
  const i = cellIndex(cv, r, c);
  return i < 0 ? -1 : (cv.owner[i] ?? -1);
}

export function own(cv: Canvas, r: number, c: number, comp: number): void {
  const i = cellIndex(cv, r, c);
  if (i < 0) return;
  cv.kind[i] = OWNED;
  cv.owner[i] = comp;
}

const ALWAYS =
  /[|\u2500-\u257f\u2190-\u2195\u25b2\u25b4\u25b6\u25b8\u25ba\u25bc\u25be\u25c0\u25c2\u25c4\u27f5\u27f6]/;
const DASHES = '-\u2014\u2013\u2500\u2501\u2550';

/** What may continue a diagonal line: the same diagonal, an arrow head (`\` then `>`), a rule or a corner (not `|`). */
function continuesDiagonal(g: Grid, r: number, c: number, diagonal: string): boolean {
  const ch = charAt(g, r, c);
  if (ch === diagonal || /[-+=\u2500\u2501\u250c-\u254b\u2550\u2552-\u256c\u25b2\u25bc]/.test(ch))
    return true;
  if (ch === (diagonal === '\\' ? '>' : '<')) return true;
  return 'vV^'.includes(ch) && !isWordChar(charAt(g, r, c - 1)) && !isWordChar(charAt(g, r, c + 1));
}

/** A row holding nothing but lines: `  /      \  ` under a name fans out to the names below. */
function linesOnly(g: Grid, r: number): boolean {
  const row = g.rows[r] ?? [];
  return row.some((ch) => ch === '/' || ch === '\\') && row.every((ch) => /[\s|/\\_.-]/.test(ch));
}

/** A name or bracket at a cell, or one column aside of it (a one-row diagonal meets the text it leaves). */
function touchesText(g: Grid, r: number, c: number): boolean {
  return [c, c - 1, c + 1].some(
    (x) => isWordChar(charAt(g, r, x)) || '[]()'.includes(charAt(g, r, x)),
  );
}

/** A line cell: `>` and `<` also as the heads of diagonals coming down to them (`\` then `>`). */
function isConnector(g: Grid, r: number, c: number): boolean {
  const ch = charAt(g, r, c);
  const prev = charAt(g, r, c - 1);
  const next = charAt(g, r, c + 1);
  if (isInlineArrow(g, r, c)) return false;
  if (ALWAYS.test(ch)) return true;
  switch (ch) {
    case '\u2014':
    case '\u2013':
      return next === '>' || DASHES.includes(next) || DASHES.includes(prev) || prev === '<';
    case '-':
      return (
        prev === '-' ||
        next === '-' ||
        next === '>' ||
        prev === '<' ||
        '+|.'.includes(prev) ||
        '+|.'.includes(next)
      );
    case '=': {
      let n = 1;
      for (let x = c - 1; charAt(g, r, x) === '='; x -= 1) n += 1;
      for (let x = c + 1; charAt(g, r, x) === '='; x += 1) n += 1;
      const ends = `${charAt(g, r, c - n)}${charAt(g, r, c + n)}`;
      return n >= 3 || (n >= 2 && /[<>]/.test(`${prev}${next}${ends}`));
    }
    case '_':
      return (
        (prev === '_' && (next === '_' || charAt(g, r, c - 2) === '_')) ||
        (next === '_' && charAt(g, r, c + 2) === '_')
      );
    case '.':
      return (DASHES.includes(prev) && (DASHES.includes(next) || next === '>')) || dotRun(g, r, c);
    case ':':
      return !isWordChar(prev) && !isWordChar(next) && dottedColumn(g, r, c);
    case '~':
      // A wavy shaft: `~~~~>`, never a lone tilde in a name.
      return (
        (prev === '~' || next === '~' || next === '>') && !isWordChar(prev) && !isWordChar(next)
      );
    case '>':
      return (
        DASHES.includes(prev) ||
        prev === '=' ||
        prev === '.' ||
        prev === '~' ||
        charAt(g, r - 1, c - 1) === '\\'
      );
    case '<':
      return DASHES.includes(next) || next === '=' || charAt(g, r - 1, c + 1) === '/';
    case '+': {
      // "writes + reads": a plus between two words is a word of the text.
      if (
        prev === ' ' &&
        next === ' ' &&
        isWordChar(charAt(g, r, c - 2)) &&
        isWordChar(charAt(g, r, c + 2))
      )
        return false;
      const around = [prev, next, charAt(g, r - 1, c), charAt(g, r + 1, c)];
      return around.some((x) => /[-=|+\u2500-\u257fvV^]/.test(x));
    }
    case 'v':
    case 'V':
    case '^':
      return !isWordChar(prev) && !isWordChar(next) && prev !== '.' && next !== '.';
    case '/':
    case '\\': {
      if (isWordChar(prev) || isWordChar(next)) return false;
      if (isWordChar(charAt(g, r, c - 2)) && isWordChar(charAt(g, r, c + 2))) return false;
      const dx = ch === '/' ? 1 : -1;
      const turns = VERTICAL.has(charAt(g, r - 1, c)) || VERTICAL.has(charAt(g, r + 1, c));
      return (
        turns ||
        continuesDiagonal(g, r - 1, c + dx, ch) ||
        continuesDiagonal(g, r + 1, c - dx, ch) ||
        (linesOnly(g, r) && touchesText(g, r - 1, c + dx) && touchesText(g, r + 1, c - dx))
      );
    }
    default:
      return false;
  }
}

/** Sorts the cells nobody owns yet into SPACE, CONN and TEXT (the Markdown-link filler counts as text). */
export function classifyCells(cv: Canvas): void {
  const g = cv.grid;
  for (let r = 0; r < g.height; r += 1) {
    for (let c = 0; c < g.width; c += 1) {
      const i = r * g.width + c;
      if (cv.kind[i] === OWNED) continue;
      const ch = charAt(g, r, c);
      if (ch === ' ' || ch === '\u00a0') cv.kind[i] = SPACE;
      else if (ch !== FILL && isConnector(g, r, c)) cv.kind[i] = CONN;
      else cv.kind[i] = TEXT;
    }
  }
}

/**
 * The cell that continues a vertical line at (r, c) one row up (dy = -1) or down (dy = 1): the cell
 * right there, or a `|` one column aside when the hand-drawn line wanders; -1 when there is none.
 */
export function verticalNext(cv: Canvas, r: number, c: number, dy: number): number {
  const direct = cellIndex(cv, r + dy, c);
  if (direct < 0) return -1;
  if (cv.kind[direct] !== SPACE) return direct;
  for (const x of [c - 1, c + 1]) {
    const i = cellIndex(cv, r + dy, x);
    if (i >= 0 && cv.kind[i] === CONN && VERTICAL.has(charAt(cv.grid, r + dy, x))) return i;
  }
  return -1;
}
