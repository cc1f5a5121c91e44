// Parts written on arrows: a firewall label puts a firewall on the path; a monitoring agent label, an agent at the arrow's server end.
import { namesKindStrongly } from '../classify/names-kind.ts';
import type { Vocabulary } from '../classify/vocabulary-schema.ts';
import type { TopoEdge, TopoNode } from './model.ts';

type Parts = { nodes: TopoNode[]; edges: TopoEdge[] };

/** An id not yet in `ids` (recorded there), from `base`, `base2`, `base3`... */
function freshId(ids: Set<string>, base: string): string {
  let id = base;
  for (let n = 2; ids.has(id); n += 1) id = `${base}${String(n)}`;
  ids.add(id);
  return id;
}

/**
 * Each edge whose label names a firewall becomes two edges through a firewall node named by that label, so
 * the firewall counts and stands on the path it was written on. Other edges are kept as they are.
 */
export function firewallsOnEdges(
  nodes: readonly TopoNode[],
  edges: readonly TopoEdge[],
  vocab: Vocabulary,
): Parts {
  const ids = new Set(nodes.map((n) => n.id));
  const added: TopoNode[] = [];
  const out: TopoEdge[] = [];
  for (const e of edges) {
    if (e.label === '' || !namesKindStrongly(e.label, 'firewall', vocab)) {
      out.push(e);
      continue;
    }
    const id = freshId(ids, `${e.from}~${e.to}~firewall`);
    added.push({
      id,
      label: e.label,
      kind: 'firewall',
      role: null,
      host: null,
      line: e.line,
      diagram: e.diagram,
    });
    out.push({ ...e, to: id, label: '' }, { ...e, from: id, label: '' });
  }
  return { nodes: [...nodes, ...added], edges: out };
}

/**
 * An arrow between a monitoring service and another node, labelled by a monitoring agent ("Server 1 --
 * Monitoring Agent --> Monitoring System"), also gets that agent: a node hosted where the other end runs,
 * linked to the service the same way. Arrows whose ends are both or neither a monitoring service are kept
 * as they are (no telling which end runs the agent).
 */
export function agentsOnEdges(
  nodes: readonly TopoNode[],
  edges: readonly TopoEdge[],
  vocab: Vocabulary,
): Parts {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const ids = new Set(byId.keys());
  const added: TopoNode[] = [];
  const extra: TopoEdge[] = [];
  const isService = (id: string): boolean => byId.get(id)?.kind === 'monitoring-service';
  for (const e of edges) {
    if (e.label === '' || isService(e.from) === isService(e.to)) continue;
    if (!namesKindStrongly(e.label, 'monitoring-agent', vocab)) continue;
    const end = isService(e.from) ? e.to : e.from;
    const runsOn = byId.get(end);
    const id = freshId(ids, `${end}~agent`);
    added.push({
      id,
      label: e.label,
      kind: 'monitoring-agent',
      role: null,
      host: runsOn?.kind === 'server' ? end : (runsOn?.host ?? end),
      line: e.line,
      diagram: e.diagram,
    });
    extra.push(end === e.from ? { ...e, from: id } : { ...e, to: id });
  }
  return { nodes: [...nodes, ...added], edges: [...edges, ...extra] };
}
