// Which vocabulary terms and concept phrasings a text attests, decided by the engine's own matchers (for held-out measures).
import { tokenize as tokenizeLabel, type Token as LabelToken } from '../classify/normalize.ts';
import { buildMatcher, matchesAt, type TermMatcher } from '../classify/term-matcher.ts';
import type { Vocabulary } from '../classify/vocabulary-schema.ts';
import type { Concepts } from '../prose/concepts-schema.ts';
import { cleanInline, tokenize as tokenizeProse } from '../prose/normalize.ts';
import { compileTerm, termEnd, type Term } from '../prose/terms.ts';

/** Every phrase-like entry of a vocabulary: kind terms (weak included), ignore phrases, role and edge terms. */
export function vocabularyTerms(vocab: Vocabulary): string[] {
  const out = new Set<string>();
  for (const entry of Object.values(vocab.kinds))
    for (const t of [...entry.terms, ...entry.weak]) out.add(t);
  for (const t of vocab.ignore) out.add(t);
  for (const r of vocab.roles) for (const t of r.terms) out.add(t);
  for (const e of vocab.edges) for (const t of [...e.terms, ...e.weak]) out.add(t);
  return [...out];
}

/** Every phrasing written in the concepts' term lists (the `@name` includes are not phrasings). */
export function conceptPhrases(concepts: Concepts): string[] {
  const out = new Set<string>();
  for (const list of Object.values(concepts.terms)) {
    const all = Array.isArray(list) ? list : [...list.any, ...list.not];
    for (const p of all) if (!p.startsWith('@')) out.add(p);
  }
  return [...out];
}

/** Pieces of a text short enough for the label tokenizer (it reads at most 600 characters). */
function chunks(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    for (let i = 0; i < line.length; i += 400) out.push(line.slice(i, i + 500));
  }
  return out;
}

export interface AttestOptions {
  readonly vocabularyTerms: readonly string[];
  readonly conceptPhrases: readonly string[];
}

/** A reusable reader: the terms of a vocabulary and the phrasings of concepts compiled once. */
export interface Attester {
  /** Vocabulary terms matched anywhere in the text (at any place, not only the longest match). */
  vocabulary(text: string): Set<string>;
  /** Concept phrasings matched anywhere in the text's lines. */
  concepts(text: string): Set<string>;
}

function allTerms(
  tokens: readonly LabelToken[],
  matcher: TermMatcher<string>,
  out: Set<string>,
): void {
  tokens.forEach((token, at) => {
    for (const term of matcher.byFirst.get(token.text) ?? [])
      if (matchesAt(term, tokens, at)) out.add(term.value);
    if (token.type === 'word')
      for (const term of matcher.prefixWords) if (matchesAt(term, tokens, at)) out.add(term.value);
  });
}

export function createAttester(opts: AttestOptions): Attester {
  const matcher = buildMatcher(
    opts.vocabularyTerms.map((term) => ({ term, value: term, weak: false, rank: 0 })),
  );
  const phrases: [string, Term][] = opts.conceptPhrases.map((p) => [p, compileTerm(p)]);
  return {
    vocabulary(text) {
      const out = new Set<string>();
      for (const piece of chunks(text)) allTerms(tokenizeLabel(piece), matcher, out);
      return out;
    },
    concepts(text) {
      const out = new Set<string>();
      for (const line of text.split('\n')) {
        const tokens = tokenizeProse(cleanInline(line));
        for (const [source, term] of phrases) {
          if (out.has(source) || term.steps.length === 0) continue;
          // Anchored phrasings ("^ server $") are read as unanchored here: attested means "this wording occurs".
          const loose = { ...term, atStart: false, atEnd: false };
          for (let i = 0; i < tokens.length; i += 1) {
            if (termEnd(tokens, i, loose) > i) {
              out.add(source);
              break;
            }
          }
        }
      }
      return out;
    },
  };
}
