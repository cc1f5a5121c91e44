// Which box each node and box sits in: one parent each (the innermost box naming it), never a cycle.
import type { TopoGroup, TopoNode, Topology } from '../topology/model.ts';

export interface Hierarchy {
  /** Nodes drawn as nodes (a node sharing its id with a box is drawn as that box). */
  readonly nodes: readonly TopoNode[];
  readonly groups: readonly TopoGroup[];
  /** Parent box of a node or a box; absent at the top level. */
  readonly parent: ReadonlyMap<string, string>;
  /** Nesting depth of each box (0 at the top level). */
  readonly depth: ReadonlyMap<string, number>;
}

function groupParents(groups: readonly TopoGroup[]): Map<string, string> {
  const ids = new Set(groups.map((g) => g.id));
  const parent = new Map<string, string>();
  for (const g of groups)
    if (g.parent !== null && ids.has(g.parent) && g.parent !== g.id) parent.set(g.id, g.parent);
  for (const g of groups) {
    for (const m of g.members) if (ids.has(m) && m !== g.id && !parent.has(m)) parent.set(m, g.id);
  }
  // Break any cycle by cutting the link that closes it.
  for (const g of groups) {
    const seen = new Set<string>([g.id]);
    let current = parent.get(g.id);
    while (current !== undefined) {
      if (seen.has(current)) {
        parent.delete(g.id);
        break;
      }
      seen.add(current);
      current = parent.get(current);
    }
  }
  return parent;
}

function depths(
  groups: readonly TopoGroup[],
  parent: ReadonlyMap<string, string>,
): Map<string, number> {
  const depth = new Map<string, number>();
  for (const g of groups) {
    let d = 0;
    for (let p = parent.get(g.id); p !== undefined; p = parent.get(p)) d += 1;
    depth.set(g.id, d);
  }
  return depth;
}

/** The nodes, boxes and nesting of one diagram (`diagram` filters a multi-diagram topology). */
export function buildHierarchy(topology: Topology, diagram?: number): Hierarchy {
  const inDiagram = (item: { diagram: number }): boolean =>
    diagram === undefined || item.diagram === diagram;
  const groups = topology.groups.filter(inDiagram);
  const groupIds = new Set(groups.map((g) => g.id));
  const nodes = topology.nodes.filter((n) => inDiagram(n) && !groupIds.has(n.id));
  const parent = groupParents(groups);
  const depth = depths(groups, parent);
  const nodeIds = new Set(nodes.map((n) => n.id));
  for (const g of groups) {
    for (const m of g.members) {
      if (!nodeIds.has(m)) continue;
      const current = parent.get(m);
      if (current === undefined || (depth.get(g.id) ?? 0) > (depth.get(current) ?? 0))
        parent.set(m, g.id);
    }
  }
  return { nodes, groups, parent, depth };
}

/** Every node inside a box, directly or through nested boxes. */
export function membersOf(hierarchy: Hierarchy, groupId: string): string[] {
  return hierarchy.nodes
    .filter((n) => {
      for (let p = hierarchy.parent.get(n.id); p !== undefined; p = hierarchy.parent.get(p))
        if (p === groupId) return true;
      return false;
    })
    .map((n) => n.id);
}
