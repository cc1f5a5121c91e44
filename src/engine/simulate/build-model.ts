// Builds the simulation model of one diagram: nodes, links, tiers, pairs, database groups, agents, failure units.
import { DiagramGraph } from '../analyze/graph.ts';
import type { DiagramKind, Topology } from '../topology/model.ts';
import { findAgents } from './agents.ts';
import { dbAccess, findDbGroups } from './db-groups.ts';
import { drawnTls } from './drawn-tls.ts';
import type { DbAccess, Entry, Route, SimModel } from './model.ts';
import { findPairs } from './pairs.ts';
import { requestGraph } from './request-graph.ts';
import { routing } from './routes.ts';
import { simNodes } from './sim-nodes.ts';
import { failUnits } from './units.ts';

/** Typed error: the diagram cannot be simulated (nothing serves requests, or nothing reaches a server). */
export class SimModelError extends Error {
  override readonly name = 'SimModelError';
  readonly code: 'no-diagram' | 'no-server' | 'no-entry';
  /** Index of the diagram, or -1 when there is none to read. */
  readonly diagram: number;

  constructor(code: 'no-diagram' | 'no-server' | 'no-entry', diagram: number, message: string) {
    super(message);
    this.code = code;
    this.diagram = diagram;
  }
}

export function buildSimModel(
  topology: Topology,
  diagram: { readonly index: number; readonly kind: DiagramKind },
): SimModel {
  const graph = new DiagramGraph(topology, diagram.index, diagram.kind);
  const rg = requestGraph(graph);
  const sims = simNodes(graph, rg);
  const { nodes } = sims;
  if (
    !nodes.some((n) => n.role === 'lb' || n.role === 'web' || n.role === 'app' || n.role === 'db')
  ) {
    throw new SimModelError(
      'no-server',
      diagram.index,
      'the diagram has no load balancer, web, application or database server to simulate',
    );
  }
  const { table, entries, next } = routing(sims, rg);
  if (entries.length === 0)
    throw new SimModelError(
      'no-entry',
      diagram.index,
      'no request path from the users reaches a server',
    );
  const pairs = findPairs(graph, sims, table, entries, next);
  const db = findDbGroups(graph, sims);
  const roleOf = (r: Route) => nodes[r.target]?.role;
  const backends: Route[][] = nodes.map((n) =>
    n.role === 'lb' ? (next[n.index] ?? []).filter((r) => roleOf(r) !== 'db') : [],
  );
  const apps: Route[][] = nodes.map((n) =>
    n.role === 'web'
      ? (next[n.index] ?? []).filter((r) => roleOf(r) === 'app' || roleOf(r) === 'lb')
      : [],
  );
  const dbs: (DbAccess | null)[] = nodes.map((n) =>
    n.role === 'web' || n.role === 'app'
      ? dbAccess(
          n.index,
          (next[n.index] ?? []).filter((r) => roleOf(r) === 'db'),
          db.groups,
          db.groupOf,
          table,
        )
      : null,
  );
  const entryList: Entry[] = [];
  for (const e of entries) {
    const g = pairs.groupOf[e.target] ?? -1;
    if (g < 0) entryList.push({ kind: 'node', node: e.target, link: e.link });
    else if (!entryList.some((x) => x.kind === 'vip' && x.group === g))
      entryList.push({ kind: 'vip', group: g });
  }
  const notes: string[] = [];
  const name = (i: number) => nodes[i]?.id ?? '?';
  for (const c of sims.clusters)
    notes.push(
      `${c.topo.id} is simulated as ${c.members.length} members: ${c.members.map(name).join(', ')}`,
    );
  for (const g of pairs.groups)
    notes.push(`${g.members.map(name).join(' and ')} share a virtual IP (VRRP)`);
  for (const n of nodes)
    if (n.standalone)
      notes.push(`${n.id} serves requests itself (no web or application server drawn behind it)`);
  for (const l of table.links)
    if (!l.drawn && l.stage === 'db')
      notes.push(`${name(l.from)} reaches ${name(l.to)} though the drawing does not connect them`);
  return {
    diagram: { index: diagram.index, kind: diagram.kind },
    nodes,
    links: table.links,
    entries: entryList,
    backends,
    apps,
    dbs,
    vrrp: pairs.groups,
    dbGroups: db.groups,
    agents: findAgents(graph, sims),
    units: failUnits(graph, sims),
    tls: drawnTls(graph, table.links),
    notes,
  };
}
