// What the drawing says about encryption: HTTPS to the entry point, encrypted hops behind the load balancer.
import type { DiagramGraph } from '../analyze/graph.ts';
import type { DrawnTls, SimLink } from './model.ts';

function said(links: readonly SimLink[]): boolean | null {
  const segments = links.flatMap((l) => l.segments);
  if (segments.some((s) => s.encrypted === true || s.protocol === 'https')) return true;
  if (segments.some((s) => s.encrypted === false)) return false;
  return null;
}

export function drawnTls(graph: DiagramGraph, links: readonly SimLink[]): DrawnTls {
  return {
    entry: said(links.filter((l) => l.stage === 'client')),
    behindBalancer: said(links.filter((l) => l.stage === 'backend')),
    certificate: graph.nodes.some((n) => n.kind === 'certificate'),
  };
}
