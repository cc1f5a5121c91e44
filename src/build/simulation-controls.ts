// Which controls a lesson simulation offers, decided from the design's model: parts to fail, links to cut, knobs.
import type { SimModel, SimRole } from '../engine/simulate/model.ts';

/** Roles a learner may fail from the lesson (clients and plain hops are not offered). */
const FAILABLE = new Set<SimRole>(['dns', 'firewall', 'lb', 'web', 'app', 'db', 'monitor']);
/** Roles at the end of a link worth cutting (not the user, a drawn hop, a certificate or the code). */
const LINKABLE = new Set<SimRole>(['firewall', 'lb', 'web', 'app', 'db', 'agent', 'monitor']);

export interface SimulationControls {
  /** Units to fail, as [name, label]. */
  readonly fail: readonly [string, string][];
  /** Drawn links to cut, as [edge key "A|B", label "A ↔ B"]; the pair's heartbeat link first. */
  readonly links: readonly [string, string][];
  /** A load balancer spreads requests: offer the algorithm and show the load per server. */
  readonly balancer: boolean;
  /** A database has a replica: offer the replication lag and count stale reads. */
  readonly replica: boolean;
  /** A monitoring service: chart the QPS with an alert threshold. */
  readonly monitoring: boolean;
  /** Firewalls: offer a port scan from the internet. */
  readonly firewall: boolean;
  /** Databases of a primary-replica group an operator may promote, as [unit name, label]. */
  readonly promotable: readonly [string, string][];
}

/** The units a learner can fail, as [name, label]. */
export function failChoices(model: SimModel): [string, string][] {
  return model.units
    .filter((u) => u.nodes.some((n) => FAILABLE.has(model.nodes[n]?.role ?? 'hop')))
    .map((u) => [u.name, u.label]);
}

/** The label of a drawn node, by diagram id (a cluster's members share their node's label). */
function labelOf(model: SimModel, source: string): string {
  const node = model.nodes.find((n) => n.source === source);
  return node?.label.replace(/ #\d+$/, '') ?? source;
}

function roleOf(model: SimModel, source: string): SimRole {
  return model.nodes.find((n) => n.source === source)?.role ?? 'hop';
}

/** The drawn links a learner can cut, as [key, "A ↔ B"]: heartbeats, replication, then request and metric links. */
export function linkChoices(model: SimModel): [string, string][] {
  const keys = [
    ...model.vrrp.flatMap((g) => g.keys),
    ...model.dbGroups.flatMap((g) => g.keys.flat()),
    ...model.links.filter((l) => l.drawn).flatMap((l) => l.segments.map((s) => s.key)),
    ...model.agents.flatMap((a) => a.keys),
  ];
  const out: [string, string][] = [];
  for (const key of new Set(keys)) {
    const [a = '', b = ''] = key.split('|');
    if (!LINKABLE.has(roleOf(model, a)) || !LINKABLE.has(roleOf(model, b))) continue;
    out.push([key, `${labelOf(model, a)} ↔ ${labelOf(model, b)}`]);
  }
  return out;
}

/** The units holding a database of a group with replicas: the ones an operator could promote. */
export function promoteChoices(model: SimModel): [string, string][] {
  const dbs = new Set(
    model.dbGroups.flatMap((g) => (g.replicas.length > 0 ? [g.primary, ...g.replicas] : [])),
  );
  return model.units
    .filter((u) => u.kind !== 'host' && u.nodes.some((n) => dbs.has(n)))
    .map((u) => [u.name, u.label]);
}

const has = (model: SimModel, role: SimRole): boolean => model.nodes.some((n) => n.role === role);

export function simulationControls(model: SimModel): SimulationControls {
  return {
    fail: failChoices(model),
    links: linkChoices(model),
    balancer: has(model, 'lb') && model.backends.some((b) => b.length > 1),
    replica: model.dbGroups.some((g) => g.replicas.length > 0),
    monitoring: has(model, 'monitor'),
    firewall: has(model, 'firewall'),
    promotable: promoteChoices(model),
  };
}
