// Classifies a free-text diagram label ("HAProxy LB1", "Base de données (MySQL)") into a kind, a role and a member count.

import type { NodeKind, Role } from '../topology/model.ts';
import { compileVocabulary } from './compile-vocabulary.ts';
import type { CompiledVocabulary, KindValue } from './compile-vocabulary.ts';
import { chooseRole } from './label-role.ts';
import { tokenize } from './normalize.ts';
import type { Token } from './normalize.ts';
import { findMatches } from './term-matcher.ts';
import type { TermMatch } from './term-matcher.ts';
import type { ClassifiableKind, Vocabulary } from './vocabulary-schema.ts';

export { classifyEdgeLabel } from './classify-edge-label.ts';
export type { EdgeClass } from './classify-edge-label.ts';

export interface LabelClass {
  readonly kind: NodeKind;
  readonly role: Role | null;
  /** 1, or how many members a cluster label names ("LB1 & LB2" is 2; a bare "cluster" is 2). */
  readonly members: number;
  /** True when the label itself names the members ("LB1 & LB2", "2x"), not just the word "cluster". */
  readonly membersNamed: boolean;
}

type KindMatch = TermMatch<ClassifiableKind>;

const UNKNOWN: LabelClass = { kind: 'unknown', role: null, members: 1, membersNamed: false };

function isKindMatch(m: TermMatch<KindValue>): m is KindMatch {
  return m.value !== null;
}

/**
 * Index of the first break word ("to", "->") that follows a named kind, or the token count. A host that names
 * a chain of two or more parts after it ("Server 8.8.8.8: Nginx -> App server -> MySQL") lists what it runs.
 */
function breakIndex(
  tokens: readonly Token[],
  matches: readonly TermMatch<KindValue>[],
  c: CompiledVocabulary,
): number {
  const named = matches.filter(isKindMatch).filter((m) => !m.weak);
  const head = named[0];
  if (head && c.containers.has(head.value)) {
    const parts = new Set(named.filter((m) => !c.containers.has(m.value)).map((m) => m.value));
    if (parts.size >= 2) return tokens.length;
  }
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined || !c.breaks.has(token.text)) continue;
    if (matches.some((m) => m.start <= i && i < m.end)) continue;
    if (matches.some((m) => m.value !== null && m.end <= i)) return i;
  }
  return tokens.length;
}

function joined(
  tokens: readonly Token[],
  a: KindMatch,
  b: KindMatch,
  c: CompiledVocabulary,
): boolean {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  for (let i = from; i < to; i += 1) {
    const token = tokens[i];
    if (token !== undefined && c.joiners.has(token.text)) return true;
  }
  return false;
}

/** The matches that decide the kind: strong before weak, components before hosts, head before "(...)". */
function candidates(matches: readonly TermMatch<KindValue>[], c: CompiledVocabulary): KindMatch[] {
  const named = matches.filter(isKindMatch);
  const strong = named.filter((m) => !m.weak);
  const ignored = matches.some((m) => m.value === null);
  let pool = strong.length > 0 ? strong : ignored ? [] : named;
  const components = pool.filter((m) => !c.containers.has(m.value));
  if (components.length > 0) pool = components;
  const depth = Math.min(...pool.map((m) => m.depth));
  return pool.filter((m) => m.depth === depth);
}

/** "HAProxy + SSL certificate": a part installed on a component joined to it yields to that component. */
function carrier(
  tokens: readonly Token[],
  head: KindMatch,
  pool: readonly KindMatch[],
  c: CompiledVocabulary,
): KindMatch {
  const carriers = c.installedOn.get(head.value);
  if (carriers === undefined) return head;
  let best: KindMatch | null = null;
  for (const m of pool) {
    if (!carriers.has(m.value) || !joined(tokens, head, m, c)) continue;
    if (best === null || (c.priority.get(m.value) ?? 0) > (c.priority.get(best.value) ?? 0))
      best = m;
  }
  return best ?? head;
}

