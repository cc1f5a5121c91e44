// The simulation model: components, the links requests travel, tiers, pairs and database groups read from a diagram.
import type { DiagramKind, NodeKind, Protocol } from '../topology/model.ts';

/** What a node does in the simulation. `hop`: on the way (internet, a host drawn in the path, a cache), no work. */
export type SimRole =
  | 'client'
  | 'dns'
  | 'firewall'
  | 'lb'
  | 'web'
  | 'app'
  | 'db'
  | 'agent'
  | 'monitor'
  | 'hop'
  | 'passive';

export interface SimNode {
  readonly index: number;
  /** The diagram id, or `id#k` for the k-th member of a node drawn as a cluster. */
  readonly id: string;
  readonly label: string;
  /** Names a failure may use: ids and labels, its own and those of the nodes drawn for it. */
  readonly names: readonly string[];
  /** Id of the diagram node it comes from. */
  readonly source: string;
  readonly kind: NodeKind;
  readonly role: SimRole;
  /** A generic server that serves the whole request itself (web and application in one). */
  readonly standalone: boolean;
  readonly line: number;
}

/** One drawn edge a link crosses; `key` names the edge regardless of direction (for partitions). */
export interface SimSegment {
  readonly from: number;
  readonly to: number;
  readonly key: string;
  readonly protocol: Protocol | null;
  readonly encrypted: boolean | null;
}

/** Which leg of a request a link carries: it sets the protocol, the port and whether TLS applies. */
export type LinkStage = 'client' | 'backend' | 'proxy' | 'db' | 'metrics';

export interface SimLink {
  readonly index: number;
  readonly from: number;
  readonly to: number;
  readonly stage: LinkStage;
  /** Firewalls and other pass-through nodes crossed, in order. */
  readonly via: readonly number[];
  readonly segments: readonly SimSegment[];
  /** False when the drawing does not connect the two nodes but the design implies it (a write to the primary). */
  readonly drawn: boolean;
}

export interface Route {
  readonly target: number;
  readonly link: number;
}

/** Where clients send requests: a virtual IP of a pair (its current owner answers) or one node. */
export type Entry =
  | { readonly kind: 'vip'; readonly group: number }
  | { readonly kind: 'node'; readonly node: number; readonly link: number };

export type PairMode = 'active-passive' | 'active-active';

/** Load balancers sharing virtual IPs through VRRP; members in priority order. */
export interface VrrpGroup {
  readonly members: readonly number[];
  /** Drawn mode when the diagram says it (roles, "active-active"), else null. */
  readonly drawnMode: PairMode | null;
  /** Edges between members (heartbeat links): partitioning them splits the pair. */
  readonly keys: readonly string[];
  /** Link from the clients to each member (borrowed from a sibling when not drawn). */
  readonly clientLinks: readonly number[];
}

export interface DbGroup {
  readonly primary: number;
  readonly replicas: readonly number[];
  /** Replication edges by replica: partitioning one stops that replica's replication. */
  readonly keys: readonly (readonly string[])[];
}

/** How a node reaches the databases: every member of its group, and where reads go. */
export interface DbAccess {
  readonly group: number;
  readonly all: readonly Route[];
  /** Replicas to read from (reachable ones first); empty: reads go to the primary. */
  readonly reads: readonly Route[];
}

export interface Agent {
  readonly node: number;
  readonly targets: readonly number[];
  /** The monitoring service it ships to, or -1. */
  readonly service: number;
  readonly keys: readonly string[];
}

/** Something that can be failed as one: a node, every member of a cluster node, or every component of a host. */
export interface FailUnit {
  readonly name: string;
  readonly label: string;
  readonly kind: 'node' | 'cluster' | 'host';
  readonly nodes: readonly number[];
  readonly names: readonly string[];
}

/** What the drawing says about encryption: true/false when it says so, null when silent. */
export interface DrawnTls {
  readonly entry: boolean | null;
  readonly behindBalancer: boolean | null;
  readonly certificate: boolean;
}

export interface SimModel {
  readonly diagram: { readonly index: number; readonly kind: DiagramKind };
  readonly nodes: readonly SimNode[];
  readonly links: readonly SimLink[];
  readonly entries: readonly Entry[];
  /** Per node: servers of a load balancer (shared by every member of a pair). */
  readonly backends: readonly (readonly Route[])[];
  /** Per node: application servers a web server proxies dynamic requests to. */
  readonly apps: readonly (readonly Route[])[];
  /** Per node: database access of an application (or web) server, or null. */
  readonly dbs: readonly (DbAccess | null)[];
  readonly vrrp: readonly VrrpGroup[];
  readonly dbGroups: readonly DbGroup[];
  readonly agents: readonly Agent[];
  readonly units: readonly FailUnit[];
  readonly tls: DrawnTls;
  /** What the builder assumed, in words, for the report. */
  readonly notes: readonly string[];
}
