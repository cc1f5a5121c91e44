// How many members a label names: "LB1 & LB2", "HAProxy #1 / #2", "2x Load balancers", "two HAProxy".

import type { Token } from './normalize.ts';
import type { TermMatch } from './term-matcher.ts';

/** Member numbers above this are ports, addresses or years, not "Server 3". */
const MAX_MEMBER_ID = 99;

export interface MemberContext {
  readonly tokens: readonly Token[];
  /** Token indexes covered by the chosen kind's terms or by role terms. */
  readonly covered: ReadonlySet<number>;
  /** Matches of the chosen kind. */
  readonly kindMatches: readonly TermMatch<unknown>[];
  readonly joiners: ReadonlySet<string>;
  readonly numbers: ReadonlyMap<string, number>;
}

function numberAt(tokens: readonly Token[], index: number): number | null {
  const token = tokens[index];
  if (token === undefined || token.type !== 'number' || token.text.length > 3) return null;
  return Number.parseInt(token.text, 10);
}

/** A member id: a small number standing alone (not an octet of "10.0.0.1" nor a port). */
function idAt(tokens: readonly Token[], index: number): number | null {
  const value = numberAt(tokens, index);
  if (value === null || value > MAX_MEMBER_ID) return null;
  if (tokens[index - 1]?.type === 'number' || tokens[index + 1]?.type === 'number') return null;
  return value;
}

/** "LB1 & LB2", "HAProxy 1 / 2": ids after a kind word, chained by joiners or the kind word again. */
function enumerated(ctx: MemberContext): number {
  const { tokens, covered, joiners } = ctx;
  let best = 1;
  for (let start = 0; start < tokens.length; start += 1) {
    const first = idAt(tokens, start);
    if (first === null || !covered.has(start - 1)) continue;
    const ids = new Set([first]);
    for (let next = start + 1; next < tokens.length; next += 1) {
      const token = tokens[next];
      if (token === undefined) break;
      if (token.type === 'number') {
        const value = idAt(tokens, next);
        if (value === null) break;
        ids.add(value);
        continue;
      }
      if (!(joiners.has(token.text) || covered.has(next))) break;
    }
    best = Math.max(best, ids.size);
  }
  return best;
}

/** "2x LB", "LB x2", "two load balancers", "3 web servers". */
function counted(ctx: MemberContext): number {
  const { tokens, numbers, kindMatches } = ctx;
  let best = 1;
  tokens.forEach((token, index) => {
    const digits = idAt(tokens, index);
    const next = tokens[index + 1];
    const previous = tokens[index - 1];
    if (digits !== null && digits >= 2) {
      if (next?.text === 'x' || previous?.text === 'x') best = Math.max(best, digits);
      const plural = kindMatches.find(
        (m) => m.start === index + 1 && tokens[m.end - 1]?.text.endsWith('s'),
      );
      if (plural !== undefined) best = Math.max(best, digits);
      return;
    }
    const word = numbers.get(token.text);
    if (word !== undefined && kindMatches.some((m) => m.start === index + 1))
      best = Math.max(best, word);
  });
  return best;
}

/** The number of members the label states or enumerates; 1 when it states none. */
export function countMembers(ctx: MemberContext): number {
  return Math.max(enumerated(ctx), counted(ctx));
}
