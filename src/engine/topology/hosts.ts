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

export function isComponent(kind: NodeKind): boolean {
  return COMPONENTS.has(kind);
}

/** Groups containing a node, innermost first. */
function ancestry(nodeId: string, groups: readonly TopoGroup[]): TopoGroup[] {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const chain: TopoGroup[] = [];
  let current = groups.find((g) => g.members.includes(nodeId));
  const seen = new Set<string>();
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    chain.push(current);
    current = current.parent === null ? undefined : byId.get(current.parent);
  }
  return chain;
}

export function inferHosts(
  nodes: readonly TopoNode[],
  edges: readonly TopoEdge[],
  groups: readonly TopoGroup[],
): { nodes: TopoNode[]; hosts: Host[] } {
  const hostOf = new Map<string, string>();
  const kindOf = new Map(nodes.map((n) => [n.id, n.kind]));
  // A box is a host when its title names a server, or when it is the inside of a server node.
  const isHost = (g: TopoGroup): boolean =>
    g.kind === 'server' || (g.owner !== undefined && kindOf.get(g.owner) === 'server');
  const hostGroups = new Set(groups.filter(isHost).map((g) => g.id));
  const hostId = (g: TopoGroup): string =>
    g.owner !== undefined && kindOf.get(g.owner) === 'server' ? g.owner : g.id;
  for (const node of nodes) {
    if (!isComponent(node.kind)) continue;
    const host = ancestry(node.id, groups).find((g) => hostGroups.has(g.id));
    if (host) hostOf.set(node.id, hostId(host));
  }
  for (const edge of edges) {
    const fromKind = kindOf.get(edge.from);
    const toKind = kindOf.get(edge.to);
    if (
      fromKind === 'server' &&
      toKind !== undefined &&
      isComponent(toKind) &&
      !hostOf.has(edge.to)
    ) {
      hostOf.set(edge.to, edge.from);
    }
  }
  const hosted = nodes.map((n) =>
    hostOf.has(n.id) ? { ...n, host: hostOf.get(n.id) ?? null } : n,
  );
  const members = (id: string): string[] => hosted.filter((n) => n.host === id).map((n) => n.id);
  const hosts: Host[] = [
    ...groups
      .filter((g) => hostGroups.has(g.id) && hostId(g) === g.id)
      .map((g) => ({
        id: g.id,
        label: g.label,
        line: g.line,
        source: 'group' as const,
        members: members(g.id),
      })),
    ...nodes
      .filter((n) => n.kind === 'server')
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