function chooseKind(
  tokens: readonly Token[],
  first: KindMatch,
  pool: readonly KindMatch[],
  named: readonly KindMatch[],
  c: CompiledVocabulary,
): ClassifiableKind {
  let head = first;
  for (const m of pool) {
    if ((c.priority.get(m.value) ?? 0) > (c.priority.get(head.value) ?? 0)) head = m;
  }
  head = carrier(tokens, head, pool, c);
  if (c.combineKinds.has(head.value)) {
    // The partner may be weak ("Web/Application") but must sit at the same bracket depth.
    const partner = named.find(
      (m) =>
        m.value !== head.value &&
        m.depth === head.depth &&
        c.combineKinds.has(m.value) &&
        joined(tokens, head, m, c),
    );
    if (partner !== undefined) return c.combineInto;
  }
  return head.value;
}

/**
 * A host that lists what it runs, in brackets after its name and of two kinds or more ("Server 1 (Nginx, App
 * server, monitoring client)"), is the host; one component alone names what the host is ("Server 1 (Nginx)").
 */
function hostOfSeveral(
  named: readonly KindMatch[],
  c: CompiledVocabulary,
): ClassifiableKind | null {
  const host = named.find((m) => !m.weak && c.containers.has(m.value));
  if (host === undefined) return null;
  const parts = new Set(
    named
      .filter((m) => !m.weak && !c.containers.has(m.value) && m.depth > host.depth)
      .map((m) => m.value),
  );
  return parts.size >= 2 ? host.value : null;
}

/** The matches not right after a negation: "(no firewall)" names no firewall, "Server (no monitoring)" a server. */
function affirmed<T extends { readonly start: number }>(
  tokens: readonly Token[],
  found: readonly T[],
  c: CompiledVocabulary,
): T[] {
  return found.filter((m) => !c.negations.has(tokens[m.start - 1]?.text ?? ''));
}

/** Total on any string (and on non-strings at run time): anything unreadable is 'unknown'. */
export function classifyLabel(label: string, vocab: Vocabulary): LabelClass {
  const c = compileVocabulary(vocab);
  const all = tokenize(label);
  const found = affirmed(all, findMatches(all, c.kinds), c);
  const cut = breakIndex(all, found, c);
  const tokens = all.slice(0, cut);
  const matches = found.filter((m) => m.end <= cut);
  const pool = candidates(matches, c);
  const first = pool[0];
  if (first === undefined) return UNKNOWN;
  const named = matches.filter(isKindMatch);
  const kind = hostOfSeveral(named, c) ?? chooseKind(tokens, first, pool, named, c);
  const kindMatches = matches.filter((m): m is KindMatch => m.value === kind);
  return { kind, ...chooseRole(tokens, kind, kindMatches, c) };
}

/**
 * The component kinds a label names besides its own ("Server 1 (Web + App)" names web-server and app-server,
 * "App Server A (Nginx + App files)" names web-server and code-base): for hosts that list what they run.
 */
export function mentionedKinds(label: string, vocab: Vocabulary): NodeKind[] {
  const c = compileVocabulary(vocab);
  const all = tokenize(label);
  const found = affirmed(all, findMatches(all, c.kinds), c);
  const cut = breakIndex(all, found, c);
  const own = classifyLabel(label, vocab).kind;
  const kinds = new Set<NodeKind>();
  for (const m of found) {
    // In brackets after a host's name, even a weak word says what the host runs: "Server 1 (Application)".
    const qualifier = own !== 'unknown' && c.containers.has(own) && m.depth > 0;
    if (
      m.end > cut ||
      !isKindMatch(m) ||
      (m.weak && !qualifier) ||
      c.containers.has(m.value) ||
      m.value === own
    )
      continue;
    kinds.add(m.value);
  }
  return [...kinds].sort();
}
