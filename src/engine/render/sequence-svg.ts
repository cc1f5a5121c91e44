// Draws a sequence diagram as a static, accessible SVG: participant boxes, lifelines, numbered-order messages.
import { fnv1a64 } from '../grade/hash.ts';
import { kindName, PROTOCOL_NAMES, securityWord } from './describe.ts';
import { EDGE_LINE, ICON_GAP, ICON_SIZE, NODE_LINE, NODE_PAD_X } from './geometry.ts';
import { iconSvg } from './icons.ts';
import {
  layoutSequence,
  type PlacedMessage,
  type PlacedParticipant,
  type SequenceDiagram,
  type SequenceLayout,
} from './sequence-layout.ts';
import { arrowMarkers, LINE_STYLES, lineStyle } from './svg-edges.ts';
import { num, textLines, xmlAttr } from './svg-text.ts';
import { safeId, svgHead, type SvgOptions } from './svg.ts';

function participantSvg(p: PlacedParticipant, bottom: number): string {
  const iconX = p.x + NODE_PAD_X;
  const textLeft = iconX + ICON_SIZE + ICON_GAP;
  const cx = (textLeft + p.x + p.width - NODE_PAD_X) / 2;
  const first = p.y + (p.height - p.lines.length * NODE_LINE) / 2 + NODE_LINE - 4;
  return (
    `<line class="su-lifeline" x1="${num(p.cx)}" y1="${num(p.y + p.height)}" x2="${num(p.cx)}" y2="${num(bottom)}"/>` +
    `<g class="su-node su-participant su-kind-${p.kind}" data-id="${xmlAttr(p.id)}">` +
    `<rect x="${num(p.x)}" y="${num(p.y)}" width="${num(p.width)}" height="${num(p.height)}" rx="8"/>` +
    iconSvg(p.kind, iconX, p.y + (p.height - ICON_SIZE) / 2, ICON_SIZE) +
    textLines(p.lines, cx, first, NODE_LINE, 'text-anchor="middle"') +
    `</g>`
  );
}

function messageSvg(m: PlacedMessage, prefix: string): string {
  const style = lineStyle(m.encrypted);
  const marker = `url(#${prefix}-arrow-${style})`;
  const markers = `${m.bidirectional ? ` marker-start="${marker}"` : ''} marker-end="${marker}"`;
  const cls = `su-message su-${style}${m.dashed ? ' su-dashed su-reply' : ''}`;
  const ends = `data-from="${xmlAttr(m.from)}" data-to="${xmlAttr(m.to)}"`;
  if (m.self) {
    const d = `M${num(m.x1)} ${num(m.y - 8)} H${num(m.x1 + 36)} V${num(m.y + 8)} H${num(m.x1 + 1)}`;
    const label = textLines(
      m.labelLines,
      m.x1 + 44,
      m.y - 8 - (m.labelLines.length - 1) * EDGE_LINE + 4,
      EDGE_LINE,
      '',
    );
    return `<g class="${cls}" ${ends}><path d="${d}"${markers}/><g class="su-label">${label}</g></g>`;
  }
  const mid = (m.x1 + m.x2) / 2;
  const first = m.y - 7 - (m.labelLines.length - 1) * EDGE_LINE;
  const label = textLines(m.labelLines, mid, first, EDGE_LINE, 'text-anchor="middle"');
  const d = `M${num(m.x1)} ${num(m.y)} H${num(m.x2)}`;
  return `<g class="${cls}" ${ends}><path d="${d}"${markers}/><g class="su-label">${label}</g></g>`;
}

/** The text alternative: who takes part, then every message in order. */
export function describeSequence(layout: SequenceLayout): string {
  const names = new Map(layout.participants.map((p) => [p.id, p.label || p.id]));
  const who = layout.participants.map((p) => `${p.label || p.id} (${kindName(p.kind)})`).join(', ');
  const count = layout.participants.length;
  const sentences = [
    `Sequence diagram with ${count} participant${count === 1 ? '' : 's'}: ${who}.`,
  ];
  sentences.push(
    layout.messages.length === 0 ? 'No messages.' : `${layout.messages.length} messages, in order:`,
  );
  layout.messages.forEach((m, i) => {
    const from = names.get(m.from) ?? m.from;
    const to = names.get(m.to) ?? m.to;
    const verb = m.self
      ? `${from} to itself`
      : m.dashed
        ? `${from} replies to ${to}`
        : `${from} to ${to}`;
    const over = m.protocol === null ? '' : ` over ${PROTOCOL_NAMES[m.protocol]}`;
    const security = m.encrypted === null ? '' : ` (${securityWord(m.encrypted)})`;
    sentences.push(`${i + 1}. ${verb}${over}${security}${m.label === '' ? '' : `: “${m.label}”`}.`);
  });
  return sentences.join(' ');
}

export function renderSequenceSvg(diagram: SequenceDiagram, options: SvgOptions = {}): string {
  const layout = layoutSequence(diagram);
  const id = safeId(options.id ?? `su-${fnv1a64(JSON.stringify(diagram)).slice(0, 12)}`);
  const used = LINE_STYLES.filter((s) => layout.messages.some((m) => lineStyle(m.encrypted) === s));
  const title = options.title ?? `Sequence diagram of ${layout.messages.length} messages`;
  return [
    svgHead(
      id,
      { ...layout, minScale: options.minScale },
      title,
      describeSequence(layout),
      'sequence',
    ),
    `<defs>${arrowMarkers(id, used)}</defs>`,
    `<rect class="su-bg" width="${num(layout.width)}" height="${num(layout.height)}"/>`,
    ...layout.participants.map((p) => participantSvg(p, layout.bottom)),
    ...layout.messages.map((m) => messageSvg(m, id)),
    '</svg>',
  ].join('');
}
