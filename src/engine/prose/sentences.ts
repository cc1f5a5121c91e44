// Cuts a section's text into sentences: list items and paragraphs apart, wrapped lines joined, tables read, drawings skipped.
import { LIST_MARKER } from '../text/list-marker.ts';
import { plainCells, plainTableEnd, ruleColumns } from '../text/plain-table.ts';
import { cleanInline, MAX_SECTION_CHARS, tokenize, type Token } from './normalize.ts';

export interface Sentence {
  /** The sentence as plain text (Markdown removed). */
  readonly text: string;
  /** 0-based index, in the section text, of the line the sentence starts on. */
  readonly lineIndex: number;
  readonly tokens: readonly Token[];
}

const BOX_DRAWING = /[\u2500-\u257f\u2580-\u259f\u25b2\u25ba\u25bc\u25c4]/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const MERMAID_LINE =
  /(-->|==>|-\.->|<-->|->>|--[ox]|^\s*(subgraph\b|end\s*$|sequenceDiagram\b|participant\s|classDef\s|style\s+\S+\s+fill|%%|```|''')|^\s*[\w-]+(\[\[?|\(\(?|\{\{?)[^\]){}]*(\]\]?|\)\)?|\}\}?)\s*$)/;

/** A line that belongs to a drawing rather than to prose. */
export function isDrawingLine(line: string): boolean {
  const t = line.trim();
  if (t === '') return false;
  if (BOX_DRAWING.test(t) || MERMAID_LINE.test(line)) return true;
  if (t.startsWith('|') || (t.startsWith('+') && !/^\+\s/.test(t))) return true;
  if (/^[\s|+\-=_.:*<>^vV/\\#~'"`]+$/.test(t)) return true;
  if (LIST_MARKER.test(line)) return false;
  const indent = (/^[ \t]*/.exec(line)?.[0] ?? '').replace(/\t/g, '    ').length;
  return indent >= 16 || /\S {5,}\S/.test(t);
}

function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => cleanInline(c));
}

/** A table's rows as cells: a row whose first cell is empty goes on with the row above (a wrapped cell). */
function tableRows(rows: readonly (readonly string[])[]): { cells: string[]; at: number }[] {
  const out: { cells: string[]; at: number }[] = [];
  rows.forEach((row, at) => {
    const last = out[out.length - 1];
    if (last && row[0] === '' && row.some((c) => c !== '')) {
      last.cells = last.cells.map((c, k) => `${c} ${row[k] ?? ''}`.trim());
    } else out.push({ cells: [...row], at });
  });
  return out;
}

/** Writes a table over its lines: the header row as "A : B", each row's cells prefixed by their header. */
function writeTable(
  out: string[],
  start: number,
  headers: readonly string[],
  rows: string[][],
): void {
  out[start] = headers.join(' : ');
  for (let k = 1; k <= rows.length + 1; k += 1) out[start + k] = '';
  for (const { cells: row, at } of tableRows(rows)) {
    out[start + 2 + at] =
      row
        .map((c, k) => `${headers[k] ?? ''} ${c}`.trim())
        .filter((c) => c !== '')
        .join(' : ') + ' .';
  }
}

/** Tables (Markdown, or plain with a `---+---` rule) become one line per row, cells joined by ":". */
function readTables(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const head = lines[i] ?? '';
    const plainEnd = plainTableEnd(lines, i);
    const cols = ruleColumns(lines[i + 1] ?? '');
    if (plainEnd !== null && cols) {
      const rows = lines.slice(i + 2, plainEnd).map((l) => plainCells(l, cols).map(cleanInline));
      writeTable(out, i, plainCells(head, cols).map(cleanInline), rows);
      i = plainEnd - 1;
      continue;
    }
    if (
      !head.includes('|') ||
      !TABLE_SEPARATOR.test(lines[i + 1] ?? '') ||
      !(lines[i + 1] ?? '').includes('-')
    )
      continue;
    let j = i + 2;
    while (j < lines.length && (lines[j] ?? '').includes('|')) j += 1;
    writeTable(out, i, cells(head), lines.slice(i + 2, j).map(cells));
    i = j - 1;
  }
  return out;
}

