// Every idea's phrasings in one index by first word, so that a sentence is read once for all the ideas at a time.
import type { Token } from './normalize.ts';
import { termEnd, type Hit, type Idea, type Term } from './terms.ts';

interface Entry {
  /** Index of the idea in `Lexicon.names`. */
  readonly idea: number;
  readonly term: Term;
  /**
   * The stem the word after the first must have, when the term's second step is a plain word after a word
   * (most are): a cheap test that rules the term out before it is matched step by step.
   */
  readonly second: string | null;
}

function secondOf(term: Term): string | null {
  const [first, second] = term.steps;
  if (first?.kind !== 'word' || second?.kind !== 'word') return null;
  return second.cased || second.prefix ? null : second.text;
}

/** The phrasings of one side (`any` or `not`) of every idea, by how their first word matches. */
interface Part {
  /** First word plain: by that word's stem. */
  readonly byFirst: ReadonlyMap<string, readonly Entry[]>;
  /** First word a prefix ("balanc*"): by that prefix; and the lengths of those prefixes. */
  readonly byStem: ReadonlyMap<string, readonly Entry[]>;
  readonly stemLengths: readonly number[];
  /** First word cased and whole ("=A record"): by that word as written. */
  readonly byCased: ReadonlyMap<string, readonly Entry[]>;
  /** The others (a cased prefix): worth trying at every word. */
  readonly loose: readonly Entry[];
}

/** The phrasings worth trying at one word, each list ordered by idea. */
interface AtWord {
  readonly any: readonly Entry[];
  readonly not: readonly Entry[];
}

export interface Lexicon {
  readonly names: readonly string[];
  readonly any: Part;
  readonly not: Part;
  /** By idea index: the idea has phrasings that must not count. */
  readonly hasNot: readonly boolean[];
  /** A memo of `entriesAt` by the word as written (bounded). */
  readonly atWord: Map<string, AtWord>;
}

/** Most words whose phrasings are remembered; past it they are looked up each time. */
const MEMO_WORDS = 100_000;

function add(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

function partOf(ideas: readonly Idea[], pick: (idea: Idea) => readonly Term[]): Part {
  const byFirst = new Map<string, Entry[]>();
  const byStem = new Map<string, Entry[]>();
  const byCased = new Map<string, Entry[]>();
  const loose: Entry[] = [];
  ideas.forEach((idea, index) => {
    for (const term of pick(idea)) {
      const first = term.steps[0];
      const entry = { idea: index, term, second: secondOf(term) };
      if (first?.kind !== 'word') loose.push(entry);
      else if (!first.cased) add(first.prefix ? byStem : byFirst, first.text, entry);
      else if (!first.prefix) add(byCased, first.text, entry);
      else loose.push(entry);
    }
  });
  const stemLengths = [...new Set([...byStem.keys()].map((k) => k.length))].sort((a, b) => a - b);
  return { byFirst, byStem, stemLengths, byCased, loose };
}

export function buildLexicon(ideas: ReadonlyMap<string, Idea>): Lexicon {
  const list = [...ideas.values()];
  return {
    names: list.map((i) => i.name),
    any: partOf(list, (i) => i.any),
    not: partOf(list, (i) => i.not),
    hasNot: list.map((i) => i.not.length > 0),
    atWord: new Map(),
  };
}

function entriesOf(part: Part, token: Token): Entry[] {
  const list = [...part.loose, ...(part.byFirst.get(token.stem) ?? [])];
  list.push(...(part.byCased.get(token.raw) ?? []));
  for (const length of part.stemLengths) {
    if (length > token.norm.length) break;
    list.push(...(part.byStem.get(token.norm.slice(0, length)) ?? []));
  }
  return list.sort((a, b) => a.idea - b.idea);
}

/** The phrasings that may start at a token. Its `norm` and `stem` follow from its `raw` (normalize.ts), so `raw` is the key. */
function entriesAt(lexicon: Lexicon, token: Token): AtWord {
  const known = lexicon.atWord.get(token.raw);
  if (known) return known;
  const found = { any: entriesOf(lexicon.any, token), not: entriesOf(lexicon.not, token) };
  if (lexicon.atWord.size < MEMO_WORDS) lexicon.atWord.set(token.raw, found);
  return found;
}

function push(out: Map<number, Hit[]>, idea: number, hit: Hit): void {
  const hits = out.get(idea);
  if (hits) hits.push(hit);
  else out.set(idea, [hit]);
}

const NONE: ReadonlyMap<number, Hit[]> = new Map();

/** Hits of every idea on one side, by idea index: at each start, the furthest end of its phrasings. */
function scan(
  tokens: readonly Token[],
  lexicon: Lexicon,
  side: keyof AtWord,
): ReadonlyMap<number, Hit[]> {
  let out: Map<number, Hit[]> | null = null;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined) continue;
    const entries = entriesAt(lexicon, token)[side];
    if (entries.length === 0) continue;
    const next = tokens[i + 1]?.stem;
    let idea = -1;
    let best = -1;
    for (const e of entries) {
      if (e.idea !== idea) {
        if (best > i) push((out ??= new Map<number, Hit[]>()), idea, { start: i, end: best });
        idea = e.idea;
        best = -1;
      }
      if (e.second === null || e.second === next) best = Math.max(best, termEnd(tokens, i, e.term));
    }
    if (best > i) push((out ??= new Map<number, Hit[]>()), idea, { start: i, end: best });
  }
  return out ?? NONE;
}

const NO_IDEAS: ReadonlyMap<string, readonly Hit[]> = new Map();

/**
 * Where each idea occurs in a sentence's tokens (only the ideas that do), the same hits as `findIdea` gives
 * idea by idea: leftmost-longest at each start, excluded phrasings removed.
 */
export function findIdeas(
  tokens: readonly Token[],
  lexicon: Lexicon,
): ReadonlyMap<string, readonly Hit[]> {
  const any = scan(tokens, lexicon, 'any');
  if (any.size === 0) return NO_IDEAS;
  let needNot = false;
  for (const idea of any.keys()) if (lexicon.hasNot[idea] === true) needNot = true;
  const not = needNot ? scan(tokens, lexicon, 'not') : NONE;
  const out = new Map<string, readonly Hit[]>();
  for (const [idea, hits] of any) {
    const blocked = not.get(idea);
    const kept = blocked
      ? hits.filter((h) => !blocked.some((b) => b.start < h.end && h.start < b.end))
      : hits;
    const name = lexicon.names[idea];
    if (kept.length > 0 && name !== undefined) out.set(name, kept);
  }
  return out.size > 0 ? out : NO_IDEAS;
}
