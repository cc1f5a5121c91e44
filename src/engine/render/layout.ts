// Lays a topology out with ELK (layered, deterministic) and reads back absolute boxes and edge routes.
import type { Topology } from '../topology/model.ts';
import { buildElkGraph, elkIds } from './elk-graph.ts';
import { edgeLines, nodeLines } from './geometry.ts';
import { buildHierarchy, membersOf } from './hierarchy.ts';
import type {
  Box,
  Direction,
  ElkGraphEdge,
  ElkGraphNode,
  ElkLike,
  Layout,
  PlacedEdge,
  PlacedGroup,
  PlacedNode,
  Point,
} from './layout-model.ts';

export interface LayoutOptions {
  /** Flow direction; default DOWN (read it from the Mermaid header with `diagramDirection`). */
  readonly direction?: Direction;
  /** Lay out only this diagram of a multi-diagram topology. */
  readonly diagram?: number;
  /**
   * Width budget: when the layout in `direction` is wider, the perpendicular direction is tried too
   * (a long LR chain becomes a column) and the narrower of the two is kept.
   */
  readonly maxWidth?: number;
}

const PERPENDICULAR: Readonly<Record<Direction, Direction>> = {
  DOWN: 'RIGHT',
  UP: 'RIGHT',
  RIGHT: 'DOWN',
  LEFT: 'DOWN',
};

const HEADER = /^\s*(?:graph|flowchart)\s+(TB|TD|BT|LR|RL)\b/im;
const DIRECTIONS: Readonly<Record<string, Direction>> = {
  TB: 'DOWN',
  TD: 'DOWN',
  BT: 'UP',
  LR: 'RIGHT',
  RL: 'LEFT',
};

/** The direction a Mermaid flowchart's header asks for (`graph LR` is RIGHT), or null when it names none. */
export function diagramDirection(text: string): Direction | null {
  const match = HEADER.exec(text);
  return match?.[1] === undefined ? null : (DIRECTIONS[match[1].toUpperCase()] ?? null);
}

function flatten(node: ElkGraphNode, into: Map<string, ElkGraphNode>): Map<string, ElkGraphNode> {
  into.set(node.id, node);
  for (const child of node.children ?? []) flatten(child, into);
  return into;
}

function boxOf(node: ElkGraphNode | undefined): Box {
  return { x: node?.x ?? 0, y: node?.y ?? 0, width: node?.width ?? 0, height: node?.height ?? 0 };
}

function route(edge: ElkGraphEdge | undefined): Point[] {
  const points: Point[] = [];
  for (const section of edge?.sections ?? []) {
    points.push(section.startPoint, ...(section.bendPoints ?? []), section.endPoint);
  }
  return points.map((p) => ({ x: p.x, y: p.y }));
}

function labelBox(edge: ElkGraphEdge | undefined): Box | null {
  const label = edge?.labels?.[0];
  if (!label) return null;
  return { x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0 };
}

export async function layoutTopology(
  topology: Topology,
  elk: ElkLike,
  options: LayoutOptions = {},
): Promise<Layout> {
  const direction = options.direction ?? 'DOWN';
  const first = await layoutOnce(topology, elk, direction, options.diagram);
  if (options.maxWidth === undefined || first.width <= options.maxWidth) return first;
  const other = await layoutOnce(topology, elk, PERPENDICULAR[direction], options.diagram);
  return other.width < first.width ? other : first;
}

async function layoutOnce(
  topology: Topology,
  elk: ElkLike,
  direction: Direction,
  diagram: number | undefined,
): Promise<Layout> {
  const options = { diagram };
  const hierarchy = buildHierarchy(topology, options.diagram);
  const ids = elkIds(hierarchy);
  const edges = topology.edges.filter(
    (e) => options.diagram === undefined || e.diagram === options.diagram,
  );
  const result = await elk.layout(buildElkGraph(hierarchy, edges, direction, ids));
  const byId = flatten(result, new Map());
  const elkEdges = new Map((result.edges ?? []).map((e) => [e.id, e]));
  const nodes: PlacedNode[] = hierarchy.nodes.map((n) => ({
    ...boxOf(byId.get(ids.node.get(n.id) ?? '')),
    id: n.id,
    label: n.label,
    lines: nodeLines(n.label),
    kind: n.kind,
    role: n.role,
  }));
  const groups: PlacedGroup[] = hierarchy.groups.map((g) => ({
    ...boxOf(byId.get(ids.group.get(g.id) ?? '')),
    id: g.id,
    label: g.label,
    kind: g.kind,
    depth: hierarchy.depth.get(g.id) ?? 0,
    members: membersOf(hierarchy, g.id),
  }));
  const placed: PlacedEdge[] = [];
  edges.forEach((e, index) => {
    const elkEdge = elkEdges.get(`e${index}`);
    if (!elkEdge) return;
    placed.push({
      from: e.from,
      to: e.to,
      label: e.label,
      labelLines: edgeLines(e.label),
      protocol: e.protocol,
      encrypted: e.encrypted,
      bidirectional: e.bidirectional,
      stroke: e.stroke ?? 'solid',
      points: route(elkEdge),
      labelBox: labelBox(elkEdge),
    });
  });
  return {
    width: result.width ?? 0,
    height: result.height ?? 0,
    direction,
    nodes,
    groups,
    edges: placed,
  };
}