/** Ends of sentences inside a line: after . ! ? followed by a space, unless the dot closes a short abbreviation. */
function splitLine(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  const re = /([.!?]+)(?=\s)/g;
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    if (m[1]?.startsWith('.') && m[1].length === 1) {
      const before = /([\p{L}\p{N})"'*]+)$/u.exec(text.slice(start, m.index))?.[1] ?? '';
      if (/^\p{L}{1,2}$/u.test(before)) continue;
    }
    parts.push(text.slice(start, end));
    start = end;
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * Whether a line goes on with the unfinished sentence above: it starts in lower case, or the line above is
 * a long line of a paragraph that breaks off mid-phrase ("... est un **enregistrement" over "A** : ...").
 */
function wraps(above: string, aboveLine: string, line: string, rawLine: string): boolean {
  if (/^\p{Ll}/u.test(line)) return true;
  const paragraph = !LIST_MARKER.test(aboveLine) && !/^\s*(\*\*|__)/.test(rawLine);
  return paragraph && /[\p{Ll},]$/u.test(above) && aboveLine.trim().length >= 60;
}

interface Draft {
  text: string;
  lineIndex: number;
}

/** A dot leader between a term and its definition ("Server ........ a computer") reads as a colon. */
const LEADER = /(\S)(?:[ \t]+\.{3,}|\.{4,})[ \t]+(?=\S)/g;
/** The term of a definition line, up to its colon or leader and the spaces after it. */
const TERM = /^(\s*\S.*?(?::|[ \t]\.{3,}|\.{4,})[ \t]+)(?=\S)/;

/** The column where a definition's text starts, under which its wrapped lines hang; null when none. */
function hangColumn(line: string): number | null {
  return TERM.exec(line)?.[1]?.length ?? null;
}

const indentOf = (line: string): number => (/^ */.exec(line)?.[0] ?? '').length;

/** The sentences of a section's text, in order. */
export function toSentences(text: string): Sentence[] {
  const source = text.length > MAX_SECTION_CHARS ? text.slice(0, MAX_SECTION_CHARS) : text;
  const lines = readTables(source.split(/\r?\n/));
  const drafts: Draft[] = [];
  let open: Draft | null = null;
  let hangAt: number | null = null;
  lines.forEach((line, index) => {
    // A deeply indented line of words under a definition's text is its wrapped rest, not a drawing.
    const hanging =
      open !== null && hangAt !== null && indentOf(line) === hangAt && !isDrawingLine(line.trim());
    if (line.trim() === '' || (!hanging && isDrawingLine(line))) {
      open = null;
      return;
    }
    const marked = LIST_MARKER.test(line) || /^\s*>/.test(line) || /^\s*#/.test(line);
    const body = cleanInline(
      line
        .replace(LIST_MARKER, '')
        .replace(/^\s*>+\s*/, '')
        .replace(/^\s*#+\s*/, '')
        .replace(LEADER, '$1: '),
    );
    if (body === '') return;
    const pieces = splitLine(body);
    const first = pieces[0] ?? '';
    const continues =
      open !== null &&
      !marked &&
      !/[.!?:]$/.test(open.text) &&
      (hanging || wraps(open.text, lines[index - 1] ?? '', first, line));
    if (!hanging && !continues) hangAt = hangColumn(line);
    pieces.forEach((piece, k) => {
      if (k === 0 && continues && open) {
        open.text = `${open.text} ${piece}`;
      } else {
        open = { text: piece, lineIndex: index };
        drafts.push(open);
      }
    });
  });
  return drafts
    .map((d) => ({ text: d.text, lineIndex: d.lineIndex, tokens: tokenize(d.text) }))
    .filter((s) => s.tokens.length > 0);
}
