// Code fences as students write them: ``` and ```` (closed by a run at least as long), ~~~, and '''.

export type FenceMarker = 'backtick' | 'tilde' | 'quote';

export interface FenceOpen {
  readonly marker: FenceMarker;
  /** The fence character, repeated `length` times in the opener. */
  readonly char: '`' | '~' | "'";
  readonly length: number;
  /** First word of the info string, lower-cased, without braces or a leading dot (`{.mermaid}` -> `mermaid`). */
  readonly lang: string;
  /** Whole info string as written, trimmed. */
  readonly info: string;
}

const OPENER = /^\s*(`{3,}|~{3,}|'{3,})(.*)$/;

const MARKERS: Readonly<Record<string, FenceMarker>> = {
  '`': 'backtick',
  '~': 'tilde',
  "'": 'quote',
};

function langOf(info: string): string {
  const first = info.replace(/^[\s{]+/, '').split(/[\s,}]+/)[0] ?? '';
  return first.replace(/^\./, '').toLowerCase();
}

/** The fence a line opens, or null. A backtick opener's info string may not hold a backtick. */
export function fenceOpen(line: string): FenceOpen | null {
  const m = OPENER.exec(line);
  if (!m) return null;
  const run = m[1] ?? '';
  const info = (m[2] ?? '').trim();
  const char = run[0] as '`' | '~' | "'";
  if (char === '`' && info.includes('`')) return null;
  // A quote run followed by more quotes or prose (''' text ''') is not a fence.
  if (char === "'" && info.includes("'''")) return null;
  const marker = MARKERS[char];
  if (marker === undefined) return null;
  return { marker, char, length: run.length, lang: langOf(info), info };
}

/** Whether `line` closes the fence `open`: the same character, at least as many, nothing after. */
export function fenceCloses(line: string, open: FenceOpen): boolean {
  const t = line.trim();
  if (t.length < open.length) return false;
  for (const ch of t) if (ch !== open.char) return false;
  return true;
}

/** Index of the line closing the fence opened at `openIndex`, or -1 when it is never closed. */
export function findFenceClose(
  lines: readonly string[],
  openIndex: number,
  open: FenceOpen,
): number {
  for (let i = openIndex + 1; i < lines.length; i += 1) {
    if (fenceCloses(lines[i] ?? '', open)) return i;
  }
  return -1;
}
