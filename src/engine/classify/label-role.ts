// Chooses a label's role (primary, replica, active, passive, cluster) and member count once its kind is known.
import type { Role } from '../topology/model.ts';
import type { CompiledVocabulary } from './compile-vocabulary.ts';
import { countMembers } from './label-members.ts';
import type { Token } from './normalize.ts';
import { findMatches } from './term-matcher.ts';
import type { TermMatch } from './term-matcher.ts';
import type { ClassifiableKind } from './vocabulary-schema.ts';

type KindMatch = TermMatch<ClassifiableKind>;

export function chooseRole(
  tokens: readonly Token[],
  kind: ClassifiableKind,
  kindMatches: readonly KindMatch[],
  c: CompiledVocabulary,
): { role: Role | null; members: number; membersNamed: boolean } {
  const matcher = c.roles.get(kind);
  const roles = matcher ? findMatches(tokens, matcher) : [];
  const covered = new Set<number>();
  for (const m of [...kindMatches, ...roles])
    for (let i = m.start; i < m.end; i += 1) covered.add(i);
  const members = countMembers({
    tokens,
    covered,
    kindMatches,
    joiners: c.joiners,
    numbers: c.numbers,
  });
  const canCluster = c.clusterKinds.has(kind);
  const plain = roles.filter((r) => r.value !== 'cluster');
  // "MySQL Cluster - source node" is one node of a database cluster: the one primary or replica role named wins.
  const nodeRole = plain[0]?.value;
  const oneRole =
    (nodeRole === 'primary' || nodeRole === 'replica') && plain.every((r) => r.value === nodeRole);
  if (canCluster && (members >= 2 || (roles.some((r) => r.value === 'cluster') && !oneRole))) {
    return { role: 'cluster', members: Math.max(members, 2), membersNamed: members >= 2 };
  }
  const first = plain[0];
  if (first === undefined) return { role: null, members: 1, membersNamed: false };
  // "Primary / Replica", "Active & Passive": two roles joined name a pair.
  const other = plain.find((r) => r.value !== first.value);
  if (canCluster && other !== undefined) {
    const between = tokens.slice(first.end, other.start);
    if (between.some((t) => c.joiners.has(t.text)))
      return { role: 'cluster', members: 2, membersNamed: true };
  }
  return { role: first.value, members: 1, membersNamed: false };
}
