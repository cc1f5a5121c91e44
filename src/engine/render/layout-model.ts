// The positioned diagram the renderer draws, and the small slice of the elkjs API the layout needs.
import type { EdgeStroke, NodeKind, Protocol, Role } from '../topology/model.ts';

/** Layered layout direction: where the flow goes (Mermaid TD/TB is DOWN, LR is RIGHT). */
export type Direction = 'DOWN' | 'RIGHT' | 'UP' | 'LEFT';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PlacedNode extends Box {
  readonly id: string;
  readonly label: string;
  /** The label wrapped into display lines. */
  readonly lines: readonly string[];
  readonly kind: NodeKind;
  readonly role: Role | null;
}

export interface PlacedGroup extends Box {
  readonly id: string;
  readonly label: string;
  readonly kind: NodeKind;
  /** Nesting depth: 0 for a top-level box. */
  readonly depth: number;
  /** Ids of the nodes drawn inside it (directly or in nested boxes). */
  readonly members: readonly string[];
}

export interface PlacedEdge {
  readonly from: string;
  readonly to: string;
  readonly label: string;
  readonly labelLines: readonly string[];
  readonly protocol: Protocol | null;
  readonly encrypted: boolean | null;
  readonly bidirectional: boolean;
  /** Dotted (a standby or backup path) or thick, as the diagram drew it; solid otherwise. */
  readonly stroke: EdgeStroke | 'solid';
  /** The route from the source's border to the target's border. */
  readonly points: readonly Point[];
  /** Where the label sits (its top-left corner and size), when there is one. */
  readonly labelBox: Box | null;
}

export interface Layout {
  readonly width: number;
  readonly height: number;
  readonly direction: Direction;
  readonly nodes: readonly PlacedNode[];
  readonly groups: readonly PlacedGroup[];
  readonly edges: readonly PlacedEdge[];
}

/** The ELK JSON graph, as much of it as this renderer writes and reads back. */
export interface ElkGraphNode {
  id: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  layoutOptions?: Record<string, string>;
  children?: ElkGraphNode[];
  edges?: ElkGraphEdge[];
}

export interface ElkGraphLabel {
  id?: string;
  text?: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}

export interface ElkGraphEdge {
  id: string;
  sources: string[];
  targets: string[];
  labels?: ElkGraphLabel[];
  sections?: {
    startPoint: Point;
    endPoint: Point;
    bendPoints?: Point[];
  }[];
}

/** What `new ELK()` from elkjs offers (`elkjs/lib/elk.bundled.js` in Node or the browser). */
export interface ElkLike {
  layout(graph: ElkGraphNode): Promise<ElkGraphNode>;
}
