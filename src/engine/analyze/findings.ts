// Findings beyond the rubric, as advice: single points of failure, unprotected database, plaintext after TLS, ...
import type { Finding } from '../grade/result.ts';
import { articulationPoints } from './articulation.ts';
import { linkedDatabases } from './database-ends.ts';
import type { DiagramGraph } from './graph.ts';

function finding(
  id: string,
  message: string,
  graph: DiagramGraph,
  nodes: readonly string[],
): Finding {
  return { id, message, evidence: { lines: graph.linesOf(nodes), nodes: [...nodes], quotes: [] } };
}

/**
 * Single points of failure: with a virtual source joined to every user and a virtual sink joined to every
 * database, the articulation points whose loss cuts the source from the sink (no database reachable at all).
 */
function singlePoints(graph: DiagramGraph): Finding[] {
  const users = graph.ofKind('user').map((n) => n.id);
  const dbs = graph.ofKind('database').map((n) => n.id);
  if (users.length === 0 || dbs.length === 0) return [];
  const SOURCE = '\u0000source';
  const SINK = '\u0000sink';
  const ids = [SOURCE, SINK, ...graph.nodes.map((n) => n.id)];
  const neighbours = (id: string): string[] => {
    if (id === SOURCE) return users;
    if (id === SINK) return dbs;
    const extra = [...(users.includes(id) ? [SOURCE] : []), ...(dbs.includes(id) ? [SINK] : [])];
    return [...graph.neighbours(id), ...extra];
  };
  const connected = (without: string | null): boolean => {
    const seen = new Set([SOURCE]);
    const stack = [SOURCE];
    while (stack.length > 0) {
      for (const n of neighbours(stack.pop() ?? '')) {
        if (n === without || seen.has(n)) continue;
        seen.add(n);
        stack.push(n);
      }
    }
    return seen.has(SINK);
  };
  if (!connected(null)) return [];
  // Machines only: a virtual IP is an address its holders pass between them (the simulator makes it a hop too).
  const kinds = new Set([
    'load-balancer',
    'web-server',
    'app-server',
    'database',
    'server',
    'firewall',
  ]);
  // A group holding two or more of its own kind ("HAProxy cluster" around LB1 and LB2) is no one machine.
  const cluster = (id: string): boolean => {
    const kind = graph.node(id)?.kind;
    const members = graph.boxOf(id)?.members ?? [];
    return members.filter((m) => graph.node(m)?.kind === kind).length >= 2;
  };
  return [...articulationPoints(ids, neighbours)]
    .filter((id) => kinds.has(graph.node(id)?.kind ?? '') && !cluster(id) && !connected(id))
    .sort((a, b) => (graph.node(a)?.line ?? 0) - (graph.node(b)?.line ?? 0) || a.localeCompare(b))
    .map((id) =>
      finding(
        'single-point-of-failure',
        `${graph.node(id)?.label ?? id} is a single point of failure: if it fails, no path is left from the user to any database.`,
        graph,
        [id],
      ),
    );
}

function unprotectedDatabase(graph: DiagramGraph): Finding[] {
  const firewalls = graph.ofKind('firewall');
  const users = graph.ofKind('user').map((n) => n.id);
  if (firewalls.length === 0 || users.length === 0) return [];
  const avoid = new Set(firewalls.map((f) => f.id));
  return graph
    .ofKind('database')
    .filter((db) => users.some((u) => graph.reachable(u, true, avoid).has(db.id)))
    .map((db) =>
      finding(
        'unprotected-database',
        `${db.label} can be reached from the user without crossing a firewall.`,
        graph,
        [db.id],
      ),
    );
}

function plaintextAfterTls(graph: DiagramGraph): Finding[] {
  const out: Finding[] = [];
  for (const e of graph.edges) {
    if (e.encrypted !== true) continue;
    const next = graph.edges.filter((x) => x.from === e.to && x.encrypted === false);
    for (const x of next) {
      out.push(
        finding(
          'plaintext-after-tls',
          `Traffic arrives encrypted at ${graph.node(e.to)?.label ?? e.to} but leaves it in plaintext towards ${graph.node(x.to)?.label ?? x.to}.`,
          graph,
          [e.to, x.to],
        ),
      );
    }
  }
  return out;
}

function replicaWithoutReplication(graph: DiagramGraph): Finding[] {
  return graph
    .ofKind('database')
    .filter((n) => n.role === 'replica')
    .filter((r) => linkedDatabases(graph, r).length === 0)
    .map((r) =>
      finding(
        'replica-without-replication',
        `${r.label} is a replica but nothing replicates to it.`,
        graph,
        [r.id],
      ),
    );
}

function orphans(graph: DiagramGraph): Finding[] {
  return graph.nodes
    .filter((n) => graph.isLoose(n.id) && graph.nodes.length > 1)
    .map((n) =>
      finding('orphan-node', `${n.label} is drawn but linked to nothing.`, graph, [n.id]),
    );
}

function idleAgents(graph: DiagramGraph): Finding[] {
  return graph
    .ofKind('monitoring-agent')
    .filter((n) => graph.degree(n.id) === 0)
    .map((n) =>
      finding(
        'idle-monitoring-agent',
        `${n.label} is connected to nothing: it monitors nothing and reports nowhere.`,
        graph,
        [n.id],
      ),
    );
}

export function findingsOf(graph: DiagramGraph): Finding[] {
  return [
    ...singlePoints(graph),
    ...unprotectedDatabase(graph),
    ...plaintextAfterTls(graph),
    ...replicaWithoutReplication(graph),
    ...orphans(graph),
    ...idleAgents(graph),
  ];
}
