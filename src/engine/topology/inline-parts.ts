// An arrow labelled by a firewall ("LB --firewall 2--> Server 1", a #### wall across an ASCII line) passes one.
import { namesKindStrongly } from '../classify/names-kind.ts';
import type { Vocabulary } from '../classify/vocabulary-schema.ts';
import type { TopoEdge, TopoNode } from './model.ts';

/**
 * Each edge whose label names a firewall becomes two edges through a firewall node named by that label, so
 * the firewall counts and stands on the path it was written on. Other edges are kept as they are.
 */
export function firewallsOnEdges(
  nodes: readonly TopoNode[],
  edges: readonly TopoEdge[],
  vocab: Vocabulary,
): { nodes: TopoNode[]; edges: TopoEdge[] } {
  const ids = new Set(nodes.map((n) => n.id));
  const added: TopoNode[] = [];
  const out: TopoEdge[] = [];
  for (const e of edges) {
    if (e.label === '' || !namesKindStrongly(e.label, 'firewall', vocab)) {
      out.push(e);
      continue;
    }
    let id = `${e.from}~${e.to}~firewall`;
    for (let n = 2; ids.has(id); n += 1) id = `${e.from}~${e.to}~firewall${String(n)}`;
    ids.add(id);
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
