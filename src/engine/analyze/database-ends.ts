// Where an edge meets a database: at the database itself, or at the box it runs on when that box runs no other.
import type { TopoNode } from '../topology/model.ts';
import type { DiagramGraph } from './graph.ts';

/** Databases hosted directly on a node. */
function databasesOn(graph: DiagramGraph, host: string): TopoNode[] {
  return graph.nodes.filter((n) => n.kind === 'database' && n.host === host);
}

/**
 * Whether an edge end `id` stands for the database: the database node, or its server box when the box runs only
 * this database (an ASCII arrow from the primary drawn across its server's wall starts at the wall).
 */
export function isDatabaseEnd(graph: DiagramGraph, id: string, db: TopoNode): boolean {
  return (
    id === db.id || (db.host !== null && id === db.host && databasesOn(graph, db.host).length === 1)
  );
}

/** The database an edge end stands for: itself, or the one database its box runs; undefined otherwise. */
function databaseAt(graph: DiagramGraph, id: string): TopoNode | undefined {
  const node = graph.node(id);
  if (node?.kind === 'database') return node;
  const hosted = databasesOn(graph, id);
  return hosted.length === 1 ? hosted[0] : undefined;
}

/** Other databases linked to `db` by an edge, either end read as above. */
export function linkedDatabases(graph: DiagramGraph, db: TopoNode): TopoNode[] {
  const out = new Map<string, TopoNode>();
  for (const e of graph.edges) {
    for (const [near, far] of [
      [e.from, e.to],
      [e.to, e.from],
    ] as const) {
      if (!isDatabaseEnd(graph, near, db)) continue;
      const other = databaseAt(graph, far);
      if (other && other.id !== db.id) out.set(other.id, other);
    }
  }
  return [...out.values()];
}
