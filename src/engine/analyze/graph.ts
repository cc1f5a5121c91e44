// Graph facts over one diagram of a topology: adjacency, reachability, paths through given kinds.
import type {
  DiagramKind,
  NodeKind,
  TopoEdge,
  TopoGroup,
  TopoNode,
  Topology,
} from '../topology/model.ts';

const NONE: ReadonlySet<string> = new Set();

export class DiagramGraph {
  readonly nodes: readonly TopoNode[];
  readonly edges: readonly TopoEdge[];
  readonly groups: readonly TopoGroup[];
  readonly kind: DiagramKind;
  private readonly byId: ReadonlyMap<string, TopoNode>;
  private readonly out = new Map<string, Set<string>>();
  private readonly into = new Map<string, Set<string>>();
  private readonly undirected = new Map<string, Set<string>>();

  constructor(topology: Topology, diagram: number, kind: DiagramKind = 'flowchart') {
    this.kind = kind;
    this.nodes = topology.nodes.filter((n) => n.diagram === diagram);
    this.byId = new Map(this.nodes.map((n) => [n.id, n]));
    this.groups = topology.groups.filter((g) => g.diagram === diagram);
    this.edges = topology.edges.filter(
      (e) => e.diagram === diagram && this.byId.has(e.from) && this.byId.has(e.to),
    );
    for (const n of this.nodes) {
      this.out.set(n.id, new Set());
      this.into.set(n.id, new Set());
      this.undirected.set(n.id, new Set());
    }
    // A group drawn as a component (an arrow reaches the box) leads on to what it contains.
    for (const g of this.groups) {
      const self = this.byId.has(g.id) ? g.id : g.owner;
      if (self === undefined || !this.byId.has(self)) continue;
      for (const m of g.members) {
        if (!this.byId.has(m)) continue;
        this.link(self, m);
        this.undirected.get(self)?.add(m);
        this.undirected.get(m)?.add(self);
      }
    }
    for (const e of this.edges) {
      this.link(e.from, e.to);
      if (e.bidirectional) this.link(e.to, e.from);
      this.undirected.get(e.from)?.add(e.to);
      this.undirected.get(e.to)?.add(e.from);
    }
  }

  private link(from: string, to: string): void {
    this.out.get(from)?.add(to);
    this.into.get(to)?.add(from);
  }

  node(id: string): TopoNode | undefined {
    return this.byId.get(id);
  }

  /** The title of a box, else the label of a node, else the id itself: how feedback names a host. */
  titleOf(id: string): string {
    return this.groups.find((g) => g.id === id)?.label ?? this.byId.get(id)?.label ?? id;
  }

  /** The boxes holding a node or a box, innermost first (nested boxes followed up to the outermost). */
  boxesAround(id: string): TopoGroup[] {
    const out: TopoGroup[] = [];
    let box = this.groups.find((g) => g.members.includes(id));
    while (box !== undefined && !out.includes(box)) {
      out.push(box);
      const parent = box.parent;
      box = parent === null ? undefined : this.groups.find((g) => g.id === parent);
    }
    return out;
  }

  /** The box drawn for a component: the group of that id, or the one it stands for (`subgraph LBC` as LBC). */
  boxOf(id: string): TopoGroup | undefined {
    return this.groups.find((g) => g.id === id || g.owner === id);
  }

  /** Whether a node is linked to nothing and drawn in no box. */
  isLoose(id: string): boolean {
    return this.degree(id) === 0 && !this.groups.some((g) => g.members.includes(id));
  }

  /** Every id inside a box, the contents of the boxes nested in it included. */
  boxContents(boxId: string): Set<string> {
    const inside = new Set<string>();
    const open = [...(this.groups.find((g) => g.id === boxId)?.members ?? [])];
    for (let id = open.pop(); id !== undefined; id = open.pop()) {
      if (inside.has(id)) continue;
      inside.add(id);
      open.push(...(this.groups.find((g) => g.id === id)?.members ?? []));
    }
    return inside;
  }

  /** Groups with at least one of the given ids among their direct members. */
  groupsHolding(ids: ReadonlySet<string>): TopoGroup[] {
    return this.groups.filter((g) => g.members.some((m) => ids.has(m)));
  }

  /** Nodes of the kinds, and hosts whose label names one of them ("Server 1 (Web + App)"). */
  ofKindOrNamed(...kinds: NodeKind[]): TopoNode[] {
    return this.nodes.filter(
      (n) => kinds.includes(n.kind) || (n.mentions ?? []).some((k) => kinds.includes(k)),
    );
  }

  ofKind(...kinds: NodeKind[]): TopoNode[] {
    return this.nodes.filter((n) => kinds.includes(n.kind));
  }

  successors(id: string): string[] {
    return [...(this.out.get(id) ?? [])];
  }

  /** The nodes with an arrow (or a box) leading to this one. */
  predecessors(id: string): string[] {
    return [...(this.into.get(id) ?? [])];
  }

  neighbours(id: string): string[] {
    return [...(this.undirected.get(id) ?? [])];
  }

  degree(id: string): number {
    return this.undirected.get(id)?.size ?? 0;
  }

  /** Ids reachable from `start` following arrows (or ignoring direction), `start` excluded. */
  reachable(start: string, directed = true, avoid: ReadonlySet<string> = new Set()): Set<string> {
    const seen = new Set<string>([start]);
    const stack = [start];
    const next = directed ? this.out : this.undirected;
    while (stack.length > 0) {
      const id = stack.pop() ?? '';
      for (const to of next.get(id) ?? []) {
        if (seen.has(to) || avoid.has(to)) continue;
        seen.add(to);
        stack.push(to);
      }
    }
    seen.delete(start);
    return seen;
  }

  /**
   * A shortest directed path from any of `from` to any of `to`, as ids, or null. It enters no `avoid` node
   * unless that node is one of `to`.
   */
  path(
    from: readonly string[],
    to: ReadonlySet<string>,
    directed = true,
    avoid: ReadonlySet<string> = NONE,
  ): string[] | null {
    const prev = new Map<string, string | null>(from.map((id) => [id, null]));
    const queue = [...from];
    const next = directed ? this.out : this.undirected;
    for (let i = 0; i < queue.length; i += 1) {
      const id = queue[i] ?? '';
      if (to.has(id)) {
        const path = [id];
        for (let p = prev.get(id); p; p = prev.get(p)) path.unshift(p);
        return path;
      }
      for (const n of next.get(id) ?? []) {
        if (!prev.has(n) && (!avoid.has(n) || to.has(n))) {
          prev.set(n, id);
          queue.push(n);
        }
      }
    }
    return null;
  }

  /** Lines of the given nodes and of the edges between consecutive ids of a path. */
  linesOf(ids: readonly string[]): number[] {
    const lines = new Set<number>();
    for (const id of ids) {
      const n = this.byId.get(id);
      if (n) lines.add(n.line);
    }
    for (let i = 0; i + 1 < ids.length; i += 1) {
      const e = this.edges.find(
        (x) =>
          (x.from === ids[i] && x.to === ids[i + 1]) || (x.to === ids[i] && x.from === ids[i + 1]),
      );
      if (e) lines.add(e.line);
    }
    return [...lines].sort((a, b) => a - b);
  }
}
