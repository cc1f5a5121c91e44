// Figures a lesson simulation shows beside the summary: load per server, the web tier's QPS and its alert crossings.
import type { SimModel } from '../engine/simulate/model.ts';
import type { SimResult } from '../engine/simulate/result.ts';

export interface ServerLoad {
  readonly id: string;
  readonly label: string;
  /** Mean requests per second over the run. */
  readonly rate: number;
}

/** Bins that start before the end of the arrivals (the tail only drains requests in flight). */
function inRun(result: SimResult, duration: number): number[] {
  return result.series.time.flatMap((t, i) => (t < duration ? [i] : []));
}

/** Requests per second each server behind a load balancer received, averaged over the run. */
export function serverLoads(model: SimModel, result: SimResult, duration: number): ServerLoad[] {
  const servers = [...new Set(model.backends.flat().map((r) => r.target))].sort((a, b) => a - b);
  const bins = inRun(result, duration);
  return servers.flatMap((n) => {
    const node = model.nodes[n];
    if (!node) return [];
    const qps = result.series.qps[node.id] ?? [];
    const sum = bins.reduce((s, i) => s + (qps[i] ?? 0), 0);
    return [{ id: node.id, label: node.label, rate: bins.length === 0 ? 0 : sum / bins.length }];
  });
}

/** Requests per second reaching the web tier (every web server summed), per bin of the run. */
export function webTierQps(model: SimModel, result: SimResult, duration: number): number[] {
  const web = model.nodes.filter((n) => n.role === 'web').map((n) => n.id);
  return inRun(result, duration).map((i) =>
    web.reduce((s, id) => s + (result.series.qps[id]?.[i] ?? 0), 0),
  );
}

export interface Crossing {
  /** Start of the first bin above the threshold, seconds. */
  readonly from: number;
  /** End of the last bin above it, or null when it was still above at the end. */
  readonly to: number | null;
}

/** The stretches where `values` (one per bin of width `bin`) stayed above `threshold`. */
export function crossings(values: readonly number[], bin: number, threshold: number): Crossing[] {
  const out: Crossing[] = [];
  let from: number | null = null;
  for (let i = 0; i < values.length; i += 1) {
    const above = (values[i] ?? 0) > threshold;
    if (above && from === null) from = i * bin;
    if (!above && from !== null) {
      out.push({ from, to: i * bin });
      from = null;
    }
  }
  if (from !== null) out.push({ from, to: null });
  return out;
}

/** "Above 300 requests/s from 30 s to 40 s: the alert fires at 30 s and resolves at 40 s." */
export function crossingText(list: readonly Crossing[], threshold: number): string[] {
  if (list.length === 0)
    return [`The web tier's QPS never went above ${threshold} requests/s: the alert never fires.`];
  return list.map((c) =>
    c.to === null
      ? `Above ${threshold} requests/s from ${c.from} s to the end: the alert fires at ${c.from} s.`
      : `Above ${threshold} requests/s from ${c.from} s to ${c.to} s: the alert fires at ${c.from} s and resolves at ${c.to} s.`,
  );
}

const count = (n: number): string => n.toLocaleString('en');

/** Stale reads in words: how many replica reads returned data the replica had not caught up on. */
export function staleText(result: SimResult, lag: number): string {
  const { staleReads, replicaReads } = result.summary;
  if (replicaReads === 0) return 'No read went to a replica.';
  const share = ((staleReads / replicaReads) * 100).toFixed(1);
  return `Stale reads: ${count(staleReads)} of ${count(replicaReads)} reads from replicas (${share} %) returned data older than the primary's, with a mean replication lag of ${lag} s.`;
}
