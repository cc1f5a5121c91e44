// The text alternative of a topology diagram: its components by kind, its boxes, then every connection.
import { KIND_NAMES as LEARNER_KIND_NAMES } from '../topology/kind-names.ts';
import type { NodeKind, Protocol } from '../topology/model.ts';
import type { Layout, PlacedEdge, PlacedNode } from './layout-model.ts';

/** The text alternative reads a few kinds as the things a sighted reader sees drawn. */
const KIND_NAMES: Readonly<Record<NodeKind, readonly [string, string]>> = {
  ...LEARNER_KIND_NAMES,
  dns: ['DNS server', 'DNS servers'],
  internet: ['internet', 'internet clouds'],
  'monitoring-agent': ['monitoring agent', 'monitoring agents'],
  unknown: ['other component', 'other components'],
};

export const PROTOCOL_NAMES: Readonly<Record<Protocol, string>> = {
  https: 'HTTPS',
  http: 'HTTP',
  tcp: 'TCP',
  mysql: 'MySQL',
  replication: 'replication',
  metrics: 'metrics',
  heartbeat: 'heartbeat',
  dns: 'DNS',
};

const NUMBERS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
];

function count(n: number, [one, many]: readonly [string, string]): string {
  return `${NUMBERS[n] ?? String(n)} ${n === 1 ? one : many}`;
}

export function kindName(kind: NodeKind): string {
  return KIND_NAMES[kind][0];
}

/** A name for a node that says its role when the label does not ("MySQL (replica)"). */
function nodeName(node: PlacedNode | undefined, id: string): string {
  if (!node) return id;
  const label = node.label || node.id;
  return node.role !== null && !label.toLowerCase().includes(node.role)
    ? `${label} (${node.role})`
    : label;
}

function listSentence(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

export function securityWord(encrypted: boolean | null): string {
  return encrypted === true ? 'encrypted' : encrypted === false ? 'plaintext' : 'unspecified';
}

/** What the line looks like, when that carries meaning: lessons draw standby and side links dotted. */
const STROKE_WORDS: Readonly<Record<PlacedEdge['stroke'], string>> = {
  solid: '',
  dotted: ', drawn dotted (a standby or side link)',
  thick: ', drawn thick',
};

function connection(edge: PlacedEdge, names: ReadonlyMap<string, string>): string {
  const from = names.get(edge.from) ?? edge.from;
  const to = names.get(edge.to) ?? edge.to;
  const over = edge.protocol === null ? '' : ` over ${PROTOCOL_NAMES[edge.protocol]}`;
  const security = edge.encrypted === null ? '' : ` (${securityWord(edge.encrypted)})`;
  const label = `${edge.label === '' ? '' : `, labelled “${edge.label}”`}${STROKE_WORDS[edge.stroke]}`;
  const verb = edge.bidirectional ? `${from} and ${to} connect both ways` : `${from} connects`;
  return edge.bidirectional
    ? `${verb}${over}${security}${label}.`
    : `${verb}${over}${security} to ${to}${label}.`;
}

/** Sentences a screen reader reads in place of the picture. */
export function describeLayout(layout: Layout): string {
  const names = new Map(layout.nodes.map((n) => [n.id, nodeName(n, n.id)]));
  for (const g of layout.groups) if (!names.has(g.id)) names.set(g.id, g.label || g.id);
  const byKind = new Map<NodeKind, string[]>();
  for (const n of layout.nodes)
    byKind.set(n.kind, [...(byKind.get(n.kind) ?? []), names.get(n.id) ?? n.id]);
  const parts = [...byKind.entries()].map(
    ([kind, labels]) => `${count(labels.length, KIND_NAMES[kind])} (${labels.join(', ')})`,
  );
  const sentences = [
    `${layout.nodes.length === 1 ? 'One component' : `${layout.nodes.length} components`}: ${listSentence(parts)}.`,
  ];
  for (const g of layout.groups) {
    const inside = g.members.map((id) => names.get(id) ?? id);
    sentences.push(
      inside.length === 0
        ? `The box “${g.label}” is empty.`
        : `The box “${g.label}” holds ${listSentence(inside)}.`,
    );
  }
  if (layout.edges.length === 0) sentences.push('There are no connections.');
  else
    sentences.push(
      `${layout.edges.length === 1 ? 'One connection' : `${layout.edges.length} connections`}:`,
    );
  for (const e of layout.edges) sentences.push(connection(e, names));
  return sentences.join(' ');
}

/** A short title: "Diagram of 17 components and 18 connections". */
export function layoutTitle(layout: Layout): string {
  const c = layout.nodes.length;
  const e = layout.edges.length;
  return `Diagram of ${c} component${c === 1 ? '' : 's'} and ${e} connection${e === 1 ? '' : 's'}`;
}
