// Joins the lines that meet at an architecture-beta junction: `lb -- j`, `j --> web1`, `j --> web2` are lb → web1, web2.
import type { RawEdge } from './raw-graph.ts';

/** Most junctions a diagram may chain; beyond, the remaining edges stay as drawn. */
const MAX_JUNCTIONS = 200;

/** The edges with each junction (an endpoint that is no service nor group) replaced by the links through it. */
export function throughJunctions(
  edges: readonly RawEdge[],
  isElement: (id: string) => boolean,
): RawEdge[] {
  let current = [...edges];
  for (let round = 0; round < MAX_JUNCTIONS; round += 1) {
    const junction = current.flatMap((e) => [e.from, e.to]).find((id) => !isElement(id));
    if (junction === undefined) return current;
    const touching = current.filter((e) => e.from === junction || e.to === junction);
    const rest = current.filter((e) => e.from !== junction && e.to !== junction);
    const other = (e: RawEdge): string => (e.from === junction ? e.to : e.from);
    let into = touching.filter((e) => e.to === junction);
    let onward = touching.filter((e) => e.from === junction);
    // Lines drawn all towards (or all from) the junction: the first one written brings the traffic.
    if (into.length === 0 || onward.length === 0) {
      into = touching.slice(0, 1);
      onward = touching.slice(1);
    }
    const joined: RawEdge[] = [];
    for (const a of into) {
      for (const b of onward) {
        if (other(a) === other(b) || other(a) === junction || other(b) === junction) continue;
        joined.push({
          from: other(a),
          to: other(b),
          label: b.label || a.label,
          bidirectional: a.bidirectional && b.bidirectional,
          dotted: a.dotted || b.dotted,
          line: b.line,
        });
      }
    }
    current = [...rest, ...joined];
  }
  return current;
}
