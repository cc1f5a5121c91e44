// Builds the ELK JSON graph of a diagram: fixed node sizes, boxes as compound nodes, labelled edges.
import type { TopoEdge } from '../topology/model.ts';
import {
  edgeLabelSize,
  edgeLines,
  groupMinWidth,
  GROUP_PAD,
  GROUP_PAD_TOP,
  nodeLines,
  nodeSize,
} from './geometry.ts';
import type { Hierarchy } from './hierarchy.ts';
import type { Direction, ElkGraphEdge, ElkGraphNode } from './layout-model.ts';

/** Spacing for the top level and inside every box (ELK does not pass them down to compound nodes). */
const SPACING: Readonly<Record<string, string>> = {
  'elk.layered.spacing.nodeNodeBetweenLayers': '44',
  'elk.layered.spacing.edgeNodeBetweenLayers': '20',
  'elk.spacing.nodeNode': '28',
  'elk.spacing.edgeNode': '16',
  'elk.spacing.edgeEdge': '12',
  'elk.spacing.edgeLabel': '4',
};

/** Options that make ELK's answer depend on the graph only (fixed seed, model order kept). */
export function rootOptions(direction: Direction): Record<string, string> {
  return {
    'elk.algorithm': 'layered',
    'elk.direction': direction,
    'elk.randomSeed': '1',
    'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
    'elk.json.shapeCoords': 'ROOT',
    'elk.json.edgeCoords': 'ROOT',
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
    ...SPACING,
    'elk.padding': '[top=16,left=16,bottom=16,right=16]',
  };
}

/** ELK ids are generated (`n0`, `g0`, `e0`): learners' ids may hold any character. */
export interface ElkIds {
  readonly node: ReadonlyMap<string, string>;
  readonly group: ReadonlyMap<string, string>;
}

export function elkIds(hierarchy: Hierarchy): ElkIds {
  return {
    node: new Map(hierarchy.nodes.map((n, i) => [n.id, `n${i}`])),
    group: new Map(hierarchy.groups.map((g, i) => [g.id, `g${i}`])),
  };
}

function edgeFor(edge: TopoEdge, index: number, ids: ElkIds): ElkGraphEdge | null {
  const end = (id: string): string | undefined => ids.node.get(id) ?? ids.group.get(id);
  const source = end(edge.from);
  const target = end(edge.to);
  if (source === undefined || target === undefined) return null;
  const lines = edgeLines(edge.label);
  const out: ElkGraphEdge = { id: `e${index}`, sources: [source], targets: [target] };
  if (lines.length > 0)
    out.labels = [{ id: `e${index}l`, text: lines.join(' '), ...edgeLabelSize(lines) }];
  return out;
}

export function buildElkGraph(
  hierarchy: Hierarchy,
  edges: readonly TopoEdge[],
  direction: Direction,
  ids: ElkIds,
): ElkGraphNode {
  const root: ElkGraphNode = {
    id: 'root',
    layoutOptions: rootOptions(direction),
    children: [],
    edges: [],
  };
  const elkGroups = new Map<string, ElkGraphNode>();
  for (const g of hierarchy.groups) {
    elkGroups.set(g.id, {
      id: ids.group.get(g.id) ?? g.id,
      layoutOptions: {
        ...SPACING,
        'elk.padding': `[top=${GROUP_PAD_TOP},left=${GROUP_PAD},bottom=${GROUP_PAD},right=${GROUP_PAD}]`,
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
        'elk.nodeSize.minimum': `(${groupMinWidth(g.label)}, ${GROUP_PAD_TOP + GROUP_PAD})`,
      },
      children: [],
    });
  }
  const containerOf = (id: string): ElkGraphNode => {
    const parent = hierarchy.parent.get(id);
    return (parent === undefined ? undefined : elkGroups.get(parent)) ?? root;
  };
  for (const g of hierarchy.groups) {
    const elk = elkGroups.get(g.id);
    if (elk) containerOf(g.id).children?.push(elk);
  }
  for (const n of hierarchy.nodes) {
    const size = nodeSize(nodeLines(n.label));
    containerOf(n.id).children?.push({ id: ids.node.get(n.id) ?? n.id, ...size });
  }
  edges.forEach((edge, index) => {
    const elk = edgeFor(edge, index, ids);
    if (elk) root.edges?.push(elk);
  });
  return root;
}
