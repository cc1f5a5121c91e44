// What an event-log line means, as data: the log's text is for people, this is for code that explains a run.

/** A line's meaning, for the failovers, health checks and promotions that lessons explain. Names are node ids. */
export type SimEvent =
  /** A backup load balancer missed the master's advertisements and took the virtual IP. */
  | { readonly kind: 'vip-moved'; readonly from: string; readonly to: string }
  /** A higher-priority load balancer came back and took the virtual IP back (preemption). */
  | { readonly kind: 'vip-preempted'; readonly by: string; readonly from: string }
  /** A backup cut off from the master also claims the virtual IP. */
  | { readonly kind: 'split-brain'; readonly node: string; readonly peer: string }
  /** A balancer's health checks took a server out of its pool. */
  | {
      readonly kind: 'server-down';
      readonly balancer: string;
      readonly server: string;
      readonly checks: number;
      /** The server answers TCP but its application is down (an HTTP check failed). */
      readonly appDown: boolean;
    }
  /** A balancer has no server left in its pool. */
  | { readonly kind: 'pool-empty'; readonly balancer: string }
  /** The primary database is down; how a replica may take over. */
  | {
      readonly kind: 'primary-down';
      readonly node: string;
      readonly takeover: 'none' | 'automatic' | 'operator';
    }
  /** A replica was promoted on its own (a promotion delay is set). */
  | { readonly kind: 'replica-promoted'; readonly node: string }
  /** No live replica could be promoted. */
  | { readonly kind: 'no-replica'; readonly old: string }
  /** An operator promoted a replica; the old primary became its replica when it was up. */
  | { readonly kind: 'operator-promoted'; readonly node: string; readonly demoted: string | null }
  /** An operator's promotion changed nothing, and why. */
  | { readonly kind: 'promotion-refused'; readonly target: string; readonly why: string };

/** The first event of a kind in a log, with its time. */
export function firstEvent<K extends SimEvent['kind']>(
  log: readonly { readonly t: number; readonly event?: SimEvent }[],
  kind: K,
): { readonly t: number; readonly event: Extract<SimEvent, { kind: K }> } | null {
  for (const line of log)
    if (line.event?.kind === kind)
      return { t: line.t, event: line.event as Extract<SimEvent, { kind: K }> };
  return null;
}
