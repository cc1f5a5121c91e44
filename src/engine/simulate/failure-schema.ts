// The failure timeline's entries: kill, revive, partition or heal a link, overload a node, promote a replica.
import { z } from 'zod';

const at = z.number().min(0).max(1e9);
const target = z.string().min(1).max(200);

export const failureSchema = z.discriminatedUnion('action', [
  /** The node (or every component on a host) stops; `until` brings it back. */
  z.strictObject({ action: z.literal('kill'), at, target, until: at.optional() }),
  z.strictObject({ action: z.literal('revive'), at, target }),
  /** The drawn link between two nodes drops every packet; `until` heals it. */
  z.strictObject({
    action: z.literal('partition'),
    at,
    target,
    peer: target,
    until: at.optional(),
  }),
  z.strictObject({ action: z.literal('heal'), at, target, peer: target }),
  /** Service times at the node are multiplied by `factor` (a noisy neighbour, a runaway query). */
  z.strictObject({
    action: z.literal('overload'),
    at,
    target,
    factor: z.number().min(1).max(1e6),
    until: at.optional(),
  }),
  /** An operator promotes a database replica to primary of its group: writes go to it from then on. */
  z.strictObject({ action: z.literal('promote'), at, target }),
]);

export type Failure = z.output<typeof failureSchema>;
