// Reduces a Mermaid diagram object (flowchart, sequence, architecture) to the engine's MermaidModel.
import type { MermaidModel } from '../engine/ingest/mermaid-port.ts';

/** The parts of Mermaid's diagram databases that the engine reads. */
interface FlowDb {
  getVertices(): Map<string, { id: string; text?: string }>;
  getEdges(): { start: string; end: string; text?: string; type?: string; stroke?: string }[];
  getSubGraphs(): { id: string; title?: string; nodes: string[] }[];
}
interface SequenceDb {
  getActors(): Map<string, { name: string; description?: string }>;
  getMessages(): { from?: string; to?: string; message?: string; type?: number }[];
  getBoxes?(): { name?: string; actorKeys: string[] }[];
}
interface ArchitectureDb {
  getServices(): { id: string; title?: string; icon?: string; in?: string }[];
  getGroups(): { id: string; title?: string; in?: string }[];
  getEdges(): {
    lhsId: string;
    rhsId: string;
    title?: string;
    lhsInto?: boolean;
    rhsInto?: boolean;
  }[];
}

// Mermaid's sequence LINETYPE values that are arrows between two participants.
const DOTTED = new Set([1, 4, 6, 25, 34]);
const BIDIRECTIONAL = new Set([33, 34]);
/** LINETYPE.NOTE: a note over or beside participants, not an arrow. */
const NOTE = 2;
const NOT_ARROWS = new Set([NOTE]);

function isArrowType(type: number | undefined): boolean {
  if (type === undefined || NOT_ARROWS.has(type)) return false;
  return type < 10 || type === 24 || type === 25 || type === 33 || type === 34 || type >= 41;
}

export function toModel(type: string, db: unknown): MermaidModel {
  if (type === 'flowchart-v2' || type === 'flowchart' || type === 'flowchart-elk') {
    const flow = db as FlowDb;
    return {
      type: 'flowchart',
      vertices: [...flow.getVertices().values()].map((v) => ({ id: v.id, text: v.text ?? v.id })),
      edges: flow.getEdges().map((e) => ({
        from: e.start,
        to: e.end,
        text: e.text ?? '',
        arrow: e.type ?? 'arrow_point',
        stroke: e.stroke ?? 'normal',
      })),
      subgraphs: flow
        .getSubGraphs()
        .map((s) => ({ id: s.id, title: s.title ?? s.id, nodes: [...s.nodes] })),
    };
  }
  if (type === 'sequence') {
    const seq = db as SequenceDb;
    return {
      type: 'sequence',
      actors: [...seq.getActors().values()].map((a) => ({
        id: a.name,
        description: a.description ?? a.name,
      })),
      messages: seq
        .getMessages()
        .filter((m) => m.from !== undefined && m.to !== undefined && isArrowType(m.type))
        .map((m) => ({
          from: m.from ?? '',
          to: m.to ?? '',
          text: m.message ?? '',
          dotted: DOTTED.has(m.type ?? 0),
          bidirectional: BIDIRECTIONAL.has(m.type ?? 0),
        })),
      notes: seq
        .getMessages()
        .filter((m) => m.type === NOTE && m.from !== undefined)
        .map((m) => ({ actor: m.from ?? '', text: m.message ?? '' })),
      boxes: (seq.getBoxes?.() ?? []).map((b) => ({
        title: b.name ?? '',
        actors: [...b.actorKeys],
      })),
    };
  }
  if (type === 'architecture') {
    const arch = db as ArchitectureDb;
    return {
      type: 'architecture',
      services: arch.getServices().map((s) => ({
        id: s.id,
        title: s.title ?? s.id,
        icon: s.icon ?? '',
        in: s.in ?? null,
      })),
      groups: arch.getGroups().map((g) => ({ id: g.id, title: g.title ?? g.id, in: g.in ?? null })),
      edges: arch.getEdges().map((e) => ({
        from: e.lhsId,
        to: e.rhsId,
        title: e.title ?? '',
        lhsInto: e.lhsInto === true,
        rhsInto: e.rhsInto === true,
      })),
    };
  }
  return { type: 'other', name: type };
}
