// Label normalization and tokenization shared by the vocabulary and the classifiers.
import { decodeHtmlEntities } from '../text/html-entities.ts';

/** Longest label the classifiers look at; anything beyond is ignored (labels are untrusted). */
export const MAX_LABEL_LENGTH = 600;

export type TokenType = 'word' | 'number' | 'symbol';

export interface Token {
  readonly text: string;
  readonly type: TokenType;
  /** Bracket nesting: 0 outside any (), [] or {}; a qualifier like "(HAProxy)" is at depth 1. */
  readonly depth: number;
}

/**
 * Lowercased, accent-free text with HTML tags, entities, literal "\n" and emoji reduced to
 * spaces, and every arrow spelled "->".
 */
export function normalizeText(raw: string): string {
  const text = typeof raw === 'string' ? raw.slice(0, MAX_LABEL_LENGTH) : '';
  return SIMPLE.test(text) ? text.toLowerCase() : foldLabel(text);
}

/** Printable ASCII without `&`, `<`, `>` or `\`: text that none of foldLabel's rules but lowercasing changes. */
const SIMPLE = /^[\x20-\x25\x27-\x3b=\x3f-\x5b\x5d-\x7e]*$/;

/** normalizeText's rules one after another (exported for the test that its shortcut changes nothing). */
export function foldLabel(text: string): string {
  const accented = text.replace(/&([a-z])(?:acute|grave|circ|uml|tilde|cedil|ring|slash);/gi, '$1');
  // An entity that names nothing is a space, like a tag.
  return decodeHtmlEntities(accented, () => ' ')
    .replace(/<[^<>]{0,200}>/g, ' ')
    .replace(/\\n/gi, ' ')
    .replace(/[\u2192\u21d2\u279c\u25ba\u25b6\u27f6\u2794\u27a1]/g, ' -> ')
    .replace(/-+>|=+>/g, ' -> ')
    .replace(/\u00d7/g, ' x ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

const TOKEN_RE = /[a-z]+|[0-9]+|->|[+&/,|;()[\]{}]/g;
const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);

/** Splits text into words, numbers and the symbols that matter (joiners, arrows, brackets). */
export function tokenize(raw: string): Token[] {
  const tokens: Token[] = [];
  let depth = 0;
  for (const match of normalizeText(raw).matchAll(TOKEN_RE)) {
    const text = match[0];
    if (OPENERS.has(text)) {
      tokens.push({ text, type: 'symbol', depth });
      depth += 1;
      continue;
    }
    if (CLOSERS.has(text)) {
      depth = Math.max(0, depth - 1);
      tokens.push({ text, type: 'symbol', depth });
      continue;
    }
    const type: TokenType = /^[a-z]/.test(text)
      ? 'word'
      : /^[0-9]/.test(text)
        ? 'number'
        : 'symbol';
    tokens.push({ text, type, depth });
  }
  return tokens;
}

/** A term as written in the vocabulary: its tokens, and whether its last word is a prefix ("firewall*"). */
export interface TermPattern {
  readonly tokens: readonly string[];
  readonly prefix: boolean;
}

export function parseTerm(term: string): TermPattern {
  const trimmed = term.trim();
  const prefix = trimmed.endsWith('*');
  const body = prefix ? trimmed.slice(0, -1) : trimmed;
  return { tokens: tokenize(body).map((t) => t.text), prefix };
}
