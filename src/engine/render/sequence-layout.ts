// Places a sequence diagram: participants in a row with lifelines, one row per message, wide enough for labels.
import type { NodeKind, Protocol } from '../topology/model.ts';
import { EDGE_FONT, EDGE_LINE, edgeLines, nodeLines, nodeSize } from './geometry.ts';
import { linesWidth } from './measure.ts';

export interface SequenceParticipant {
  readonly id: string;
  readonly label: string;
  readonly kind: NodeKind;
}

export interface SequenceMessage {
  readonly from: string;
  readonly to: string;
  readonly label: string;
  /** A reply (`-->>`): drawn dashed. */
  readonly dashed: boolean;
  readonly bidirectional: boolean;
  readonly protocol: Protocol | null;
  readonly encrypted: boolean | null;
}

export interface SequenceDiagram {
  readonly participants: readonly SequenceParticipant[];
  readonly messages: readonly SequenceMessage[];
}

export interface PlacedParticipant extends SequenceParticipant {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly lines: readonly string[];
  /** Horizontal position of the lifeline. */
  readonly cx: number;
}

export interface PlacedMessage extends SequenceMessage {
  readonly x1: number;
  readonly x2: number;
  /** Height of the arrow. */
  readonly y: number;
  readonly labelLines: readonly string[];
  readonly self: boolean;
}

export interface SequenceLayout {
  readonly width: number;
  readonly height: number;
  readonly participants: readonly PlacedParticipant[];
  readonly messages: readonly PlacedMessage[];
  /** Where the lifelines end. */
  readonly bottom: number;
}

const MARGIN = 16;
const GAP = 28;
const LABEL_ROOM = 24;
const SELF_LOOP = 36;
const ROW_BASE = 26;
/** Messages have the whole width between lifelines: wrap later than edge labels. */
const MESSAGE_TEXT_MAX = 230;

export function layoutSequence(diagram: SequenceDiagram): SequenceLayout {
  const boxes = diagram.participants.map((p) => ({
    p,
    lines: nodeLines(p.label),
    ...nodeSize(nodeLines(p.label)),
  }));
  const index = new Map(diagram.participants.map((p, i) => [p.id, i]));
  const gaps = boxes.slice(1).map((b, i) => (boxes[i]?.width ?? 0) / 2 + GAP + b.width / 2);
  let rightExtra = 0;
  const messages = diagram.messages.map((m, order) => ({
    m,
    order,
    lines: edgeLines(m.label, MESSAGE_TEXT_MAX),
  }));
  const span = (m: SequenceMessage): number =>
    Math.abs((index.get(m.to) ?? 0) - (index.get(m.from) ?? 0));
  const bySpan = [...messages].sort((a, b) => span(a.m) - span(b.m) || a.order - b.order);
  for (const { m, lines } of bySpan) {
    const a = index.get(m.from);
    const b = index.get(m.to);
    if (a === undefined || b === undefined) continue;
    const labelWidth = linesWidth(lines, EDGE_FONT);
    if (a === b) {
      const need = SELF_LOOP + 8 + labelWidth + LABEL_ROOM;
      if (a < gaps.length) gaps[a] = Math.max(gaps[a] ?? 0, need);
      else rightExtra = Math.max(rightExtra, need - (boxes[a]?.width ?? 0) / 2);
      continue;
    }
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const current = gaps.slice(lo, hi).reduce((s, g) => s + g, 0);
    const need = labelWidth + LABEL_ROOM;
    if (current < need)
      for (let k = lo; k < hi; k += 1) gaps[k] = (gaps[k] ?? 0) + (need - current) / (hi - lo);
  }
  const boxHeight = boxes.reduce((h, b) => Math.max(h, b.height), 0);
  let cx = MARGIN + (boxes[0]?.width ?? 0) / 2;
  const participants: PlacedParticipant[] = boxes.map((b, i) => {
    if (i > 0) cx += gaps[i - 1] ?? 0;
    return {
      ...b.p,
      lines: b.lines,
      x: cx - b.width / 2,
      y: MARGIN,
      width: b.width,
      height: boxHeight,
      cx,
    };
  });
  let y = MARGIN + boxHeight + 12;
  const placed: PlacedMessage[] = [];
  for (const { m, lines } of messages) {
    const a = participants[index.get(m.from) ?? -1];
    const b = participants[index.get(m.to) ?? -1];
    if (!a || !b) continue;
    y += ROW_BASE + Math.max(1, lines.length) * EDGE_LINE;
    placed.push({ ...m, x1: a.cx, x2: b.cx, y, labelLines: lines, self: a === b });
    if (a === b) y += 16;
  }
  const bottom = y + 20;
  const last = participants.at(-1);
  const width =
    Math.max(MARGIN, (last ? last.x + last.width : 0) + Math.max(0, rightExtra)) + MARGIN;
  return { width, height: bottom + MARGIN, participants, messages: placed, bottom };
}
