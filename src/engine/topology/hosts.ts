// Infers the host each component runs on: host groups (subgraphs, boxes) and "Server 1 --> Nginx" edges.
import type { NodeKind, TopoEdge, TopoGroup, TopoNode } from './model.ts';

/** A machine that runs components: a server node or a group whose label names a server. */
export interface Host {
  readonly id: string;
  readonly label: string;
  readonly line: number;
  readonly source: 'group' | 'node';
  readonly members: readonly string[];
}

const COMPONENTS: ReadonlySet<NodeKind> = new Set([
  'web-server',
  'app-server',
  'code-base',
  'database',
  'cache',
  'monitoring-agent',
  'load-balancer',
  'firewall',
  'certificate',
]);

/** The tiers of the stack: a box titled as one that holds another is a machine running both. */
const TIERS: ReadonlySet<NodeKind> = new Set([
  'web-server',
  'app-server',
  'database',
  'load-balancer',
]);

export function isComponent(kind: NodeKind): boolean {
  return COMPONENTS.has(kind);
}

/** For each node, the innermost host group holding it: each group's answer is worked out once (linear). */
function nearestHostOf(
  groups: readonly TopoGroup[],
  isHost: (g: TopoGroup) => boolean,
): (nodeId: string) => TopoGroup | undefined {
  const byId = new Map<string, TopoGroup>();
  const firstGroup = new Map<string, TopoGroup>();
  for (const g of groups) {
    byId.set(g.id, g);
    for (const m of g.members) if (!firstGroup.has(m)) firstGroup.set(m, g);
  }
  const memo = new Map<TopoGroup, TopoGroup | null>();
  const hostAbove = (start: TopoGroup): TopoGroup | undefined => {
    // Walk up to a host, a group already answered, a missing parent or a cycle; then answer the whole path.
    const path: TopoGroup[] = [];
    const onPath = new Set<string>();
    let current: TopoGroup | undefined = start;
    let answer: TopoGroup | null = null;
    while (current && !onPath.has(current.id)) {
      const known = memo.get(current);
      if (known !== undefined) {
        answer = known;
        break;
      }
      if (isHost(current)) {
        answer = current;
        break;
      }
      path.push(current);
      onPath.add(current.id);
      current = current.parent === null ? undefined : byId.get(current.parent);
    }
    for (const g of path) memo.set(g, answer);
    return answer ?? undefined;
  };
  return (nodeId) => {
    const group = firstGroup.get(nodeId);
    return group ? hostAbove(group) : undefined;
  };
}

/**
 * `ownServer`: components whose label names a server of their own ("Server 3 (MySQL)"): an arrow from
 * another server to them is a request, not what that server runs.
 */
export function inferHosts(
  nodes: readonly TopoNode[],
  edges: readonly TopoEdge[],
  groups: readonly TopoGroup[],
  ownServer: ReadonlySet<string> = new Set(),
): { nodes: TopoNode[]; hosts: Host[] } {
  const hostOf = new Map<string, string>();
  const kindOf = new Map(nodes.map((n) => [n.id, n.kind]));
  // A box is a host when its title names a server, when it is the inside of a server node, or when it is
  // titled as one tier and holds another ("Application server" around Gunicorn and MySQL is a machine).
  const isHost = (g: TopoGroup): boolean =>
    g.kind === 'server' ||
    (g.owner !== undefined && kindOf.get(g.owner) === 'server') ||
    (TIERS.has(g.kind) &&
      g.members.some((m) => {
        const k = kindOf.get(m);
        return k !== undefined && k !== g.kind && TIERS.has(k);
      }));
  const hostGroups = new Set(groups.filter(isHost).map((g) => g.id));
  const hostId = (g: TopoGroup): string =>
    g.owner !== undefined && kindOf.get(g.owner) === 'server' ? g.owner : g.id;
  const nearestHost = nearestHostOf(groups, (g) => hostGroups.has(g.id));
  for (const node of nodes) {
    if (!isComponent(node.kind)) continue;
    const host = nearestHost(node.id);
    if (host) hostOf.set(node.id, hostId(host));
  }
  // The node an arrow reaches for a tier-titled host box ("N --> APP") is that box: it runs on it.
  for (const g of groups) {
    if (g.owner !== undefined && hostGroups.has(g.id) && hostId(g) === g.id) {
      const kind = kindOf.get(g.owner);
      if (kind !== undefined && isComponent(kind)) hostOf.set(g.owner, g.id);
    }
  }
  for (const edge of edges) {
    const fromKind = kindOf.get(edge.from);
    const toKind = kindOf.get(edge.to);
    if (
      fromKind === 'server' &&
      toKind !== undefined &&
      isComponent(toKind) &&
      !hostOf.has(edge.to) &&
      !ownServer.has(edge.to)
    ) {
      hostOf.set(edge.to, edge.from);
    }
  }
  const hosted = nodes.map((n) =>
    hostOf.has(n.id) ? { ...n, host: hostOf.get(n.id) ?? null } : n,
  );
  const membersOf = new Map<string, string[]>();
  for (const n of hosted) {
    if (n.host === null) continue;
    const list = membersOf.get(n.host);
    if (list) list.push(n.id);
    else membersOf.set(n.host, [n.id]);
  }
  const members = (id: string): string[] => [...(membersOf.get(id) ?? [])];
  const boxes: Host[] = groups
    .filter((g) => hostGroups.has(g.id) && hostId(g) === g.id)
    .map((g) => ({
      id: g.id,
      label: g.label,
      line: g.line,
      source: 'group' as const,
      members: members(g.id),
    }));
  // An ASCII box is both a group and the node its lines reach, under one id: one host.
  const boxIds = new Set(boxes.map((b) => b.id));
  const hosts: Host[] = [
    ...boxes,
    ...nodes
      .filter((n) => n.kind === 'server' && !boxIds.has(n.id))
      .map((n) => ({
        id: n.id,
        label: n.label,
        line: n.line,
        source: 'node' as const,
        members: members(n.id),
      })),
  ];
  return { nodes: hosted, hosts };
}
