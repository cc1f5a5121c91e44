// Finds vocabulary terms in a token list: longest match first, left to right, never overlapping.

import { parseTerm } from './normalize.ts';
import type { Token } from './normalize.ts';

export interface TermEntry<V> {
  readonly term: string;
  readonly value: V;
  readonly weak: boolean;
  /** Breaks ties between equally long terms at the same place: higher wins. */
  readonly rank: number;
}

export interface CompiledTerm<V> {
  readonly tokens: readonly string[];
  readonly prefix: boolean;
  readonly value: V;
  readonly weak: boolean;
  readonly rank: number;
}

export interface TermMatcher<V> {
  /** Terms indexed by their first token (all but one-word prefix terms). */
  readonly byFirst: ReadonlyMap<string, readonly CompiledTerm<V>[]>;
  /** One-word prefix terms ("firewall*"), in the order written. */
  readonly prefixWords: readonly CompiledTerm<V>[];
  /** The same, by their first `prefixKey` characters (each list in the order written): tried at a word that starts so. */
  readonly prefixByStart: ReadonlyMap<string, readonly CompiledTerm<V>[]>;
  /** Length of the shortest one-word prefix term. */
  readonly prefixKey: number;
}

export interface TermMatch<V> {
  readonly value: V;
  /** First token index covered. */
  readonly start: number;
  /** One past the last token index covered. */
  readonly end: number;
  readonly weak: boolean;
  /** Bracket depth of the first token: 0 for the label's head, more inside "(...)". */
  readonly depth: number;
}

export function buildMatcher<V>(entries: Iterable<TermEntry<V>>): TermMatcher<V> {
  const byFirst = new Map<string, CompiledTerm<V>[]>();
  const prefixWords: CompiledTerm<V>[] = [];
  for (const entry of entries) {
    const { tokens, prefix } = parseTerm(entry.term);
    const first = tokens[0];
    if (first === undefined) continue;
    const compiled: CompiledTerm<V> = {
      tokens,
      prefix,
      value: entry.value,
      weak: entry.weak,
      rank: entry.rank,
    };
    if (prefix && tokens.length === 1) {
      prefixWords.push(compiled);
      continue;
    }
    const list = byFirst.get(first);
    if (list) list.push(compiled);
    else byFirst.set(first, [compiled]);
  }
  const prefixKey = Math.min(...prefixWords.map((t) => t.tokens[0]?.length ?? 0));
  const prefixByStart = new Map<string, CompiledTerm<V>[]>();
  for (const term of prefixWords) {
    const key = (term.tokens[0] ?? '').slice(0, prefixKey);
    const list = prefixByStart.get(key);
    if (list) list.push(term);
    else prefixByStart.set(key, [term]);
  }
  return { byFirst, prefixWords, prefixByStart, prefixKey };
}

export function matchesAt<V>(term: CompiledTerm<V>, tokens: readonly Token[], at: number): boolean {
  const last = term.tokens.length - 1;
  for (let k = 0; k <= last; k += 1) {
    const token = tokens[at + k];
    const want = term.tokens[k];
    if (token === undefined || want === undefined) return false;
    if (k === last && term.prefix) {
      if (token.type !== 'word' || !token.text.startsWith(want)) return false;
    } else if (token.text !== want) return false;
  }
  return true;
}

function better<V>(a: CompiledTerm<V>, b: CompiledTerm<V> | null): boolean {
  if (b === null) return true;
  if (a.tokens.length !== b.tokens.length) return a.tokens.length > b.tokens.length;
  if (a.weak !== b.weak) return !a.weak;
  return a.rank > b.rank;
}

/** All non-overlapping matches, scanning left to right and taking the longest term at each place. */
export function findMatches<V>(tokens: readonly Token[], matcher: TermMatcher<V>): TermMatch<V>[] {
  const matches: TermMatch<V>[] = [];
  let at = 0;
  while (at < tokens.length) {
    const token = tokens[at];
    if (token === undefined) break;
    let best: CompiledTerm<V> | null = null;
    for (const term of matcher.byFirst.get(token.text) ?? []) {
      if (matchesAt(term, tokens, at) && better(term, best)) best = term;
    }
    if (token.type === 'word') {
      // A word shorter than the key starts no prefix term (every one is at least that long).
      for (const term of matcher.prefixByStart.get(token.text.slice(0, matcher.prefixKey)) ?? []) {
        if (matchesAt(term, tokens, at) && better(term, best)) best = term;
      }
    }
    if (best === null) {
      at += 1;
      continue;
    }
    const end = at + best.tokens.length;
    matches.push({ value: best.value, start: at, end, weak: best.weak, depth: token.depth });
    at = end;
  }
  return matches;
}
