// Finds the source line of a diagram element: Mermaid reports ids, not positions, so we look them up.

/** Labels and quoted strings in a Mermaid line: `"..."`, `[...]`, `(...)`, `{...}`, `|...|`. */
export const LABEL_SPANS = /"[^"\n]*"|\[[^\]\n]*\]|\([^)\n]*\)|\{[^}\n]*\}|\|[^|\n]*\|/g;

const isWord = (c: string | undefined): boolean => c !== undefined && /\w/.test(c);

/**
 * Index of the first place `id` is written as a token in `line`, or -1. An id is not part of a longer
 * id: no word character or `.` or `word-` before it, no word character or `-word` after it.
 */
export function tokenIndex(line: string, id: string): number {
  if (id === '') return -1;
  for (let at = line.indexOf(id); at >= 0; at = line.indexOf(id, at + 1)) {
    const before = line[at - 1];
    const after = line[at + id.length];
    if (isWord(before) || before === '.' || (before === '-' && isWord(line[at - 2]))) continue;
    if (isWord(after) || (after === '-' && isWord(line[at + id.length + 1]))) continue;
    return at;
  }
  return -1;
}

function* rangeFrom(from: number, to: number): Iterable<number> {
  for (let i = from; i < to; i += 1) yield i;
}

function* entriesFrom(list: readonly number[], from: number): Iterable<number> {
  for (let i = from; i < list.length; i += 1) yield list[i] ?? 0;
}

/** Index of the first entry of a sorted list that is at least `value`. */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The lines of a diagram with label text blanked, so ids are found only where they are ids. */
export class DiagramLines {
  private readonly raw: readonly string[];
  private readonly stripped: readonly string[];
  /** For each word (a run of \w), the 0-based lines holding it as a whole run, in order. */
  private readonly words = new Map<string, number[]>();

  constructor(text: string) {
    this.raw = text.split(/\r?\n/);
    this.stripped = this.raw.map((line) => {
      const trimmed = line.trimStart();
      if (trimmed.startsWith('%%')) return '';
      return line.replace(LABEL_SPANS, (span) => ' '.repeat(span.length));
    });
    this.stripped.forEach((line, index) => {
      for (const word of line.match(/\w+/g) ?? []) {
        const at = this.words.get(word);
        if (!at) this.words.set(word, [index]);
        else if (at.at(-1) !== index) at.push(index);
      }
    });
  }

  /**
   * The lines (0-based, from `from`) that may hold every id as a token: an id starting with a word
   * character holds its first word as a whole run. All lines when an id has no such word.
   */
  private candidates(ids: readonly string[], from: number): Iterable<number> {
    let best: number[] | null = null;
    for (const id of ids) {
      const word = /^\w+/.exec(id)?.[0];
      if (word === undefined) continue;
      const at = this.words.get(word) ?? [];
      if (best === null || at.length < best.length) best = at;
    }
    if (best === null) return rangeFrom(from, this.stripped.length);
    return entriesFrom(best, lowerBound(best, from));
  }

  get count(): number {
    return this.stripped.length;
  }

  /** 1-based line of the first line (from `start`) where every id appears as a token and `extra` matches. */
  find(ids: readonly string[], start = 1, extra?: RegExp): number | null {
    for (const i of this.candidates(ids, Math.max(0, start - 1))) {
      const line = this.stripped[i] ?? '';
      if (extra && !extra.test(line)) continue;
      if (ids.every((id) => tokenIndex(line, id) >= 0)) return i + 1;
    }
    return null;
  }

  /** 1-based line (from `start`) where `from` is written before `to`, as in an arrow `from --> to`. */
  findArrow(from: string, to: string, start = 1, extra?: RegExp): number | null {
    for (const i of this.candidates([from, to], Math.max(0, start - 1))) {
      const line = this.stripped[i] ?? '';
      if (extra && !extra.test(line)) continue;
      const a = tokenIndex(line, from);
      if (a < 0) continue;
      if (tokenIndex(line.slice(a + from.length), to) >= 0) return i + 1;
    }
    return null;
  }

  /** An arrow's line: in order from `start`, then from the top, then any line naming both, then `fallback`. */
  locateArrow(from: string, to: string, start: number, fallback: number, extra?: RegExp): number {
    return (
      this.findArrow(from, to, start, extra) ??
      this.findArrow(from, to, 1, extra) ??
      this.find([from, to], 1, extra) ??
      fallback
    );
  }

  /** 1-based line of the first line holding `text` as written (labels included) and matching `extra`. */
  findText(text: string, extra?: RegExp): number | null {
    const index = this.raw.findIndex((line) => line.includes(text) && (!extra || extra.test(line)));
    return index < 0 ? null : index + 1;
  }

  /** Like find, but searches from `start` first, then from the top, then falls back to `fallback`. */
  locate(ids: readonly string[], start: number, fallback: number, extra?: RegExp): number {
    return this.find(ids, start, extra) ?? this.find(ids, 1, extra) ?? fallback;
  }
}
