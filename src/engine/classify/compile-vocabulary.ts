// Turns a parsed Vocabulary into term matchers and lookup sets, once per vocabulary object.

import type { Role } from '../topology/model.ts';
import { parseTerm } from './normalize.ts';
import { buildMatcher } from './term-matcher.ts';
import type { TermEntry, TermMatcher } from './term-matcher.ts';
import type { ClassifiableKind, Vocabulary } from './vocabulary-schema.ts';

/** What a kind term stands for: a kind, or null for an "ignore" phrase. */
export type KindValue = ClassifiableKind | null;

export interface CompiledVocabulary {
  readonly kinds: TermMatcher<KindValue>;
  readonly priority: ReadonlyMap<ClassifiableKind, number>;
  readonly containers: ReadonlySet<ClassifiableKind>;
  /** For parts installed on another component (certificate, agent, host firewall): the kinds they go on. */
  readonly installedOn: ReadonlyMap<ClassifiableKind, ReadonlySet<ClassifiableKind>>;
  /** Role terms that apply to each kind. */
  readonly roles: ReadonlyMap<ClassifiableKind, TermMatcher<Role>>;
  /** Kinds that can form a cluster (a role entry for 'cluster' lists them). */
  readonly clusterKinds: ReadonlySet<ClassifiableKind>;
  readonly breaks: ReadonlySet<string>;
  readonly negations: ReadonlySet<string>;
  readonly joiners: ReadonlySet<string>;
  readonly numbers: ReadonlyMap<string, number>;
  readonly combineKinds: ReadonlySet<ClassifiableKind>;
  readonly combineInto: ClassifiableKind;
  /** Values are indexes into `vocabulary.edges` (lower index = higher priority). */
  readonly edges: TermMatcher<number>;
}

const cache = new WeakMap<Vocabulary, CompiledVocabulary>();

function singleToken(term: string): string {
  return parseTerm(term).tokens[0] ?? term;
}

function compile(vocab: Vocabulary): CompiledVocabulary {
  const kindEntries: TermEntry<KindValue>[] = [];
  const priority = new Map<ClassifiableKind, number>();
  const containers = new Set<ClassifiableKind>();
  const installedOn = new Map<ClassifiableKind, ReadonlySet<ClassifiableKind>>();
  for (const [name, entry] of Object.entries(vocab.kinds) as [
    ClassifiableKind,
    Vocabulary['kinds'][ClassifiableKind],
  ][]) {
    priority.set(name, entry.priority);
    if (entry.container) containers.add(name);
    if (entry['installed-on'].length > 0) installedOn.set(name, new Set(entry['installed-on']));
    for (const term of entry.terms)
      kindEntries.push({ term, value: name, weak: false, rank: entry.priority });
    for (const term of entry.weak)
      kindEntries.push({ term, value: name, weak: true, rank: entry.priority });
  }
  // Ignore phrases rank above every kind so that an equally long kind term does not take their place.
  for (const term of vocab.ignore)
    kindEntries.push({ term, value: null, weak: false, rank: Number.MAX_SAFE_INTEGER });

  const roleEntries = new Map<ClassifiableKind, TermEntry<Role>[]>();
  vocab.roles.forEach((entry, index) => {
    for (const kind of entry.kinds) {
      const list = roleEntries.get(kind) ?? [];
      for (const term of entry.terms)
        list.push({ term, value: entry.role, weak: false, rank: -index });
      roleEntries.set(kind, list);
    }
  });
  const clusterKinds = new Set(
    vocab.roles.filter((r) => r.role === 'cluster').flatMap((r) => r.kinds),
  );
  const roles = new Map<ClassifiableKind, TermMatcher<Role>>();
  for (const [kind, list] of roleEntries) roles.set(kind, buildMatcher(list));

  const edgeEntries: TermEntry<number>[] = [];
  vocab.edges.forEach((entry, index) => {
    for (const term of entry.terms)
      edgeEntries.push({ term, value: index, weak: false, rank: -index });
    for (const term of entry.weak)
      edgeEntries.push({ term, value: index, weak: true, rank: -index });
  });

  return {
    kinds: buildMatcher(kindEntries),
    priority,
    containers,
    installedOn,
    roles,
    clusterKinds,
    breaks: new Set(vocab.breaks.map(singleToken)),
    negations: new Set(vocab.negations.map(singleToken)),
    joiners: new Set(vocab.joiners.map(singleToken)),
    numbers: new Map(Object.entries(vocab.numbers)),
    combineKinds: new Set(vocab.combine.kinds),
    combineInto: vocab.combine.into,
    edges: buildMatcher(edgeEntries),
  };
}

/** The compiled form of `vocab`, built on first use and kept as long as the vocabulary object lives. */
export function compileVocabulary(vocab: Vocabulary): CompiledVocabulary {
  let compiled = cache.get(vocab);
  if (compiled === undefined) {
    compiled = compile(vocab);
    cache.set(vocab, compiled);
  }
  return compiled;
}
