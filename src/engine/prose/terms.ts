// Compiles the phrasings of concepts.yaml ("load balancer*", "=A record", "single point ~ failure") and finds them in tokens.
import { tokenize, type Token } from './normalize.ts';

type Step =
  | {
      readonly kind: 'word';
      readonly text: string;
      readonly prefix: boolean;
      readonly cased: boolean;
    }
  | { readonly kind: 'gap'; readonly max: number };

export interface Term {
  readonly source: string;
  readonly steps: readonly Step[];
  /** `^` first: the phrasing must start the text (a heading); `$` last: it must end it. */
  readonly atStart: boolean;
  readonly atEnd: boolean;
}

/** A named list of phrasings, minus the longer phrasings that must not count ("web server" is not "server"). */
export interface Idea {
  readonly name: string;
  readonly any: readonly Term[];
  readonly not: readonly Term[];
}

/** A found phrasing: tokens [start, end) of one sentence. */
export interface Hit {
  readonly start: number;
  readonly end: number;
}

/** Words a gap `~` may skip. */
const GAP_WORDS = 2;

/**
 * One phrasing: words separated by spaces, folded like the prose. A word ending in `*` matches any word it
 * starts; a word starting with `=` must have the case as written; any other word matches by its stem (stem.ts:
 * "replicate" also matches "replicated"); a lone `~` skips up to two words.
 * A leading `^` or trailing `$` anchors the phrasing to the start or end of the text ("^ server $" is a
 * heading that only says "server"). A phrasing with a part that holds no word ("=" alone) compiles to
 * nothing, so it never matches.
 */
export function compileTerm(phrase: string): Term {
  const steps: Step[] = [];
  const chunks = phrase.trim().split(/\s+/);
  const atStart = chunks[0] === '^';
  const atEnd = chunks.length > 1 && chunks[chunks.length - 1] === '$';
  const empty: Term = { source: phrase, steps: [], atStart, atEnd };
  for (const chunk of chunks.slice(atStart ? 1 : 0, atEnd ? -1 : undefined)) {
    if (chunk === '~') {
      if (steps.length > 0) steps.push({ kind: 'gap', max: GAP_WORDS });
      continue;
    }
    const cased = chunk.startsWith('=');
    const prefix = chunk.endsWith('*');
    const core = chunk.replace(/^=+/, '').replace(/\*+$/, '');
    const words = tokenize(core);
    if (words.length === 0) return empty;
    words.forEach((w, i) => {
      steps.push({
        kind: 'word',
        text: cased ? w.raw : prefix && i === words.length - 1 ? w.norm : w.stem,
        prefix: prefix && i === words.length - 1,
        cased,
      });
    });
  }
  while (steps.length > 0 && steps[steps.length - 1]?.kind === 'gap') steps.pop();
  return { ...empty, steps };
}

export function compileIdea(name: string, any: readonly string[], not: readonly string[]): Idea {
  const keep = (t: Term): boolean => t.steps.length > 0;
  return { name, any: any.map(compileTerm).filter(keep), not: not.map(compileTerm).filter(keep) };
}

function wordMatches(token: Token, step: Extract<Step, { kind: 'word' }>): boolean {
  if (step.cased) return step.prefix ? token.raw.startsWith(step.text) : token.raw === step.text;
  return step.prefix ? token.norm.startsWith(step.text) : token.stem === step.text;
}

/** Index just after the term when it matches from token i, or -1. */
function matchFrom(tokens: readonly Token[], i: number, steps: readonly Step[], s: number): number {
  const step = steps[s];
  if (step === undefined) return i;
  if (step.kind === 'gap') {
    for (let skip = 0; skip <= step.max; skip += 1) {
      const end = matchFrom(tokens, i + skip, steps, s + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  const token = tokens[i];
  if (token === undefined || !wordMatches(token, step)) return -1;
  return matchFrom(tokens, i + 1, steps, s + 1);
}

/** Index just after the term when it matches from token i (anchors included), or -1. */
export function termEnd(tokens: readonly Token[], i: number, term: Term): number {
  if (term.atStart && i > 0) return -1;
  const e = matchFrom(tokens, i, term.steps, 0);
  return !term.atEnd || e === tokens.length ? e : -1;
}

function hitsOfTerms(tokens: readonly Token[], terms: readonly Term[]): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    let best = -1;
    for (const term of terms) best = Math.max(best, termEnd(tokens, i, term));
    if (best > i) hits.push({ start: i, end: best });
  }
  return hits;
}

/** Where the idea occurs in a sentence's tokens, leftmost-longest at each start, excluded phrasings removed. */
export function findIdea(tokens: readonly Token[], idea: Idea): Hit[] {
  const hits = hitsOfTerms(tokens, idea.any);
  if (idea.not.length === 0 || hits.length === 0) return hits;
  const blocked = hitsOfTerms(tokens, idea.not);
  return hits.filter((h) => !blocked.some((b) => b.start < h.end && h.start < b.end));
}
