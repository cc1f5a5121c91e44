// Finds the source line of a diagram element: Mermaid reports ids, not positions, so we look them up.

const LABEL_SPANS = /"[^"\n]*"|\[[^\]\n]*\]|\([^)\n]*\)|\{[^}\n]*\}|\|[^|\n]*\|/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The lines of a diagram with label text blanked, so ids are found only where they are ids. */
export class DiagramLines {
  private readonly raw: readonly string[];
  private readonly stripped: readonly string[];
  private readonly cache = new Map<string, RegExp>();

  constructor(text: string) {
    this.raw = text.split(/\r?\n/);
    this.stripped = this.raw.map((line) => {
      const trimmed = line.trimStart();
      if (trimmed.startsWith('%%')) return '';
      return line.replace(LABEL_SPANS, (span) => ' '.repeat(span.length));
    });
  }

  get count(): number {
    return this.stripped.length;
  }

  private tokenPattern(id: string): RegExp {
    let pattern = this.cache.get(id);
    if (!pattern) {
      // An id is not part of a longer id: no word or `word-` before it, no word or `-word` after it.
      pattern = new RegExp(`(?<![\\w.]|\\w-)${escapeRegExp(id)}(?!\\w|-\\w)`);
      this.cache.set(id, pattern);
    }
    return pattern;
  }

  /** 1-based line of the first line (from `start`) where every id appears as a token and `extra` matches. */
  find(ids: readonly string[], start = 1, extra?: RegExp): number | null {
    for (let i = Math.max(0, start - 1); i < this.stripped.length; i += 1) {
      const line = this.stripped[i] ?? '';
      if (extra && !extra.test(line)) continue;
      if (ids.every((id) => this.tokenPattern(id).test(line))) return i + 1;
    }
    return null;
  }

  /** 1-based line (from `start`) where `from` is written before `to`, as in an arrow `from --> to`. */
  findArrow(from: string, to: string, start = 1, extra?: RegExp): number | null {
    for (let i = Math.max(0, start - 1); i < this.stripped.length; i += 1) {
      const line = this.stripped[i] ?? '';
      if (extra && !extra.test(line)) continue;
      const a = this.tokenPattern(from).exec(line);
      if (!a) continue;
      const rest = line.slice(a.index + from.length);
      if (this.tokenPattern(to).test(rest)) return i + 1;
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
