// Rule `encrypted-entry`: the user's traffic is HTTPS and the SSL certificate is shown (node or label).
import { z } from 'zod';
import type { DiagramGraph } from '../../analyze/graph.ts';
import { classifyEdgeLabel } from '../../classify/classify-label.ts';
import { namesKindStrongly } from '../../classify/names-kind.ts';
import type { TopoNode } from '../../topology/model.ts';
import { fail, pass, type RuleContext, type RuleOutcome } from '../rule.ts';

const CLIENT_SIDE = new Set(['user', 'dns', 'internet', 'unknown']);

export const params = z.strictObject({ certificate: z.boolean().default(true) });

export function evaluate(
  graph: DiagramGraph,
  p: z.infer<typeof params>,
  ctx: RuleContext,
): RuleOutcome {
  const httpsEdges = graph.edges.filter((e) => e.encrypted === true || e.protocol === 'https');
  const httpsNodes = graph.nodes.filter(
    (n) => classifyEdgeLabel(n.label, ctx.vocabulary).encrypted === true,
  );
  // A certificate node, or a component whose label names its certificate ("HAProxy + SSL certificate"). A
  // certificate node linked to nothing and in no box is installed nowhere: it is not shown on the servers.
  const placed = (n: TopoNode): boolean =>
    n.kind !== 'certificate' || n.host !== null || !graph.isLoose(n.id);
  const certificates = graph.ofKindOrNamed('certificate').filter(placed);
  const https = httpsEdges.length > 0 || httpsNodes.length > 0 || certificates.length > 0;
  // An arrow whose label names the certificate ("HTTPS (SSL cert on the LB)") shows it where it is drawn.
  const certEdges = graph.edges.filter(
    (e) => e.label !== '' && namesKindStrongly(e.label, 'certificate', ctx.vocabulary),
  );
  // "HAProxy + SSL termination": a server-side component that says it holds the TLS end shows the certificate.
  const cert =
    certificates.length > 0 ||
    certEdges.length > 0 ||
    httpsNodes.some((n) => !CLIENT_SIDE.has(n.kind) && placed(n));
  const nodes = [
    ...httpsEdges.flatMap((e) => [e.from, e.to]),
    ...certEdges.flatMap((e) => [e.from, e.to]),
    ...httpsNodes.map((n) => n.id),
    ...certificates.map((n) => n.id),
  ];
  if (!https) return fail('Nothing in the diagram says the traffic is HTTPS.', graph);
  // The user's own arrow labelled plain HTTP, and no arrow anywhere labelled HTTPS: a certificate is not enough.
  const users = new Set(graph.ofKind('user').map((n) => n.id));
  const plain = graph.edges.find(
    (e) => users.has(e.from) && e.protocol === 'http' && e.encrypted === false,
  );
  if (plain && httpsEdges.length === 0)
    return fail(`The user's traffic is drawn as plain HTTP ("${plain.label}"), not HTTPS.`, graph, [
      plain.from,
      plain.to,
    ]);
  if (p.certificate && !cert)
    return fail('The traffic is HTTPS but no SSL certificate is shown.', graph, nodes);
  return pass('HTTPS with its SSL certificate is shown.', graph, nodes);
}
