// Folds prose for matching: Markdown and HTML stripped, accents removed, words tokenised with case and parentheses.
import { decodeHtmlEntities } from '../text/html-entities.ts';
import { stem } from './stem.ts';

export interface Token {
  /** Lowercased, accent-free word (or ":" / "?"). */
  readonly norm: string;
  /** `norm` without its inflection (stem.ts): what a phrasing's plain word is compared with. */
  readonly stem: string;
  /** Accent-free word with its case as written (for case-sensitive terms such as the "A" of "A record"). */
  readonly raw: string;
  /** Inside parentheses or brackets: "(CPU, memory, QPS)". */
  readonly inParens: boolean;
  /** Offset of the word in the text it was read from. */
  readonly at: number;
}

/** Longest text read from one section; anything beyond is ignored (submissions are untrusted). */
export const MAX_SECTION_CHARS = 200_000;

/**
 * A line none of cleanInline's rules changes: no entity, link, tag or emphasis character, words apart by one
 * space, nothing around them (a URL needs "://", tested apart).
 */
const ALREADY_PLAIN = /^(?:[^&[<*_`~\s]+(?: [^&[<*_`~\s]+)*)?$/;

/** One line of Markdown as plain text: images, link targets, URLs, HTML tags and emphasis marks removed. */
export function cleanInline(line: string): string {
  return ALREADY_PLAIN.test(line) && !line.includes('://') ? line : stripInline(line);
}

/** cleanInline's rules, applied one after another (exported for the test that the shortcut changes nothing). */
export function stripInline(line: string): string {
  return decodeHtmlEntities(line, (whole) => whole)
    .replace(/!\[[^\]]{0,500}\]\([^)]{0,2000}\)/g, ' ')
    .replace(/\[([^\]]{0,500})\]\([^)]{0,2000}\)/g, '$1')
    .replace(/<[^<>]{0,500}>/g, ' ')
    .replace(/\b(?:https?|ftp):\/\/\S+/gi, ' ')
    .replace(/\*\*|__|[*`~]/g, '')
    .replace(/(^|\s)_+|_+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lowercase without accents; the same folding for texts, headings and the terms of concepts.yaml. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

const NON_ASCII = /[^ -~\t\n\r]/;

function stripAccents(s: string): string {
  return NON_ASCII.test(s) ? s.normalize('NFKD').replace(/\p{M}/gu, '') : s;
}

/** The folded forms of a word without apostrophe, as read from the text. */
interface Folded {
  readonly raw: string;
  readonly norm: string;
  readonly stem: string;
}

/** Words already folded, by the word as matched (bounded: past it, words are folded each time). */
const WORDS = new Map<string, Folded>();
const MEMO_WORDS = 50_000;

function wordOf(word: string): Folded {
  const raw = stripAccents(word);
  const norm = raw.toLowerCase();
  return { raw, norm, stem: stem(norm) };
}

const APOSTROPHE = /['\u2019]/;
const NEGATED = /^(\p{L}+)n['\u2019]t$/iu;
const LETTER = /^\p{L}$/u;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
/** Character classes of code points past ASCII, as found (bounded): 2 letter, 1 number, 0 neither. */
const CLASSES = new Map<number, number>();

/** 2 for a letter, 1 for a number, 0 for anything else (one code point). */
function classOf(code: number): number {
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return 2;
    return code >= 48 && code <= 57 ? 1 : 0;
  }
  const known = CLASSES.get(code);
  if (known !== undefined) return known;
  const c = String.fromCodePoint(code);
  const found = LETTER.test(c) ? 2 : LETTER_OR_NUMBER.test(c) ? 1 : 0;
  if (CLASSES.size < MEMO_WORDS) CLASSES.set(code, found);
  return found;
}

/** Width in UTF-16 units of the code point at i. */
function widthOf(code: number): number {
  return code > 0xffff ? 2 : 1;
}

/** End of the run of code points from i whose class is at least `least`. */
function runEnd(s: string, i: number, least: number): number {
  let j = i;
  while (j < s.length) {
    const code = s.codePointAt(j) ?? 0;
    if (classOf(code) < least) break;
    j += widthOf(code);
  }
  return j;
}

/**
 * End of the word that starts at i, or i when none does: letters and digits, then any number of apostrophe
 * parts made of letters only ("l'application", "isn't"); ":" and "?" are words of one character.
 */
export function wordEnd(s: string, i: number): number {
  const code = s.charCodeAt(i);
  if (code === 58 || code === 63) return i + 1;
  let j = runEnd(s, i, 1);
  while (j > i && j + 1 < s.length) {
    const mark = s.charCodeAt(j);
    if (mark !== 39 && mark !== 0x2019) break;
    const after = runEnd(s, j + 1, 2);
    if (after === j + 1) break;
    j = after;
  }
  return j;
}

/** Words of a text. "isn't" gives "is" "not"; "l'application" gives "l" "application"; ":" and "?" are kept. */
export function tokenize(text: string): Token[] {
  const s = text.length > MAX_SECTION_CHARS ? text.slice(0, MAX_SECTION_CHARS) : text;
  const out: Token[] = [];
  // Bracket depth at the current position, counted as the text is read.
  let depth = 0;
  let at = 0;
  while (at < s.length) {
    const end = wordEnd(s, at);
    if (end === at) {
      const c = s.charCodeAt(at);
      if (c === 40 || c === 91) depth += 1;
      else if ((c === 41 || c === 93) && depth > 0) depth -= 1;
      at += c >= 0xd800 && c <= 0xdbff ? widthOf(s.codePointAt(at) ?? 0) : 1;
      continue;
    }
    const inParens = depth > 0;
    const word = s.slice(at, end);
    const start = at;
    at = end;
    const known = WORDS.get(word);
    if (known !== undefined) {
      out.push({ norm: known.norm, stem: known.stem, raw: known.raw, inParens, at: start });
      continue;
    }
    if (!APOSTROPHE.test(word)) {
      const w = wordOf(word);
      if (WORDS.size < MEMO_WORDS) WORDS.set(word, w);
      out.push({ norm: w.norm, stem: w.stem, raw: w.raw, inParens, at: start });
      continue;
    }
    const negated = NEGATED.exec(word);
    const parts = negated ? [negatedBase(negated[1] ?? ''), 'not'] : word.split(APOSTROPHE);
    let offset = start;
    for (const part of parts) {
      if (part === '') continue;
      const raw = stripAccents(part);
      const norm = raw.toLowerCase();
      out.push({ norm, stem: stem(norm), raw, inParens, at: offset });
      offset += part.length + 1;
    }
  }
  return out;
}

function negatedBase(base: string): string {
  const lower = base.toLowerCase();
  if (lower === 'ca') return `${base}n`;
  if (lower === 'wo') return 'will';
  return base;
}
