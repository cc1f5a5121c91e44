// Separates a subgraph whose id is also a node's id (a common learner slip), and says so.
import type { RawGraph } from './raw-graph.ts';
import type { Repair } from './mermaid-repair.ts';

export function separateGroupIds(graph: RawGraph): { graph: RawGraph; repairs: Repair[] } {
  const vertexIds = new Set(graph.vertices.map((v) => v.id));
  const clashing = new Set(graph.groups.filter((g) => vertexIds.has(g.id)).map((g) => g.id));
  if (clashing.size === 0) return { graph, repairs: [] };
  const rename = (id: string): string => (clashing.has(id) ? `${id}.group` : id);
  const repairs: Repair[] = [];
  const groups = graph.groups.map((g) => {
    if (!clashing.has(g.id)) return { ...g, members: g.members.map(rename) };
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
  return { graph: { ...graph, groups }, repairs };
}
