// Builds the Topology from the raw graphs of a submission's diagrams: classify, prefix ids, infer hosts.
import type { RawEdge, RawGraph } from '../ingest/raw-graph.ts';
import type { Vocabulary } from '../classify/vocabulary-schema.ts';
import { classifyEdgeLabel, classifyLabel, mentionedKinds } from '../classify/classify-label.ts';
import { classifyCamel } from '../classify/camel-case.ts';
import { compileVocabulary } from '../classify/compile-vocabulary.ts';
import { listedRoles } from '../classify/label-parts.ts';
import { namesKindStrongly } from '../classify/names-kind.ts';
import type { TopoEdge, TopoGroup, TopoNode, Topology } from './model.ts';
import { protocolFromKinds } from './edge-protocol.ts';
import { titledByAddress } from './address-title.ts';
import { agentsOnEdges, firewallsOnEdges } from './inline-parts.ts';
import { carriersOnThePath } from './part-carriers.ts';
import { inferHosts, isComponent, type Host } from './hosts.ts';
import { kindsFromStructure } from './structure.ts';

export interface DiagramGraph {
  readonly diagram: number;
  readonly graph: RawGraph;
}

export interface BuiltTopology extends Topology {
  readonly hosts: readonly Host[];
}

/** Ids stay as written in the first diagram read; later diagrams' ids get a `d<n>.` prefix. */
function idMapper(diagram: number, first: number): (id: string) => string {
  return diagram === first ? (id) => id : (id) => `d${diagram + 1}.${id}`;
}

function classifyNode(label: string, id: string, vocab: Vocabulary) {
  const byLabel = classifyCamel(label, vocab);
  if (byLabel.kind !== 'unknown' || label === id) return byLabel;
  const byId = classifyCamel(id.replace(/[_-]+/g, ' '), vocab);
  return byId.kind === 'unknown' ? byLabel : byId;
}

/** Hosts and tier components may list what else they run; other nodes' words are not components. */
const LISTS_COMPONENTS = new Set<TopoNode['kind']>([
  'server',
  'web-server',
  'app-server',
  'load-balancer',
  'database',
]);
/** What a host never runs: the people and networks outside it. */
const NEVER_HOSTED = new Set<TopoNode['kind']>(['user', 'internet', 'dns', 'unknown']);

function mentionsOf(
  label: string,
  kind: TopoNode['kind'],
  vocab: Vocabulary,
): Pick<TopoNode, 'mentions' | 'listedRoles'> {
  if (!LISTS_COMPONENTS.has(kind)) return {};
  const mentions = mentionedKinds(label, vocab).filter((k) => !NEVER_HOSTED.has(k));
  if (mentions.length === 0) return {};
  const listed = listedRoles(label, vocab).filter((r) => mentions.includes(r.kind));
  return listed.length > 0 ? { mentions, listedRoles: listed } : { mentions };
}

/** The line style of an edge, kept only when it is not plain solid (so most edges carry no field). */
function strokeOf(edge: RawEdge): Pick<TopoEdge, 'stroke'> {
  if (edge.dotted) return { stroke: 'dotted' };
  return edge.thick === true ? { stroke: 'thick' } : {};
}

