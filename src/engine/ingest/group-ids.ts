// Separates a subgraph whose id is also a node's id (a learner's slip, said so, or an arrow to the subgraph).
import type { RawGraph } from './raw-graph.ts';
import type { Repair } from './mermaid-repair.ts';

export function separateGroupIds(graph: RawGraph): { graph: RawGraph; repairs: Repair[] } {
  const vertexIds = new Set(graph.vertices.map((v) => v.id));
  const clashing = new Set(graph.groups.filter((g) => vertexIds.has(g.id)).map((g) => g.id));
  if (clashing.size === 0) return { graph, repairs: [] };
  const rename = (id: string): string => (clashing.has(id) ? `${id}.group` : id);
  const groupOf = new Map(graph.groups.map((g) => [g.id, g]));
  // `U --> LBC` with `subgraph LBC [HAProxy cluster]`: Mermaid lists LBC as a node with no text of its own;
  // the arrow goes to the subgraph, so the node is named by its title (valid Mermaid, no slip to report).
  const edgeToGroup = (id: string): boolean => {
    const g = groupOf.get(id);
    const v = graph.vertices.find((x) => x.id === id);
    return g !== undefined && v !== undefined && v.label === v.id && g.label !== g.id;
  };
  const vertices = graph.vertices.map((v) =>
    clashing.has(v.id) && edgeToGroup(v.id)
      ? { ...v, label: groupOf.get(v.id)?.label ?? v.label }
      : v,
  );
  const repairs: Repair[] = [];
  const groups = graph.groups.map((g) => {
    if (!clashing.has(g.id)) return { ...g, members: g.members.map(rename) };
    if (!edgeToGroup(g.id))
      repairs.push({
        line: g.line,
        description: `${g.id} names both a node and a subgraph: read the subgraph as the inside of that node`,
      });
    // `subgraph C` with no title beside a node `C[Server 1]`: the box is that server.
    const label =
      g.label === g.id ? (graph.vertices.find((v) => v.id === g.id)?.label ?? g.label) : g.label;
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
