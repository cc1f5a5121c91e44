// The term matcher's prefix index finds what trying every one-word prefix term at every word finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileVocabulary } from '../../../src/engine/classify/compile-vocabulary.ts';
import { tokenize, type Token } from '../../../src/engine/classify/normalize.ts';
import {
  buildMatcher,
  findMatches,
  matchesAt,
  type CompiledTerm,
  type TermMatch,
  type TermMatcher,
} from '../../../src/engine/classify/term-matcher.ts';
import { loadVocabulary } from './load-vocabulary.ts';

/** The reference: at each word, every term of its first token and every one-word prefix term, in order. */
function scanAll<V>(tokens: readonly Token[], matcher: TermMatcher<V>): TermMatch<V>[] {
  const out: TermMatch<V>[] = [];
  let at = 0;
  while (at < tokens.length) {
    const token = tokens[at] as Token;
    const tried = [...(matcher.byFirst.get(token.text) ?? [])];
    if (token.type === 'word') tried.push(...matcher.prefixWords);
    let best: CompiledTerm<V> | null = null;
    for (const term of tried) {
      if (!matchesAt(term, tokens, at)) continue;
      const longer = best === null || term.tokens.length > best.tokens.length;
      const same = best !== null && term.tokens.length === best.tokens.length;
      if (
        longer ||
        (same && best !== null && (term.weak !== best.weak ? !term.weak : term.rank > best.rank))
      )
        best = term;
    }
    if (best === null) {
      at += 1;
      continue;
    }
    const end = at + best.tokens.length;
    out.push({ value: best.value, start: at, end, weak: best.weak, depth: token.depth });
    at = end;
  }
  return out;
}

const compiled = compileVocabulary(loadVocabulary());
const matchers: [string, TermMatcher<unknown>][] = [
  ['kinds', compiled.kinds],
  ['edges', compiled.edges],
  ...[...compiled.roles].map(([kind, m]): [string, TermMatcher<unknown>] => [
    `roles of ${kind}`,
    m,
  ]),
];

/** Words of every term, some cut short or run on, so that prefixes both match and miss. */
const words = [
  ...new Set(
    matchers.flatMap(([, m]) =>
      [...m.byFirst.values(), m.prefixWords].flat().flatMap((t) => t.tokens),
    ),
  ),
];
const word = fc.oneof(
  fc.constantFrom(...words),
  fc.constantFrom(...words).map((w) => `${w}s`),
  fc.constantFrom(...words).map((w) => w.slice(0, Math.max(1, w.length - 2))),
  fc.constantFrom('(', ')', '1', '+', '->', 'x', 'ab'),
);

describe('findMatches', () => {
  it('has one-word prefix terms to index in the real vocabulary', () => {
    expect(compiled.kinds.prefixWords.length).toBeGreaterThan(10);
    expect(compiled.kinds.prefixKey).toBeGreaterThanOrEqual(3);
  });

  it.each(matchers)('finds, with %s, what trying every prefix term finds', (_, matcher) => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (list) => {
        const tokens = tokenize(list.join(' '));
        expect(findMatches(tokens, matcher)).toEqual(scanAll(tokens, matcher));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the first written of two tied prefix terms, and finds none in a word shorter than the key', () => {
    const matcher = buildMatcher([
      { term: 'loadbal*', value: 'a', weak: false, rank: 0 },
      { term: 'load*', value: 'b', weak: false, rank: 0 },
      { term: 'loadb*', value: 'c', weak: false, rank: 0 },
    ]);
    expect(matcher.prefixKey).toBe(4);
    expect(findMatches(tokenize('loadbalancer'), matcher).map((m) => m.value)).toEqual(['a']);
    expect(findMatches(tokenize('loa'), matcher)).toEqual([]);
  });

  it('matches nothing by prefix when the vocabulary has no prefix term', () => {
    const matcher = buildMatcher([{ term: 'web server', value: 1, weak: false, rank: 0 }]);
    expect(matcher.prefixWords).toEqual([]);
    expect(findMatches(tokenize('web server webs'), matcher).map((m) => m.value)).toEqual([1]);
  });
});
