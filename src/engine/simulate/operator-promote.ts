// Manual failover: an operator promotes a database replica to primary at a time of the failure timeline.
import type { SimState } from './sim-state.ts';

/** Why an operator cannot promote `node` (a database of a group), or null when it can. */
function cannotPromote(s: SimState, node: number): string | null {
  const db = s.db;
  if (s.alive[node] === 0) return 'it is down';
  if (db.primary[db.groupOfNode[node] as number] === node) return 'it is already the primary';
  if (db.isReplica[node] === 0) return 'it is not a replica';
  return null;
}

/**
 * A `promote` entry of the failure timeline: the replica among `nodes` becomes the primary of its group and takes
 * the writes; the old primary steps down to a replica (or, if down, rejoins as one when it returns).
 */
export function operatorPromotes(
  s: SimState,
  nodes: readonly number[],
  what: string,
  t: number,
): void {
  const db = s.db;
  const dbs = nodes.filter((n) => (db.groupOfNode[n] as number) >= 0);
  const node = dbs.find((n) => cannotPromote(s, n) === null) ?? dbs[0];
  const why = node === undefined ? 'it is not a database server' : cannotPromote(s, node);
  if (node === undefined || why !== null) {
    s.say(t, `an operator tries to promote ${what} to primary, but nothing happens: ${why ?? ''}`, {
      kind: 'promotion-refused',
      target: what,
      why: why ?? '',
    });
    return;
  }
  const g = db.groupOfNode[node] as number;
  const old = db.primary[g] as number;
  // Any automatic promotion still pending is moot.
  db.token[g] = (db.token[g] as number) + 1;
  db.pending[g] = 0;
  db.primary[g] = node;
  db.isReplica[node] = 0;
  db.frozenSince[node] = -1;
  if (s.alive[old] === 1) {
    db.isReplica[old] = 1;
    s.say(
      t,
      `an operator promotes ${s.name(node)} to primary: writes go to it, ${s.name(old)} becomes its replica`,
      { kind: 'operator-promoted', node: s.name(node), demoted: s.name(old) },
    );
  } else {
    db.isReplica[old] = 0;
    s.say(t, `an operator promotes ${s.name(node)} to primary: writes succeed again`, {
      kind: 'operator-promoted',
      node: s.name(node),
      demoted: null,
    });
  }
}
