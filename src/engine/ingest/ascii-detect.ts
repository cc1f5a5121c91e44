// Tells ASCII diagrams from prose and code: box borders, connector lines, bracket arrows; finds unfenced runs.
import { plainTableEnd } from '../text/plain-table.ts';
import { CODE_LANGS } from './code-langs.ts';

const BOX_DRAWING = /[\u2500-\u257f]/;
const PLUS_RULE = /\+[-=]{2,}|[-=]{2,}\+/;
const CONNECTOR_ONLY = /^[\s|+\-v^V/\\<>=.:_*\u25b2\u25bc\u2191\u2193\u2502]+$/;
const CONNECTOR_MARK = /[|+/\\^\u25b2\u25bc\u2191\u2193]|(^|\s)[vV](\s|$)/;
const RULE_ONLY = /^\s*([-=*_]\s*)+$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$/;
const LIST_ITEM = /^\s*([-*+]|\d+[.)])\s+/;
const BRACKET_ARROW = /\]\s*(<?[-=\u2500\u2550.]{2,}>?|<?-+>|[\u2190-\u2194])\s*\[/;
/** A box border of `#`: a rule of seven or more (no Markdown heading), maybe titled, or a padded wall line. */
const HASH_RULE = /^#{7,}(\s.*\s#{3,}|#*)$/;
const HASH_WALL = /^#\s.*\s{3,}#$/;
/** A line that turns into a diagonal (`agent #1 ---\`) or leaves one (`\--- DB`): a fan-in or fan-out. */
const DIAGONAL_TURN = /[-=\u2500]{2,}[\\/]$|^[\\/][-=\u2500]{2,}/;
const ARROW = /<?[-=~\u2500\u2014]{1,}>|<[-=~\u2500\u2014]{2,}|[\u2190\u2192\u2194\u27f6]/g;

/** Info strings of fences that say nothing about their content, or that it is text. */
const PLAIN_FENCES = new Set(['', 'text', 'txt', 'plain', 'plaintext', 'ascii']);

/** Number of arrow tokens (`->`, `-->`, `<-`, `==>`, `→`) in a line. */
export function arrowCount(line: string): number {
  return line.match(ARROW)?.length ?? 0;
}

/** A line that only a drawing would hold: box borders, connector-only lines, `| label`, `[A] <--> [B]`. */
export function isStrongDiagramLine(line: string): boolean {
  const t = line.trim();
  if (t === '' || RULE_ONLY.test(t) || TABLE_SEPARATOR.test(t)) return false;
  if (BOX_DRAWING.test(t) || PLUS_RULE.test(t) || HASH_RULE.test(t) || HASH_WALL.test(t))
    return true;
  if (CONNECTOR_ONLY.test(t) && CONNECTOR_MARK.test(t)) return true;
  if (/^[|\u2502]/.test(t)) return true;
  if (BRACKET_ARROW.test(t) || DIAGONAL_TURN.test(t)) return true;
  return !LIST_ITEM.test(line) && arrowCount(t) >= 2 && /\w/.test(t);
}

/** Marks the lines of tables: Markdown (a header row, a `|---|---|` row, its rows) and plain (plain-table.ts). */
export function tableLines(lines: readonly string[]): boolean[] {
  const marks = lines.map(() => false);
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const plainEnd = plainTableEnd(lines, i);
    if (plainEnd !== null) {
      marks.fill(true, i, plainEnd);
      i = plainEnd - 1;
      continue;
    }
    const head = lines[i] ?? '';
    if (!head.includes('|') || !TABLE_SEPARATOR.test(lines[i + 1] ?? '')) continue;
    marks[i] = true;
    let j = i + 1;
    while (j < lines.length && (lines[j] ?? '').includes('|') && (lines[j] ?? '').trim() !== '') {
      marks[j] = true;
      j += 1;
    }
    i = j - 1;
  }
  return marks;
}

