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
  /** One-word prefix terms ("firewall*"), tried against every word. */
  readonly prefixWords: readonly CompiledTerm<V>[];
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
  return { byFirst, prefixWords };
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
      for (const term of matcher.prefixWords) {
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
