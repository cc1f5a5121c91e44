// Rule `one-host`: a server (node or box) visibly hosts the stack, and no part of the stack is put on another.
import { z } from 'zod';
import type { DiagramGraph } from '../../analyze/graph.ts';
import type { TopoNode } from '../../topology/model.ts';
import { fail, pass, type RuleOutcome } from '../rule.ts';
import { kindsSchema } from './kinds.ts';

export const params = z.strictObject({
  components: kindsSchema,
  min: z.number().int().min(1).default(2),
});
type Params = z.infer<typeof params>;

/** The server that holds, leads to or names at least `min` kinds of the stack, and how it was seen. */
function stackHost(graph: DiagramGraph, p: Params): { host: string; outcome: RuleOutcome } | null {
  for (const server of graph.ofKind('server')) {
    const hosted = graph.nodes.filter((n) => n.host === server.id && p.components.includes(n.kind));
    const reached = [...graph.reachable(server.id)]
      .map((id) => graph.node(id))
      .filter((n) => n !== undefined && p.components.includes(n.kind));
    // A server's own label may list what it runs: "Server (Nginx, App server, code base, MySQL)".
    const named = (server.mentions ?? []).filter((k) => p.components.includes(k));
    const held = new Set([...[...hosted, ...reached].map((n) => n?.kind), ...named]);
    if (held.size >= p.min) {
      const outcome = pass(`${server.label} runs the stack.`, graph, [
        server.id,
        ...hosted.map((n) => n.id),
      ]);
      return { host: server.id, outcome };
    }
  }
  const hostsByGroup = new Map<string, string[]>();
  for (const n of graph.nodes) {
    if (n.host !== null && p.components.includes(n.kind))
      hostsByGroup.set(n.host, [...(hostsByGroup.get(n.host) ?? []), n.id]);
  }
  for (const [host, members] of hostsByGroup) {
    const kinds = new Set(members.map((id) => graph.node(id)?.kind));
    if (kinds.size >= p.min)
      return { host, outcome: pass(`The server ${host} holds the stack.`, graph, members) };
  }
  return null;
}

/** Whether the node sits in a box titled as itself (or as a server) that is neither the host nor inside it. */
function ownBoxOutside(graph: DiagramGraph, node: TopoNode, host: string): boolean {
  const boxes = graph.boxesAround(node.id);
  const box = boxes[0];
  if (box === undefined || (box.kind !== node.kind && box.kind !== 'server')) return false;
  return !boxes.some((g) => g.id === host || g.owner === host);
}

export function evaluate(graph: DiagramGraph, p: Params): RuleOutcome {
  const found = stackHost(graph, p);
  if (found === null)
    return fail(
      'No server is drawn holding the web server, application server and database.',
      graph,
    );
  // A part of the stack drawn inside another server box, or in a box of its own outside the server ("Database
  // server" around MySQL): the stack is split over two servers.
  const away = graph.nodes.find(
    (n) =>
      p.components.includes(n.kind) &&
      ((n.host !== null && n.host !== found.host) || ownBoxOutside(graph, n, found.host)),
  );
  if (away !== undefined) {
    const other =
      away.host === null ? (graph.boxesAround(away.id)[0]?.label ?? '') : graph.titleOf(away.host);
    return fail(
      `${away.label} runs on another server (${other}): one server runs the whole stack in this task.`,
      graph,
      [away.id],
    );
  }
  // When the server is a box, a part of the stack drawn outside every box is not on it.
  const boxed = graph.boxOf(found.host) !== undefined;
  const outside = boxed
    ? graph.nodes.find((n) => p.components.includes(n.kind) && n.host === null)
    : undefined;
  if (outside === undefined) return found.outcome;
  return fail(
    `${outside.label} is drawn outside the server box: one server runs the whole stack in this task.`,
    graph,
    [outside.id],
  );
}
