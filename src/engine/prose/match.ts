// Finds one pattern in a region: every idea once, distinct words, within the span, with the pattern's conditions.
import type { ConceptPattern } from './concepts-schema.ts';
import type { Placed, Region } from './regions.ts';
import type { Hit } from './terms.ts';

/** Hits of a term list in a placed sentence (cached by the caller). */
export type HitsOf = (sentence: Placed, idea: string) => readonly Hit[];
/** Sorted keys of the sentences (of the whole submission) where an idea has at least one hit. */
export type KeysWith = (idea: string) => readonly number[];

/** The region's sentences that hold the idea: by the sparse key index when the region's keys are contiguous. */
function candidates(
  region: Region,
  idea: string,
  keysWith: KeysWith | undefined,
): readonly Placed[] {
  const list = region.sentences;
  const first = list[0]?.key ?? 0;
  const last = list[list.length - 1]?.key ?? -1;
  if (!keysWith || last - first + 1 !== list.length) return list;
  const keys = keysWith(idea);
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((keys[mid] ?? 0) < first) lo = mid + 1;
    else hi = mid;
  }
  const out: Placed[] = [];
  for (let i = lo; i < keys.length && (keys[i] ?? Infinity) <= last; i += 1) {
    const placed = list[(keys[i] ?? 0) - first];
    if (placed) out.push(placed);
  }
  return out;
}

export interface Occurrence {
  readonly sentence: Placed;
  readonly hit: Hit;
  /** Region positions [pos, end). */
  readonly pos: number;
  readonly end: number;
}

/** Negation words this close before a mention make it a denial ("no load balancer or second server"). */
const NEGATION_REACH = 3;
/** Among matches, one that stays in one sentence is preferred to a tighter one across sentences. */
const SENTENCE_PENALTY = 20;
/** Where a heading stands, just before the first word of its region. */
const HEADING_POSITION = -1;
/** Most candidate combinations tried per pattern and region, so that no input can make grading slow. */
const BUDGET = 20_000;

// Patterns share ideas: the occurrences of an idea in a region depend only on these two flags.
const OCCURRENCES = new WeakMap<Region, Map<string, Occurrence[]>>();

function occurrences(
  region: Region,
  idea: string,
  p: ConceptPattern,
  negation: string,
  hitsOf: HitsOf,
  keysWith?: KeysWith,
): Occurrence[] {
  const bare = p.bare.includes(idea);
  const tagged = p.tagged.includes(idea);
  const key = `${idea}|${bare ? 1 : 0}${tagged ? 1 : 0}|${p.affirmed ? negation : ''}`;
  let byKey = OCCURRENCES.get(region);
  if (!byKey) {
    byKey = new Map();
    OCCURRENCES.set(region, byKey);
  }
  const known = byKey.get(key);
  if (known) return known;
  const out: Occurrence[] = [];
  for (const s of candidates(region, idea, keysWith)) {
    const hits = hitsOf(s, idea);
    if (hits.length === 0) continue;
    const negations = p.affirmed ? hitsOf(s, negation) : [];
    for (const hit of hits) {
      if (bare || tagged) {
        const words = s.sentence.tokens.slice(hit.start, hit.end);
        if (bare && words.some((t) => t.inParens)) continue;
        if (tagged && !words.every((t) => t.inParens)) continue;
      }
      if (negations.some((n) => n.end <= hit.start && hit.start - n.end <= NEGATION_REACH))
        continue;
      out.push({ sentence: s, hit, pos: s.base + hit.start, end: s.base + hit.end });
    }
  }
  byKey.set(key, out);
  return out;
}

/**
 * Distinct words; the span (`within`) runs from the first word of the first idea to that of the last.
 * When the heading must name ideas, the span starts at the heading: the body must say it right under it.
 */
function fits(o: Occurrence, chosen: readonly Occurrence[], p: ConceptPattern): boolean {
  let lo = p.heading.length > 0 ? HEADING_POSITION : o.pos;
  let hi = o.pos;
  for (const c of chosen) {
    if (c.pos < o.end && o.pos < c.end) return false;
    if (p.scope === 'sentence' && c.sentence.key !== o.sentence.key) return false;
    lo = Math.min(lo, c.pos);
    hi = Math.max(hi, c.pos);
  }
  const last = chosen[chosen.length - 1];
  if (p.ordered && last !== undefined && o.pos < last.end) return false;
  return hi - lo <= p.within;
}

function touches(chosen: readonly Occurrence[], ideas: readonly string[], hitsOf: HitsOf): boolean {
  const seen = new Set<number>();
  for (const c of chosen) {
    if (seen.has(c.sentence.key)) continue;
    seen.add(c.sentence.key);
    if (ideas.some((idea) => hitsOf(c.sentence, idea).length > 0)) return true;
  }
  return false;
}

/** The tightest match of the pattern in the region (one occurrence per idea, in idea order), or null. */
export function findPattern(
  region: Region,
  p: ConceptPattern,
  negation: string,
  hitsOf: HitsOf,
  headingHas: (ideas: readonly string[]) => boolean,
  keysWith?: KeysWith,
): Occurrence[] | null {
  if (region.sentences.length === 0) return null;
  if (p.heading.length > 0 && !headingHas(p.heading)) return null;
  const lists = p.ideas.map((idea) => occurrences(region, idea, p, negation, hitsOf, keysWith));
  if (lists.some((l) => l.length === 0)) return null;
  const chosen: Occurrence[] = [];
  let best: Occurrence[] | null = null;
  let bestSpan = Infinity;
  let budget = BUDGET;
  const search = (k: number): void => {
    const list = lists[k];
    if (list === undefined) {
      const span = spanOf(chosen);
      if (span < bestSpan && (p.unless.length === 0 || !touches(chosen, p.unless, hitsOf))) {
        best = [...chosen];
        bestSpan = span;
      }
      return;
    }
    const anchor = chosen[0];
    for (const o of list) {
      if (anchor !== undefined && o.pos > anchor.pos + p.within) break;
      if (anchor !== undefined && o.pos < anchor.pos - p.within) continue;
      budget -= 1;
      if (budget < 0 || bestSpan === 0) return;
      if (!fits(o, chosen, p)) continue;
      chosen.push(o);
      search(k + 1);
      chosen.pop();
    }
  };
  search(0);
  return best;
}

/** Words from the first to the last idea found, plus a penalty per extra sentence crossed. */
function spanOf(chosen: readonly Occurrence[]): number {
  const starts = chosen.map((c) => c.pos);
  const sentences = new Set(chosen.map((c) => c.sentence.key)).size;
  return Math.max(...starts) - Math.min(...starts) + (sentences - 1) * SENTENCE_PENALTY;
}
