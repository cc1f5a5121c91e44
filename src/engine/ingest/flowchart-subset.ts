// Reads the plainest Mermaid flowcharts (ids, bracketed labels, arrows, subgraphs) as Mermaid would, or gives up.
// Mermaid's own parser stays the authority: anything outside this subset returns null and goes to it, and
// test/engine/ingest/flowchart-subset.test.ts checks every model against Mermaid's on generated and real charts.
import {
  HEADER,
  isId,
  isTitleWord,
  labelOf,
  readGroup,
  readLink,
  styling,
  type Node,
} from './flowchart-subset-lines.ts';
import type { MermaidModel } from './mermaid-port.ts';

type Flowchart = Extract<MermaidModel, { type: 'flowchart' }>;
type Edge = Flowchart['edges'][number];
type Subgraph = { id: string; title: string; nodes: string[] };

interface State {
  readonly vertices: Map<string, string>;
  readonly edges: Edge[];
  readonly subgraphs: Subgraph[];
  /** The member lists of the open subgraphs, innermost last (the outermost is the chart itself). */
  readonly open: { id: string | null; title: string; list: string[] }[];
  /** Subgraphs closed so far: a subgraph titled with spaces is named subGraph<n> when it closes. */
  closed: number;
}

function addVertex(st: State, node: Node): void {
  if (node.text !== undefined) st.vertices.set(node.id, node.text);
  else if (!st.vertices.has(node.id)) st.vertices.set(node.id, node.id);
}

/** `A --> B & C -->|label| D`: vertices and edges as Mermaid adds them; the ids, last group first, or null. */
function readStatement(st: State, line: string): string[] | null {
  let group = readGroup(line, 0);
  if (!group) return null;
  for (const n of group) addVertex(st, n);
  let nodes = group.map((n) => n.id);
  for (let end = group[group.length - 1]?.end ?? 0; end < line.length;) {
    const link = readLink(line, end);
    const next = link ? readGroup(line, link.end) : null;
    if (!link || !next) return null;
    for (const n of next) addVertex(st, n);
    for (const from of group)
      for (const to of next)
        st.edges.push({
          from: from.id,
          to: to.id,
          text: link.label,
          arrow: link.arrow[0],
          stroke: link.arrow[1],
        });
    nodes = [...next.map((n) => n.id), ...nodes];
    group = next;
    end = next[next.length - 1]?.end ?? line.length;
  }
  return nodes;
}

/** Closes the innermost subgraph as Mermaid's addSubGraph does: members once, none another subgraph holds. */
function closeSubgraph(st: State): string | null {
  const open = st.open.pop();
  if (!open || st.open.length === 0) return null;
  const sg = { ...open, id: open.id ?? `subGraph${st.closed}` };
  st.closed += 1;
  const held = (id: string): boolean => st.subgraphs.some((s) => s.nodes.includes(id));
  const nodes = [...new Set(sg.list)].filter((id) => !held(id) && id !== sg.id);
  const existing = st.subgraphs.find((s) => s.id === sg.id);
  if (existing) existing.nodes.push(...nodes);
  else st.subgraphs.push({ id: sg.id, title: sg.title, nodes });
  return sg.id;
}

/** `subgraph Id`, `subgraph Id[Title]`, or `subgraph Some title` (Mermaid names it subGraph<n>). */
function openSubgraph(st: State, rest: string): boolean {
  const bracket = /^([A-Za-z][A-Za-z0-9_]*)\s*\[(?:"([^"]*)"|([^\]"]*))\]$/.exec(rest);
  if (bracket) {
    const [, id = ''] = bracket;
    const title = labelOf(bracket[2], bracket[3]);
    if (!isId(id) || title === null) return false;
    st.open.push({ id, title, list: [] });
    return true;
  }
  // A title of several words, each of letters, digits, '.', ':' or '/' (keywords and symbols lex apart in Mermaid).
  const words = rest.split(/[ \t]+/);
  if (!words.every(isTitleWord) || !isId(words[0] ?? '')) return false;
  const spaced = words.length > 1;
  st.open.push({ id: spaced ? null : rest, title: rest, list: [] });
  return true;
}

/** Mermaid's default `maxEdges`: it rejects a chart with more edges ("Edge limit exceeded"). */
const MAX_EDGES = 500;

/** The model Mermaid gives for a flowchart of the plain subset (the text as parse-mermaid compacts it), or null. */
export function readFlowchartSubset(text: string): Flowchart | null {
  const lines = text.split('\n');
  if (!HEADER.test(lines[0] ?? '')) return null;
  const st: State = {
    vertices: new Map(),
    edges: [],
    subgraphs: [],
    open: [{ id: '', title: '', list: [] }],
    closed: 0,
  };
  for (const raw of lines.slice(1)) {
    const line = raw.trim();
    const list = st.open[st.open.length - 1]?.list;
    if (line === '' || !list) return null;
    if (line === 'end') {
      const id = closeSubgraph(st);
      if (id === null) return null;
      st.open[st.open.length - 1]?.list.push(id);
      continue;
    }
    const styled = styling(line);
    if (styled === false) return null;
    if (styled !== null) {
      if (styled !== '') addVertex(st, { id: styled, end: 0 });
      continue;
    }
    if (line.startsWith('subgraph ')) {
      if (!openSubgraph(st, line.slice('subgraph '.length).trim())) return null;
      continue;
    }
    const nodes = readStatement(st, line);
    if (!nodes) return null;
    list.push(...nodes);
  }
  if (st.open.length !== 1 || st.edges.length > MAX_EDGES) return null;
  return {
    type: 'flowchart',
    vertices: [...st.vertices].map(([id, label]) => ({ id, text: label })),
    edges: st.edges,
    subgraphs: st.subgraphs,
  };
}
