// Splits a submission into Mermaid diagrams, ASCII drawings, image links and prose sections, with file lines.
import { isAsciiDiagram, isDirectoryTree, unfencedAsciiRuns } from './ascii-detect.ts';
import {
  fenceCloses,
  fenceOpen,
  findFenceClose,
  type FenceMarker,
  type FenceOpen,
} from './fences.ts';
import { imagesInLine, type ImageLink } from './images.ts';
import {
  isMermaidDirective,
  isMermaidHeader,
  mermaidHeaderIndex,
  mermaidRunEnd,
} from './mermaid-detect.ts';
import { unquoteFencedQuotes } from './quoted-fences.ts';
import { buildSections, type ProseLine, type Section } from './sections.ts';

export type { ImageLink, ImageKind } from './images.ts';
export type { Section } from './sections.ts';

export interface MermaidBlock {
  /** The diagram, leading and trailing blank lines removed: its line i (1-based) is file line `line + i - 1`. */
  readonly text: string;
  /** 1-based file line of the diagram's first line. */
  readonly line: number;
  readonly fence: FenceMarker | 'none';
  /** False when the fence is never closed (the diagram then ends where prose starts again). */
  readonly closed: boolean;
}

export interface AsciiBlock {
  /** The drawing, leading and trailing blank lines removed: its row r (0-based) is file line `line + r`. */
  readonly text: string;
  readonly line: number;
}

export interface SubmissionBlocks {
  readonly mermaid: readonly MermaidBlock[];
  readonly ascii: readonly AsciiBlock[];
  readonly images: readonly ImageLink[];
  readonly sections: readonly Section[];
}

type Role = 'prose' | 'fence' | 'code' | 'diagram';

/** Text and first line of lines [from, to), blank lines at both ends dropped; null when all blank. */
function trimmed(
  lines: readonly string[],
  from: number,
  to: number,
): { text: string; line: number } | null {
  let a = from;
  let b = to;
  while (a < b && (lines[a] ?? '').trim() === '') a += 1;
  while (b > a && (lines[b - 1] ?? '').trim() === '') b -= 1;
  return a < b ? { text: lines.slice(a, b).join('\n'), line: a + 1 } : null;
}

/** Index of the first line closed by a fence line of the same character, even a shorter one. */
function looseClose(lines: readonly string[], from: number, open: FenceOpen): number {
  const loose: FenceOpen = { ...open, length: 3 };
  for (let i = from + 1; i < lines.length; i += 1) if (fenceCloses(lines[i] ?? '', loose)) return i;
  return -1;
}

export function splitSubmission(text: string): SubmissionBlocks {
  const lines = unquoteFencedQuotes(text.split(/\r?\n/));
  const role: Role[] = lines.map(() => 'prose');
  const mermaid: MermaidBlock[] = [];
  const ascii: AsciiBlock[] = [];
  const mark = (from: number, to: number, r: Role): void => {
    for (let k = from; k < to; k += 1) role[k] = r;
  };

  let i = 0;
  while (i < lines.length) {
    const open = fenceOpen(lines[i] ?? '');
    if (!open) {
      i += 1;
      continue;
    }
    let close = findFenceClose(lines, i, open);
    const closed = close >= 0;
    const headerAt = mermaidHeaderIndex(lines, i + 1, closed ? close : lines.length);
    const isMermaid = open.lang === 'mermaid' || headerAt >= 0;
    if (!closed && !isMermaid) close = looseClose(lines, i, open);
    if (!closed && !isMermaid && close < 0) {
      // A lone unclosed fence marker: most often a stray closer; read what follows as usual.
      role[i] = 'fence';
      i += 1;
      continue;
    }
    const end =
      close >= 0 ? close : mermaidRunEnd(lines, Math.max(i + 1, headerAt + 1), lines.length);
    role[i] = 'fence';
    if (close >= 0) role[close] = 'fence';
    const content = lines.slice(i + 1, end);
    const body = trimmed(lines, i + 1, end);
    if (isMermaid) {
      mark(i + 1, end, 'diagram');
      if (body) mermaid.push({ text: body.text, line: body.line, fence: open.marker, closed });
    } else if (body && isAsciiDiagram(content, open.lang)) {
      mark(i + 1, end, 'diagram');
      ascii.push(body);
    } else {
      mark(i + 1, end, 'code');
    }
    i = close >= 0 ? close + 1 : end;
  }

  for (let k = 0; k < lines.length; k += 1) {
    if (role[k] !== 'prose' || !isMermaidHeader(lines[k] ?? '', true)) continue;
    let start = k;
    while (start > 0 && role[start - 1] === 'prose' && isMermaidDirective(lines[start - 1] ?? ''))
      start -= 1;
    let limit = k + 1;
    while (limit < lines.length && role[limit] === 'prose') limit += 1;
    const end = mermaidRunEnd(lines, k + 1, limit);
    const body = trimmed(lines, start, end);
    if (body) mermaid.push({ text: body.text, line: body.line, fence: 'none', closed: true });
    mark(start, end, 'diagram');
    k = end - 1;
  }

  const free = role.map((r) => r === 'prose');
  for (const [from, to] of unfencedAsciiRuns(lines, free)) {
    if (isDirectoryTree(lines.slice(from, to))) continue;
    const body = trimmed(lines, from, to);
    if (body) ascii.push(body);
    mark(from, to, 'diagram');
  }

  const images: ImageLink[] = [];
  const prose: ProseLine[] = [];
  lines.forEach((l, k) => {
    if (role[k] === 'prose' || role[k] === 'code') images.push(...imagesInLine(l, k + 1));
    if (role[k] === 'prose') prose.push({ line: k + 1, text: l });
  });
  mermaid.sort((a, b) => a.line - b.line);
  ascii.sort((a, b) => a.line - b.line);
  return { mermaid, ascii, images, sections: buildSections(prose) };
}
