// Rule `one-host`: a server (node or box) visibly hosts the stack: it holds, leads to or names the components.
import { z } from 'zod';
import type { DiagramGraph } from '../../analyze/graph.ts';
import { fail, pass, type RuleOutcome } from '../rule.ts';
import { kindsSchema } from './kinds.ts';

export const params = z.strictObject({
  components: kindsSchema,
  min: z.number().int().min(1).default(2),
});

export function evaluate(graph: DiagramGraph, p: z.infer<typeof params>): RuleOutcome {
  const servers = graph.ofKind('server');
  for (const server of servers) {
    const hosted = graph.nodes.filter((n) => n.host === server.id && p.components.includes(n.kind));
    const reached = [...graph.reachable(server.id)]
      .map((id) => graph.node(id))
      .filter((n) => n !== undefined && p.components.includes(n.kind));
    // A server's own label may list what it runs: "Server (Nginx, App server, code base, MySQL)".
    const named = (server.mentions ?? []).filter((k) => p.components.includes(k));
    const held = new Set([...[...hosted, ...reached].map((n) => n?.kind), ...named]);
    if (held.size >= p.min) {
      return pass(`${server.label} runs the stack.`, graph, [
        server.id,
        ...hosted.map((n) => n.id),
      ]);
    }
  }
  const hostsByGroup = new Map<string, string[]>();
  for (const n of graph.nodes) {
    if (n.host !== null && p.components.includes(n.kind))
      hostsByGroup.set(n.host, [...(hostsByGroup.get(n.host) ?? []), n.id]);
  }
  for (const [host, members] of hostsByGroup) {
    const kinds = new Set(members.map((id) => graph.node(id)?.kind));
    if (kinds.size >= p.min) return pass(`The server ${host} holds the stack.`, graph, members);
  }
  return fail('No server is drawn holding the web server, application server and database.', graph);
}
