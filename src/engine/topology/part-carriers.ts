// A part named together with the component it is installed on, drawn where traffic passes, is that component.
import { mentionedKinds } from '../classify/classify-label.ts';
import { compileVocabulary } from '../classify/compile-vocabulary.ts';
import type { ClassifiableKind, Vocabulary } from '../classify/vocabulary-schema.ts';
import type { NodeKind, TopoEdge, TopoNode } from './model.ts';

/** Parts that sit on a component rather than on the path of requests (a firewall is meant to be on it). */
const OFF_PATH: ReadonlySet<NodeKind> = new Set(['certificate', 'monitoring-agent']);
/** Where an arrow from a part does not carry requests on: back to people, or data to the monitoring. */
const NOT_ONWARD: ReadonlySet<NodeKind> = new Set([
  'user',
  'internet',
  'dns',
  'monitoring-service',
]);

/**
 * "HAProxy - SSL certificate www.foobar.com" between the user and the servers is the load balancer holding its
 * certificate, not a certificate the traffic runs through: a certificate or an agent whose label also names a
 * component it is installed on, with an arrow coming in and one going on to another component, becomes that
 * component and mentions the part. A part beside its component ("Nginx monitoring agent" → Sumo Logic) stays.
 */
export function carriersOnThePath(
  nodes: readonly TopoNode[],
  edges: readonly TopoEdge[],
  vocab: Vocabulary,
): TopoNode[] {
  const c = compileVocabulary(vocab);
  const kindOf = new Map(nodes.map((n) => [n.id, n.kind]));
  const parts = (k: NodeKind | undefined): boolean => k !== undefined && OFF_PATH.has(k);
  const ins = new Set<string>();
  const outs = new Set<string>();
  for (const e of edges) {
    const from = kindOf.get(e.from);
    const to = kindOf.get(e.to);
    if (!parts(from)) ins.add(e.to);
    if (to !== undefined && !parts(to) && !NOT_ONWARD.has(to)) outs.add(e.from);
  }
  return nodes.map((n) => {
    if (!OFF_PATH.has(n.kind) || !ins.has(n.id) || !outs.has(n.id)) return n;
    const carriers = c.installedOn.get(n.kind as ClassifiableKind);
    const named = mentionedKinds(n.label, vocab).filter(
      (k): k is ClassifiableKind => carriers?.has(k as ClassifiableKind) === true,
    );
    if (named.length === 0) return n;
    const best = named.reduce((a, b) =>
      (c.priority.get(b) ?? 0) > (c.priority.get(a) ?? 0) ? b : a,
    );
    return { ...n, kind: best, role: null, mentions: [n.kind] };
  });
}
