// The topology model: what the engine reads out of a submission (nodes, edges, hosts, source lines).

export const NODE_KINDS = [
  'user',
  'dns',
  'internet',
  'firewall',
  'load-balancer',
  'virtual-ip',
  'web-server',
  'app-server',
  'code-base',
  'database',
  'cache',
  'monitoring-agent',
  'monitoring-service',
  'certificate',
  'server',
  'unknown',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const ROLES = ['primary', 'replica', 'active', 'passive', 'cluster'] as const;
export type Role = (typeof ROLES)[number];

export const PROTOCOLS = [
  'https',
  'http',
  'tcp',
  'mysql',
  'replication',
  'metrics',
  'heartbeat',
  'dns',
] as const;
export type Protocol = (typeof PROTOCOLS)[number];

/** Where a node or an edge was written: 1-based line in the submission file. */
export interface SourceLocation {
  readonly line: number;
}

export type DiagramKind =
  'flowchart' | 'sequence' | 'architecture' | 'c4' | 'block' | 'ascii' | 'other';

export interface TopoNode {
  /** Unique within a topology; for Mermaid, the diagram's own id (prefixed when a file has several diagrams). */
  readonly id: string;
  /** Label as written, entities decoded, markup stripped; untrusted text. */
  readonly label: string;
  readonly kind: NodeKind;
  readonly role: Role | null;
  /** Id of the host (server) node or group this node runs on, when known. */
  readonly host: string | null;
  readonly line: number;
  /** Index of the diagram (in IngestResult.diagrams) it comes from. */
  readonly diagram: number;
  /** For cluster nodes: how many members the label implies (2 for "LB cluster"). */
  readonly members?: number;
  /** Other component kinds the label names (a host listing what it runs); empty for most nodes. */
  readonly mentions?: readonly NodeKind[];
  /** Roles of the components the label lists ("Server 1 (Nginx, MySQL Primary)"); absent for most nodes. */
  readonly listedRoles?: readonly { readonly kind: NodeKind; readonly role: Role }[];
  /** True when the label names the members ("LB1 & LB2"), false when only the word "cluster" implies them. */
  readonly membersNamed?: boolean;
}

export interface TopoEdge {
  readonly from: string;
  readonly to: string;
  readonly label: string;
  readonly protocol: Protocol | null;
  readonly encrypted: boolean | null;
  readonly bidirectional: boolean;
  readonly line: number;
  readonly diagram: number;
  /**
   * How the line is drawn when it is not a plain solid one: dotted (`-.->`, a standby or backup path in
   * the lessons, a reply in a sequence diagram) or thick (`==>`). Absent for a solid line.
   */
  readonly stroke?: EdgeStroke;
}

export type EdgeStroke = 'dotted' | 'thick';

/** A group of nodes: a Mermaid subgraph, an architecture group, an ASCII box holding others. */
export interface TopoGroup {
  readonly id: string;
  readonly label: string;
  readonly kind: NodeKind;
  readonly members: readonly string[];
  readonly parent: string | null;
  readonly line: number;
  readonly diagram: number;
  /** The node this group is the inside of (a node and a subgraph written with one id). */
  readonly owner?: string;
}

export interface Topology {
  readonly nodes: readonly TopoNode[];
  readonly edges: readonly TopoEdge[];
  readonly groups: readonly TopoGroup[];
}
