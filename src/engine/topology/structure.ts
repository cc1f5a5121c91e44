// Reads a component's role from where it sits in the drawing when its label names none (or only a host).
import type { NodeKind, TopoEdge, TopoNode } from './model.ts';

/** Kinds a label reading may yield to the structure: nothing known, or a bare host word. */
const OPEN: ReadonlySet<NodeKind> = new Set(['unknown']);
const TIERS: ReadonlySet<NodeKind> = new Set(['web-server', 'app-server', 'server']);

interface Links {
  readonly out: Map<string, Set<string>>;
  readonly in: Map<string, Set<string>>;
}

function linksOf(edges: readonly TopoEdge[]): Links {
  const out = new Map<string, Set<string>>();
  const inn = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, a: string, b: string): void => {
    if (a === b) return;
    const s = m.get(a);
    if (s) s.add(b);
    else m.set(a, new Set([b]));
  };
  for (const e of edges) {
    add(out, e.from, e.to);
    add(inn, e.to, e.from);
    if (e.bidirectional) {
      add(out, e.to, e.from);
      add(inn, e.from, e.to);
    }
  }
  return { out, in: inn };
}

/**
 * The kind a node's neighbours give it, or null:
 * - the sink of two or more monitoring agents (and no agent's source) is the monitoring service;
 * - an unlabelled node that fans out to two or more web, application or server nodes is a load balancer;
 * - an unlabelled node or bare host fed by a web server and leading to a database is the application server;
 * - an unlabelled node on a replication link with a database is a database.
 */
function structuralKind(
  node: TopoNode,
  kindOf: (id: string) => NodeKind,
  links: Links,
  replicatesWith: ReadonlySet<string> | undefined,
): NodeKind | null {
  const outs = [...(links.out.get(node.id) ?? [])].map(kindOf);
  const ins = [...(links.in.get(node.id) ?? [])].map(kindOf);
  const count = (list: readonly NodeKind[], k: (x: NodeKind) => boolean): number =>
    list.filter(k).length;
  if (node.kind === 'unknown' || node.kind === 'monitoring-agent') {
    const agentsIn = count(ins, (k) => k === 'monitoring-agent');
    const agentsOut = count(outs, (k) => k === 'monitoring-agent');
    if (agentsIn >= 2 && agentsOut === 0) return 'monitoring-service';
  }
  const bareHost = node.kind === 'server' && (node.mentions ?? []).length === 0;
  if (OPEN.has(node.kind) || bareHost) {
    if (ins.includes('web-server') && outs.includes('database')) return 'app-server';
  }
  if (!OPEN.has(node.kind)) return null;
  if (count(outs, (k) => TIERS.has(k)) >= 2) return 'load-balancer';
  if (replicatesWith && [...replicatesWith].some((id) => kindOf(id) === 'database'))
    return 'database';
  return null;
}

/** The nodes with the kinds their place in the drawing gives them (labels that name a kind keep it). */
export function kindsFromStructure(
  nodes: readonly TopoNode[],
  edges: readonly TopoEdge[],
): TopoNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const kindOf = (id: string): NodeKind => byId.get(id)?.kind ?? 'unknown';
  const links = linksOf(edges);
  const replication = new Map<string, Set<string>>();
  for (const e of edges) {
    if (e.protocol !== 'replication') continue;
    for (const [a, b] of [
      [e.from, e.to],
      [e.to, e.from],
    ] as const) {
      const s = replication.get(a);
      if (s) s.add(b);
      else replication.set(a, new Set([b]));
    }
  }
  return nodes.map((n) => {
    const kind = structuralKind(n, kindOf, links, replication.get(n.id));
    return kind === null ? n : { ...n, kind };
  });
}
