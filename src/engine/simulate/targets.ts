// Finds what a failure names: a node, a cluster or a host by id or exact label, or a drawn link between two.
import type { FailUnit, SimModel } from './model.ts';
import { edgeKey } from './routes.ts';

/** Typed error: a failure names nothing in the diagram, or several things. */
export class UnknownTargetError extends Error {
  override readonly name = 'UnknownTargetError';
  readonly target: string;
  /** Names it could have meant (for the message), or the ambiguous matches. */
  readonly candidates: readonly string[];

  constructor(target: string, message: string, candidates: readonly string[]) {
    super(message);
    this.target = target;
    this.candidates = candidates;
  }
}

/** The unit a name designates: an exact id first, then an exact label that only one unit carries. */
export function findUnit(model: SimModel, name: string): number {
  const byId = model.units.findIndex((u) => u.name === name);
  if (byId >= 0) return byId;
  const byName = model.units
    .map((u, i) => [u, i] as const)
    .filter(([u]) => u.names.includes(name) || u.label === name);
  // A host and its own node share names: the host (which takes its components down too) wins.
  const hosts = byName.filter(([u]) => u.kind === 'host');
  const picked = hosts.length === 1 ? hosts : byName;
  if (picked.length === 1) return (picked[0] as readonly [FailUnit, number])[1];
  if (picked.length > 1) {
    const ids = picked.map(([u]) => u.name);
    throw new UnknownTargetError(
      name,
      `"${name}" names several nodes: ${ids.join(', ')}; use an id`,
      ids,
    );
  }
  const all = model.units.map((u) => u.name);
  throw new UnknownTargetError(
    name,
    `no node "${name}" in the diagram (ids: ${all.join(', ')})`,
    all,
  );
}

/** The drawn edge between two named nodes, as a partition key. */
export function findEdge(model: SimModel, a: string, b: string): string {
  // Any drawn node can end a link (users and code too, which cannot fail on their own).
  const source = (name: string): string[] => {
    const direct = model.nodes
      .filter((n) => n.source === name || n.id === name || n.names.includes(name))
      .map((n) => n.source);
    if (direct.length > 0) return [...new Set(direct)];
    const unit = model.units[findUnit(model, name)];
    return [...new Set((unit?.nodes ?? []).map((n) => model.nodes[n]?.source ?? ''))];
  };
  const keys = new Set<string>([
    ...model.links.flatMap((l) => l.segments.map((s) => s.key)),
    ...model.vrrp.flatMap((g) => g.keys),
    ...model.dbGroups.flatMap((g) => g.keys.flat()),
    ...model.agents.flatMap((g) => g.keys),
  ]);
  for (const x of source(a))
    for (const y of source(b)) if (keys.has(edgeKey(x, y))) return edgeKey(x, y);
  throw new UnknownTargetError(`${a}-${b}`, `no drawn link between "${a}" and "${b}"`, []);
}
