// The zod schemas rules share for their parameters: node kinds and roles as the topology model names them.
import { z } from 'zod';
import { KIND_NAMES } from '../../topology/kind-names.ts';
import { NODE_KINDS, ROLES, type NodeKind } from '../../topology/model.ts';

export const kindSchema = z.enum(NODE_KINDS);
export const kindsSchema = z.array(kindSchema).min(1);
export const roleSchema = z.enum(ROLES);

/** "load balancer" / "web servers or servers": the words a learner reads for kinds and a count. */
export function kindWords(kinds: readonly NodeKind[], count = 1): string {
  return kinds.map((k) => KIND_NAMES[k][count === 1 ? 0 : 1]).join(' or ');
}
