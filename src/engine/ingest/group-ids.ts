// Separates a subgraph whose id is also a node's id (a learner's slip, said so, or an arrow to the subgraph).
import type { RawGraph } from './raw-graph.ts';
import type { Repair } from './mermaid-repair.ts';

export function separateGroupIds(graph: RawGraph): { graph: RawGraph; repairs: Repair[] } {
  const vertexOf = new Map(graph.vertices.map((v) => [v.id, v]));
  const clashing = new Set(graph.groups.filter((g) => vertexOf.has(g.id)).map((g) => g.id));
  if (clashing.size === 0) return { graph, repairs: [] };
  const rename = (id: string): string => (clashing.has(id) ? `${id}.group` : id);
  // `U --> LBC` with `subgraph LBC [HAProxy cluster]`: Mermaid lists LBC as a node with no text of its own;
  // the arrow goes to the subgraph, so the node is named by its title (valid Mermaid, no slip to report).
  const titleOf = new Map(
    graph.groups
      .filter((g) => clashing.has(g.id) && vertexOf.get(g.id)?.label === g.id && g.label !== g.id)
      .map((g) => [g.id, g.label]),
  );
  const vertices = graph.vertices.map((v) => {
    const title = titleOf.get(v.id);
    return title === undefined ? v : { ...v, label: title };
  });
  const repairs: Repair[] = [];
  const groups = graph.groups.map((g) => {
    if (!clashing.has(g.id)) return { ...g, members: g.members.map(rename) };
    if (!titleOf.has(g.id))
      repairs.push({
        line: g.line,
        description: `${g.id} names both a node and a subgraph: read the subgraph as the inside of that node`,
      });
    // `subgraph C` with no title beside a node `C[Server 1]`: the box is that server.
    const label = g.label === g.id ? (vertexOf.get(g.id)?.label ?? g.label) : g.label;
    return {
      ...g,
      id: rename(g.id),
      label,
      owner: g.id,
      members: g.members.filter((m) => m !== g.id).map(rename),
    };
  });
  return { graph: { ...graph, vertices, groups }, repairs };
}
