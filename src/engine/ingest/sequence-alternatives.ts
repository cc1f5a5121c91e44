// Alternatives written in a sequence message: "Routes request (or Server2)", "Handles it (or Server2->>Nginx2)".
import type { RawEdge } from './raw-graph.ts';

/** "or X" after the message's words, or "or X->>Y": another arrow the learner meant as well. */
const ALTERNATIVE =
  /\b(?:or|ou|o)\s+([A-Za-z_]\w*(?:-(?!>)\w+)*)(?:\s*-{1,2}>{1,2}\s*([A-Za-z_]\w*(?:-\w+)*))?/gi;

/**
 * The edges a message names besides its own: "(or Server2)" is the same message to Server2, "(or
 * Server2->>Nginx2)" is Server2 to Nginx2. Only participants count, so "or more" adds nothing.
 */
export function alternativeEdges(edge: RawEdge, participants: ReadonlySet<string>): RawEdge[] {
  const out: RawEdge[] = [];
  for (const m of edge.label.matchAll(ALTERNATIVE)) {
    const [, first = '', second] = m;
    if (!participants.has(first)) continue;
    if (second === undefined) {
      if (first !== edge.from && first !== edge.to) out.push({ ...edge, to: first });
    } else if (participants.has(second) && second !== first) {
      out.push({ ...edge, from: first, to: second });
    }
  }
  return out;
}
