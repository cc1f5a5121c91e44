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

/** One line of Markdown as plain text: images, link targets, URLs, HTML tags and emphasis marks removed. */
export function cleanInline(line: string): string {
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

const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*|[:?]/gu;
const APOSTROPHE = /['\u2019]/;
const NEGATED = /^(\p{L}+)n['\u2019]t$/iu;

/** Words of a text. "isn't" gives "is" "not"; "l'application" gives "l" "application"; ":" and "?" are kept. */
export function tokenize(text: string): Token[] {
  const s = text.length > MAX_SECTION_CHARS ? text.slice(0, MAX_SECTION_CHARS) : text;
  const out: Token[] = [];
  // Bracket depth at the start of each word, counted as the words are read.
  let depth = 0;
  let scanned = 0;
  for (const m of s.matchAll(WORD)) {
    const at = m.index;
    for (; scanned <= at; scanned += 1) {
      const c = s.charCodeAt(scanned);
      if (c === 40 || c === 91) depth += 1;
      else if ((c === 41 || c === 93) && depth > 0) depth -= 1;
    }
    const inParens = depth > 0;
    const word = m[0];
    const known = WORDS.get(word);
    if (known !== undefined) {
      out.push({ norm: known.norm, stem: known.stem, raw: known.raw, inParens, at });
      continue;
    }
    if (!APOSTROPHE.test(word)) {
      const w = wordOf(word);
      if (WORDS.size < MEMO_WORDS) WORDS.set(word, w);
      out.push({ norm: w.norm, stem: w.stem, raw: w.raw, inParens, at });
      continue;
    }
    const negated = NEGATED.exec(word);
    const parts = negated ? [negatedBase(negated[1] ?? ''), 'not'] : word.split(APOSTROPHE);
    let offset = at;
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
