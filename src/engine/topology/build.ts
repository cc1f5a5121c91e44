// Builds the Topology from the raw graphs of a submission's diagrams: classify, prefix ids, infer hosts.
import type { RawGraph } from '../ingest/raw-graph.ts';
import type { Vocabulary } from '../classify/vocabulary-schema.ts';
import { classifyEdgeLabel, classifyLabel } from '../classify/classify-label.ts';
import type { TopoEdge, TopoGroup, TopoNode, Topology } from './model.ts';
import { protocolFromKinds } from './edge-protocol.ts';
import { inferHosts, type Host } from './hosts.ts';

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
  const byLabel = classifyLabel(label, vocab);
  if (byLabel.kind !== 'unknown' || label === id) return byLabel;
  const byId = classifyLabel(id.replace(/[_-]+/g, ' '), vocab);
  return byId.kind === 'unknown' ? byLabel : byId;
}

export function buildTopology(graphs: readonly DiagramGraph[], vocab: Vocabulary): BuiltTopology {
  const nodes: TopoNode[] = [];
  const edges: TopoEdge[] = [];
  const groups: TopoGroup[] = [];
  const first = graphs[0]?.diagram ?? 0;
  for (const { diagram, graph } of graphs) {
    const map = idMapper(diagram, first);
    const kinds = new Map<string, TopoNode['kind']>();
    for (const v of graph.vertices) {
      const c = classifyNode(v.label, v.id, vocab);
      const node: TopoNode = {
        id: map(v.id),
        label: v.label,
        kind: c.kind,
        role: c.role,
        host: null,
        line: v.line,
        diagram,
        ...(c.members > 1 ? { members: c.members, membersNamed: c.membersNamed } : {}),
      };
      kinds.set(v.id, c.kind);
      nodes.push(node);
    }
    for (const e of graph.edges) {
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
        kind: c.kind,
        members: g.members.map(map),
        parent: parent === undefined ? null : map(parent),
        line: g.line,
        diagram,
      });
    }
  }
  const { nodes: hosted, hosts } = inferHosts(nodes, edges, groups);
  return { nodes: hosted, edges, groups, hosts };
}
