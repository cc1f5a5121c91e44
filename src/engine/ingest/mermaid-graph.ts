// Turns Mermaid's parsed model into a RawGraph with a source line for every vertex, edge and group.
import type { MermaidModel } from './mermaid-port.ts';
import type { RawEdge, RawGraph, RawGroup, RawVertex } from './raw-graph.ts';
import { DiagramLines } from './diagram-lines.ts';
import { cleanLabel } from './label-text.ts';
import { throughJunctions } from './architecture-junctions.ts';
import { alternativeEdges } from './sequence-alternatives.ts';

const FLOW_ARROW = /--|==|-\.|~~|<-|->/;
const SEQ_ARROW = /-[-)x>]|<<|>>/;
const SEQ_DECL = /\b(participant|actor|boundary|control|entity|database|collections|queue)\b/;

/** `firstLine` is the file line of the diagram's first line; lines returned are file lines. */
export function toRawGraph(model: MermaidModel, text: string, firstLine: number): RawGraph {
  const lines = new DiagramLines(text);
  const at = (relative: number): number => firstLine + relative - 1;
  if (model.type === 'flowchart') {
    const vertices: RawVertex[] = model.vertices.map((v) => ({
      id: v.id,
      label: cleanLabel(v.text) || v.id,
      line: at(lines.locate([v.id], 2, 1)),
    }));
    let cursor = 1;
    const edges: RawEdge[] = model.edges.map((e) => {
      const rel = lines.locateArrow(e.from, e.to, cursor, lines.locate([e.from], 1, 1), FLOW_ARROW);
      cursor = rel;
      return {
        from: e.from,
        to: e.to,
        label: cleanLabel(e.text),
        bidirectional: e.arrow.startsWith('double_'),
        dotted: e.stroke === 'dotted',
        ...(e.stroke === 'thick' ? { thick: true } : {}),
        line: at(rel),
      };
    });
    const groups: RawGroup[] = model.subgraphs.map((s) => ({
      id: s.id,
      label: cleanLabel(s.title) || s.id,
      members: s.nodes,
      line: at(
        lines.find([s.id], 1, /\bsubgraph\b/) ?? lines.findText(s.title, /\bsubgraph\b/) ?? 1,
      ),
    }));
    return { kind: 'flowchart', vertices, edges, groups };
  }
  if (model.type === 'sequence') {
    const vertices: RawVertex[] = model.actors.map((a) => ({
      id: a.id,
      label: cleanLabel(a.description) || a.id,
      line: at(lines.find([a.id], 1, SEQ_DECL) ?? lines.locate([a.id], 2, 1)),
    }));
    let cursor = 1;
    const edges: RawEdge[] = model.messages.map((m) => {
      const rel = lines.locateArrow(m.from, m.to, cursor, 1, SEQ_ARROW);
      cursor = rel;
      return {
        from: m.from,
        to: m.to,
        label: cleanLabel(m.text),
        bidirectional: m.bidirectional,
        dotted: m.dotted,
        line: at(rel),
      };
    });
    const participants = new Set(vertices.map((v) => v.id));
    const alternatives = edges.flatMap((e) => alternativeEdges(e, participants));
    const groups: RawGroup[] = model.boxes.map((b, i) => ({
      id: `box${String(i + 1)}`,
      label: cleanLabel(b.title) || 'box',
      members: b.actors,
      line: at(
        (b.title === '' ? null : lines.findText(b.title, /\bbox\b/)) ?? lines.find(['box'], 1) ?? 1,
      ),
    }));
    // A note hangs off the participant it is written over, by an edge (the first one when it spans two).
    const notes = model.notes.filter((n) => participants.has(n.actor) && cleanLabel(n.text) !== '');
    notes.forEach((n, i) => {
      const id = `note${String(i + 1)}`;
      const line = at(lines.findText(n.text, /\bnote\b/i) ?? 1);
      vertices.push({ id, label: cleanLabel(n.text), line, note: true });
      edges.push({ from: n.actor, to: id, label: '', bidirectional: false, dotted: true, line });
    });
    return { kind: 'sequence', vertices, edges: [...edges, ...alternatives], groups };
  }
  if (model.type === 'architecture') {
    const vertices: RawVertex[] = model.services.map((s) => ({
      id: s.id,
      label: cleanLabel(s.title) || s.id,
      line: at(lines.locate([s.id], 1, 1, /\bservice\b/)),
    }));
    let cursor = 1;
    const edges: RawEdge[] = model.edges.map((e) => {
      // Titles are blanked before the search: `a:R -[HTTP]- L:b` is read as `a:R -      - L:b`.
      const rel = lines.locateArrow(e.from, e.to, cursor, 1, /-\s*-/);
      cursor = rel;
      // `a:L <-- R:b` points from b into a; `<-->` both ways; no head reads left to right.
      const back = e.lhsInto === true && e.rhsInto !== true;
      return {
        from: back ? e.to : e.from,
        to: back ? e.from : e.to,
        label: cleanLabel(e.title),
        bidirectional: e.lhsInto === true && e.rhsInto === true,
        dotted: false,
        line: at(rel),
      };
    });
    const elements = new Set([...model.services, ...model.groups].map((x) => x.id));
    const members = new Map<string, string[]>();
    for (const item of [...model.services, ...model.groups]) {
      if (item.in !== null) members.set(item.in, [...(members.get(item.in) ?? []), item.id]);
    }
    const groups: RawGroup[] = model.groups.map((g) => ({
      id: g.id,
      label: cleanLabel(g.title) || g.id,
      members: members.get(g.id) ?? [],
      line: at(lines.locate([g.id], 1, 1, /\bgroup\b/)),
    }));
    const joined = throughJunctions(edges, (id) => elements.has(id));
    return { kind: 'architecture', vertices, edges: joined, groups };
  }
  return { kind: 'other', vertices: [], edges: [], groups: [] };
}
