// Counts the components of a topology by kind, reading a cluster node as the members it stands for.
import type { NodeKind, Role, TopoNode, Topology } from './model.ts';

export type Census = Readonly<Record<NodeKind, number>>;

function countKind(nodes: readonly TopoNode[], kind: NodeKind): number {
  const ofKind = nodes.filter((n) => n.kind === kind);
  const plain = ofKind.filter((n) => (n.members ?? 1) <= 1).length;
  const implied = ofKind.reduce((sum, n) => sum + (n.members ?? 1), 0) - plain;
  // A cluster node drawn beside its own members ("LB cluster" plus LB1 and LB2) must not count twice.
  return Math.max(plain, implied);
}

/** Census of the nodes of one diagram (or of all, when `diagram` is omitted). */
export function census(topology: Topology, diagram?: number): Census {
  const nodes =
    diagram === undefined ? topology.nodes : topology.nodes.filter((n) => n.diagram === diagram);
  const kinds: NodeKind[] = [...new Set(nodes.map((n) => n.kind))];
  const counts: Partial<Record<NodeKind, number>> = {};
  for (const kind of kinds) counts[kind] = countKind(nodes, kind);
  return new Proxy(counts, {
    get: (t, k: string) => t[k as NodeKind] ?? 0,
  }) as Record<NodeKind, number>;
}

export function countRole(
  topology: Topology,
  kind: NodeKind,
  role: Role,
  diagram?: number,
): number {
  return topology.nodes.filter(
    (n) => n.kind === kind && n.role === role && (diagram === undefined || n.diagram === diagram),
  ).length;
}
