// The character grid of an ASCII drawing, and what each drawing character means: ports, arrow heads, borders.

/** Stands for the syntax of a Markdown link `[text](url)` inside a drawing: keeps columns, dropped from labels. */
export const FILL = '\u0000';

const TAB = 4;
const MAX_ROWS = 500;
const MAX_COLS = 400;

export interface Grid {
  readonly rows: readonly (readonly string[])[];
  readonly height: number;
  readonly width: number;
}

function expandTabs(line: string): string[] {
  const out: string[] = [];
  for (const ch of line) {
    if (ch === '\t') {
      do out.push(' ');
      while (out.length % TAB !== 0);
    } else {
      out.push(ch === FILL ? ' ' : ch);
    }
  }
  return out;
}

function maskLinks(cells: string[]): string[] {
  const line = cells.join('');
  return Array.from(
    line.replace(/\[([^[\]]*)\]\(([^()\s]*)\)/g, (match: string, text: string) => {
      const keep = Array.from(text);
      return keep.join('') + FILL.repeat(Array.from(match).length - keep.length);
    }),
  );
}

/** Grid of a drawing: tabs expanded to 4 columns, Markdown links masked, rows padded to one width. */
export function makeGrid(text: string): Grid {
  const lines = text.split(/\r?\n/).slice(0, MAX_ROWS);
  const raw = lines.map((l) => maskLinks(expandTabs(l)).slice(0, MAX_COLS));
  const width = raw.reduce((w, r) => Math.max(w, r.length), 0);
  const rows = raw.map((r) => [...r, ...Array<string>(width - r.length).fill(' ')]);
  return { rows, height: rows.length, width };
}

export function charAt(g: Grid, r: number, c: number): string {
  return g.rows[r]?.[c] ?? ' ';
}

export function isWordChar(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch);
}

// Directions as [dy, dx]; index order is used as a bit position in port masks.
export const DIRS = [
  [-1, 0], // 0 N
  [1, 0], // 1 S
  [0, 1], // 2 E
  [0, -1], // 3 W
  [-1, 1], // 4 NE
  [-1, -1], // 5 NW
  [1, 1], // 6 SE
  [1, -1], // 7 SW
] as const;
export const OPPOSITE = [1, 0, 3, 2, 7, 6, 5, 4] as const;
const N = 1;
const S = 2;
const E = 4;
const W = 8;
const NE = 16;
const NW = 32;
const SE = 64;
const SW = 128;

const PORTS: Readonly<Record<string, number>> = {};
const table = PORTS as Record<string, number>;
const put = (chars: string, mask: number): void => {
  for (const ch of chars) table[ch] = mask;
};
put('|:\u2502\u2503\u2551\u254e\u254f\u2506\u2507\u250a\u250b', N | S);
put('-\u2014\u2013\u2500\u2501\u2550=_~.\u254c\u254d\u2504\u2505\u2508\u2509', E | W);
put('+\u253c\u256c\u256a\u256b\u254b', N | S | E | W);
put('\u252c\u2566\u2564\u2565\u2533', E | W | S);
put('\u2534\u2569\u2567\u2568\u253b', E | W | N);
put('\u251c\u2560\u255f\u255e\u2523', N | S | E);
put('\u2524\u2563\u2562\u2561\u252b', N | S | W);
put('\u250c\u2554\u256d\u250f\u2552\u2553', E | S);
put('\u2510\u2557\u256e\u2513\u2555\u2556', W | S);
put('\u2514\u255a\u2570\u2517\u2558\u2559', N | E);
put('\u2518\u255d\u256f\u251b\u255b\u255c', N | W);
put('vV\u25bc\u2193\u25be', N | S);
put('^\u25b2\u2191\u25b4', N | S);
put('>\u25ba\u25b6\u2192\u27f6\u25b8', E | W);
put('<\u25c4\u25c0\u2190\u27f5\u25c2', E | W);
put('\u2194', E | W);
put('\u2195', N | S);
put('/\u2571', NE | SW);
put('\\\u2572', NW | SE);

/** Port mask (bit i = direction DIRS[i]) of a connector character; 0 for other characters. */
export function portsOf(ch: string): number {
  return PORTS[ch] ?? 0;
}

export function hasPort(ch: string, dir: number): boolean {
  return (portsOf(ch) & (1 << dir)) !== 0;
}

const HEADS: Readonly<Record<string, readonly number[]>> = {
  v: [1],
  V: [1],
  '\u25bc': [1],
  '\u2193': [1],
  '\u25be': [1],
  '^': [0],
  '\u25b2': [0],
  '\u2191': [0],
  '\u25b4': [0],
  '>': [2],
  '\u25ba': [2],
  '\u25b6': [2],
  '\u2192': [2],
  '\u27f6': [2],
  '\u25b8': [2],
  '<': [3],
  '\u25c4': [3],
  '\u25c0': [3],
  '\u2190': [3],
  '\u27f5': [3],
  '\u25c2': [3],
  '\u2194': [2, 3],
  '\u2195': [0, 1],
};

/** Whether `ch` is an arrow head pointing in direction `dir`. */
export function pointsTo(ch: string, dir: number): boolean {
  return HEADS[ch]?.includes(dir) ?? false;
}

export function isArrowHead(ch: string): boolean {
  return HEADS[ch] !== undefined;
}

export const VERTICAL = new Set(
  Array.from('|\u2502\u2503\u2551\u254e\u254f\u2506\u2507\u250a\u250b'),
);
export const SHAFT = new Set(
  Array.from('-\u2014\u2013\u2500\u2501\u2550=_~.\u254c\u254d\u2504\u2505\u2508\u2509'),
);
export const DOTTED = new Set(
  Array.from(':.\u254c\u254d\u2504\u2505\u2508\u2509\u254e\u254f\u2506\u2507\u250a\u250b'),
);

/** Border characters of boxes: corners, sides, rules, junctions, and arrow heads drawn on a border. */
export const TOP_LEFT = new Set(Array.from('*#=+\u250c\u2554\u256d\u250f\u2552\u2553'));
export const TOP_RIGHT = new Set(Array.from('*#=+\u2510\u2557\u256e\u2513\u2555\u2556'));
export const BOTTOM_LEFT = new Set(Array.from('*#=+\u2514\u255a\u2570\u2517\u2558\u2559'));
export const BOTTOM_RIGHT = new Set(Array.from('*#=+\u2518\u255d\u256f\u251b\u255b\u255c'));
export const RULE = new Set(
  Array.from(
    '*#-=\u2500\u2501\u2550\u254c\u2504\u2508+\u252c\u2534\u253c\u2564\u2567\u256a\u2566\u2569\u256c\u2533\u253b\u25b2\u25bc\u25ba\u25c4v^',
  ),
);
export const SIDE = new Set(
  Array.from(
    '*#|+\u2502\u2503\u2551\u251c\u2524\u253c\u255f\u2562\u2560\u2563\u256b\u256c\u256a\u254b\u2523\u252b\u2506\u250a\u254e',
  ),
);
