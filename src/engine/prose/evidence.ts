// Turns matched words into evidence: the file lines of their sentences and short quotes around them.
import type { Occurrence } from './match.ts';
import type { Placed } from './regions.ts';

const MAX_QUOTES = 3;
const MAX_QUOTE = 120;
/** Characters kept before the first matched word when a sentence is cut. */
const QUOTE_LEAD = 25;

/** An excerpt of the sentence around the matched words, at most MAX_QUOTE characters. */
function excerpt(text: string, from: number, to: number): string {
  if (text.length <= MAX_QUOTE) return text;
  const room = MAX_QUOTE - 2;
  let start = Math.max(0, Math.min(from - QUOTE_LEAD, text.length - room));
  if (to > start + room) start = Math.max(0, to - room);
  const end = Math.min(text.length, start + room);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

export interface Evidence {
  readonly lines: Set<number>;
  readonly quotes: string[];
}

/** Adds the sentences of a match to the evidence: their lines, and a quote of each (at most MAX_QUOTES). */
export function collect(found: readonly Occurrence[], into: Evidence): void {
  const bySentence = new Map<number, { placed: Placed; from: number; to: number }>();
  for (const o of found) {
    const tokens = o.sentence.sentence.tokens;
    const from = tokens[o.hit.start]?.at ?? 0;
    const last = tokens[o.hit.end - 1];
    const to = last ? last.at + last.raw.length : from;
    const seen = bySentence.get(o.sentence.key);
    bySentence.set(
      o.sentence.key,
      seen
        ? { placed: o.sentence, from: Math.min(seen.from, from), to: Math.max(seen.to, to) }
        : { placed: o.sentence, from, to },
    );
  }
  for (const { placed, from, to } of bySentence.values()) {
    into.lines.add(placed.line);
    const quote = excerpt(placed.sentence.text, from, to);
    if (into.quotes.length < MAX_QUOTES && !into.quotes.includes(quote)) into.quotes.push(quote);
  }
}
