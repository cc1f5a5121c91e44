// Database groups (a primary and its replicas) and, per server, how it reaches them for reads and writes.
import type { DiagramGraph } from '../analyze/graph.ts';
import type { DbAccess, DbGroup, Route } from './model.ts';
import { edgeKey, type LinkTable } from './routes.ts';
import type { SimNodes } from './sim-nodes.ts';

interface Draft {
  members: number[];
  keys: Map<number, string[]>;
}

export function findDbGroups(
  graph: DiagramGraph,
  sims: SimNodes,
): { groups: DbGroup[]; groupOf: number[] } {
  const dbs = sims.nodes.filter((n) => n.role === 'db');
  const drafts: Draft[] = [];
  const draftOf = new Map<number, Draft>();
  const join = (a: number, b: number, key: string | null): void => {
    const da = draftOf.get(a);
    const db = draftOf.get(b);
    if (da && db && da !== db) {
      da.members.push(...db.members);
      for (const [k, v] of db.keys) da.keys.set(k, [...(da.keys.get(k) ?? []), ...v]);
      for (const m of db.members) draftOf.set(m, da);
      drafts.splice(drafts.indexOf(db), 1);
    }
    const d = draftOf.get(a) as Draft;
    if (key !== null) for (const m of [a, b]) d.keys.set(m, [...(d.keys.get(m) ?? []), key]);
  };
  for (const n of dbs) {
    const d: Draft = { members: [n.index], keys: new Map() };
    drafts.push(d);
    draftOf.set(n.index, d);
  }
  for (const c of sims.clusters)
    for (const m of c.members) if (draftOf.has(m)) join(c.members[0] as number, m, null);
  for (const e of graph.edges) {
    const from = sims.byTopo.get(e.from) ?? [];
    const to = sims.byTopo.get(e.to) ?? [];
    for (const a of from)
      for (const b of to)
        if (a !== b && draftOf.has(a) && draftOf.has(b)) join(a, b, edgeKey(e.from, e.to));
  }
  // A lone replica belongs to the group of the one primary the drawing names.
  const role = (i: number) => graph.node(sims.nodes[i]?.source ?? '')?.role ?? null;
  const named = drafts.filter((d) => d.members.some((m) => role(m) === 'primary'));
  for (const d of [...drafts]) {
    if (
      d.members.length === 1 &&
      role(d.members[0] as number) === 'replica' &&
      named.length === 1 &&
      named[0] !== d
    ) {
      join((named[0] as Draft).members[0] as number, d.members[0] as number, null);
    }
  }
  const groups: DbGroup[] = [];
  const groupOf = sims.nodes.map(() => -1);
  for (const d of drafts) {
    const sorted = [...d.members].sort((a, b) => a - b);
    const sources = new Set(graph.edges.map((e) => e.from));
    const primary: number =
      sorted.find((m) => role(m) === 'primary') ??
      sorted.find((m) => role(m) !== 'replica' && sources.has(sims.nodes[m]?.source ?? '')) ??
      sorted.find((m) => role(m) !== 'replica') ??
      (sorted[0] as number);
    const replicas = sorted.filter((m) => m !== primary);
    for (const m of sorted) groupOf[m] = groups.length;
    groups.push({
      primary,
      replicas,
      keys: replicas.map((r) => [...new Set(d.keys.get(r) ?? [])]),
    });
  }
  return { groups, groupOf };
}

/** How a server reaches its databases: drawn links where drawn, else links implied through the same firewalls. */
export function dbAccess(
  from: number,
  drawn: readonly Route[],
  groups: readonly DbGroup[],
  groupOf: readonly number[],
  table: LinkTable,
): DbAccess | null {
  const first = drawn[0];
  if (first === undefined) return null;
  const group = groupOf[first.target] ?? -1;
  const g = groups[group];
  if (g === undefined) return null;
  const members = [g.primary, ...g.replicas];
  const all = members.map(
    (m) =>
      drawn.find((r) => r.target === m) ?? {
        target: m,
        link: table.implied(from, m, 'db', first.link),
      },
  );
  const reachable = drawn.filter((r) => g.replicas.includes(r.target));
  const reads = reachable.length > 0 ? reachable : all.filter((r) => g.replicas.includes(r.target));
  return { group, all, reads };
}