const TREE_BRANCH = /^\s*([\u2502|]\s*)*[\u251c\u2514|`+]\s*(\u2500|-){2}/;

/** A directory listing (`repo/` then `├── file` lines): every strong line is a tree branch and a line ends with `/`. */
export function isDirectoryTree(content: readonly string[]): boolean {
  const strong = content.filter(isStrongDiagramLine);
  return (
    strong.length > 0 &&
    strong.every((l) => TREE_BRANCH.test(l)) &&
    content.some((l) => /\/\s*$/.test(l))
  );
}

/** Whether the content of a non-Mermaid code fence is a drawing rather than configuration or code. */
export function isAsciiDiagram(content: readonly string[], lang: string): boolean {
  if (CODE_LANGS.has(lang) || isDirectoryTree(content)) return false;
  const table = tableLines(content);
  let strong = 0;
  let arrows = 0;
  let chains = 0;
  content.forEach((line, i) => {
    if (table[i]) return;
    if (isStrongDiagramLine(line)) strong += 1;
    const n = arrowCount(line);
    if (n > 0) arrows += 1;
    if (n >= 2) chains += 1;
  });
  if (strong >= 2 || (strong >= 1 && arrows >= 1) || chains >= 1) return true;
  // A plain fence (no language, or text) with one line of connectors among names: a small fan-out.
  const named = content.some((l) => /\p{L}{2}/u.test(l) && !isStrongDiagramLine(l));
  return strong >= 1 && named && PLAIN_FENCES.has(lang);
}

const MAX_GAP_LINES = 6;
const MAX_LEAD_LINES = 3;
const MAX_TAIL_LINES = 8;

function isPlainWeak(line: string): boolean {
  const t = line.trim();
  return t !== '' && !/^#{1,6}(\s|$)/.test(t) && !LIST_ITEM.test(line) && !RULE_ONLY.test(t);
}

/** A Markdown code block of one line that chains named boxes: `    [User] --> [DNS] --> [Server]`. */
function indentedChain(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  const above = lines[i - 1] ?? '';
  return (
    /^( {4}|\t)/.test(line) &&
    above.trim() === '' &&
    BRACKET_ARROW.test(line) &&
    arrowCount(line) >= 2
  );
}

/**
 * Runs [start, end) of unfenced ASCII drawing among the lines where `free` is true: at least two
 * strong lines, the text lines between them (a few, one blank line at most), and the text lines
 * touching the run above and below (component names such as `User` over a `|`).
 */
export function unfencedAsciiRuns(
  lines: readonly string[],
  free: readonly boolean[],
): [number, number][] {
  const table = tableLines(lines);
  const strong = lines.map((l, i) => (free[i] ?? false) && !table[i] && isStrongDiagramLine(l));
  const runs: [number, number][] = [];
  let i = 0;
  while (i < lines.length) {
    if (!strong[i]) {
      i += 1;
      continue;
    }
    let last = i;
    let count = 1;
    for (;;) {
      let k = last + 1;
      let weak = 0;
      let blanks = 0;
      let ok = true;
      while (k < lines.length && !strong[k]) {
        const l = lines[k] ?? '';
        if (!(free[k] ?? false) || table[k]) ok = false;
        else if (l.trim() === '') blanks += 1;
        else if (isPlainWeak(l) && blanks === 0) weak += 1;
        else ok = false;
        if (!ok || weak > MAX_GAP_LINES || blanks > 1) break;
        k += 1;
      }
      if (!ok || k >= lines.length || weak > MAX_GAP_LINES || blanks > 1) break;
      last = k;
      count += 1;
    }
    if (count >= 2 || indentedChain(lines, i)) {
      let start = i;
      while (
        start > 0 &&
        i - start < MAX_LEAD_LINES &&
        free[start - 1] &&
        !table[start - 1] &&
        isPlainWeak(lines[start - 1] ?? '')
      )
        start -= 1;
      let end = last + 1;
      while (
        end < lines.length &&
        end - last <= MAX_TAIL_LINES &&
        free[end] &&
        !table[end] &&
        isPlainWeak(lines[end] ?? '')
      )
        end += 1;
      runs.push([start, end]);
      i = end;
    } else {
      i = last + 1;
    }
  }
  return runs;
}