export function buildTopology(graphs: readonly DiagramGraph[], vocab: Vocabulary): BuiltTopology {
  const nodes: TopoNode[] = [];
  const edges: TopoEdge[] = [];
  const groups: TopoGroup[] = [];
  const first = graphs[0]?.diagram ?? 0;
  for (const { diagram, graph } of graphs) {
    const map = idMapper(diagram, first);
    const kinds = new Map<string, TopoNode['kind']>();
    const dropped = new Set<string>();
    for (const v of graph.vertices) {
      const c = classifyNode(v.label, v.id, vocab);
      // A note counts only when it names a certificate, which no rule counts or places: other parts are drawn.
      if (
        v.note &&
        !(c.kind === 'certificate' && namesKindStrongly(v.label, 'certificate', vocab))
      ) {
        dropped.add(v.id);
        continue;
      }
      const node: TopoNode = {
        id: map(v.id),
        label: v.label,
        kind: c.kind,
        role: c.role,
        host: null,
        line: v.line,
        diagram,
        ...(c.members > 1 ? { members: c.members, membersNamed: c.membersNamed } : {}),
        ...mentionsOf(v.label, c.kind, vocab),
      };
      kinds.set(v.id, c.kind);
      nodes.push(node);
    }
    for (const e of graph.edges) {
      if (dropped.has(e.from) || dropped.has(e.to)) continue;
      const c = classifyEdgeLabel(e.label, vocab);
      const fromKind = kinds.get(e.from) ?? 'unknown';
      const toKind = kinds.get(e.to) ?? 'unknown';
      edges.push({
        from: map(e.from),
        to: map(e.to),
        label: e.label,
        protocol: c.protocol ?? protocolFromKinds(fromKind, toKind),
        encrypted: c.encrypted,
        bidirectional: e.bidirectional,
        line: e.line,
        diagram,
        ...strokeOf(e),
      });
    }
    const parentOf = new Map<string, string>();
    for (const g of graph.groups) for (const m of g.members) parentOf.set(m, g.id);
    for (const g of graph.groups) {
      const c = classifyLabel(g.label, vocab);
      const parent = parentOf.get(g.id);
      groups.push({
        id: map(g.id),
        label: g.label,
        kind: c.kind === 'unknown' && titledByAddress(g.label) ? 'server' : c.kind,
        members: g.members.map(map),
        parent: parent === undefined ? null : map(parent),
        line: g.line,
        diagram,
        ...(g.owner === undefined ? {} : { owner: map(g.owner) }),
      });
    }
  }
  nodes.push(...groupsAsNodes(nodes, edges, groups, vocab));
  const agented = agentsOnEdges(nodes, edges, vocab);
  const walled = firewallsOnEdges(agented.nodes, agented.edges, vocab);
  const carried = carriersOnThePath(walled.nodes, walled.edges, vocab);
  const ownServer = new Set(
    carried
      .filter((n) => isComponent(n.kind) && namesKindStrongly(n.label, 'server', vocab))
      .map((n) => n.id),
  );
  const structured = kindsFromStructure(carried, walled.edges);
  const { nodes: hosted, hosts } = inferHosts(structured, walled.edges, groups, ownServer);
  return { nodes: hosted, edges: walled.edges, groups, hosts };
}

/**
 * A group that arrows point at or leave from ("FW --> [HAProxy box]", "LB --> Servers subgraph") is itself a
 * component of the drawing: it becomes a node of the kind its title names. So does a group titled as a part
 * installed on what it holds ("subgraph Firewall 1" around the load balancer): it wraps what it protects.
 */
function groupsAsNodes(
  nodes: readonly TopoNode[],
  edges: readonly TopoEdge[],
  groups: readonly TopoGroup[],
  vocab: Vocabulary,
): TopoNode[] {
  const ids = new Set(nodes.map((n) => n.id));
  const endpoints = new Set(edges.flatMap((e) => [e.from, e.to]));
  const { installedOn } = compileVocabulary(vocab);
  const kindOf = new Map(nodes.map((n) => [n.id, n.kind]));
  // A firewall group around a firewall node frames that node ("subgraph [Firewall 1]" holding FW1): no second one.
  const wraps = (g: TopoGroup): boolean =>
    g.kind !== 'unknown' &&
    installedOn.has(g.kind) &&
    g.members.length > 0 &&
    !g.members.some((m) => kindOf.get(m) === g.kind);
  return (
    groups
      // A group with an owner already is a node: the one the arrows name (`FW2` for `subgraph FW2`).
      .filter((g) => (endpoints.has(g.id) || wraps(g)) && !ids.has(g.id) && g.owner === undefined)
      .map((g) => {
        const c = classifyLabel(g.label, vocab);
        return {
          id: g.id,
          label: g.label,
          kind: c.kind,
          role: c.role,
          host: null,
          line: g.line,
          diagram: g.diagram,
          ...mentionsOf(g.label, c.kind, vocab),
        };
      })
  );
}
