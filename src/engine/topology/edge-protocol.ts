// Infers an edge's protocol from the kinds at its ends when its label says nothing.
import type { NodeKind, Protocol } from './model.ts';

const BY_PAIR: Readonly<Record<string, Protocol>> = {
  'database>database': 'replication',
  'monitoring-agent>monitoring-service': 'metrics',
  'load-balancer>load-balancer': 'heartbeat',
  'app-server>database': 'mysql',
  'code-base>database': 'mysql',
  'user>dns': 'dns',
};

export function protocolFromKinds(from: NodeKind, to: NodeKind): Protocol | null {
  return BY_PAIR[`${from}>${to}`] ?? null;
}
