// Reads a Mermaid block diagram (block-beta) line by line into a RawGraph: blocks, nested blocks, links.
import type { RawEdge, RawGraph, RawGroup, RawVertex } from './raw-graph.ts';
import { cleanLabel } from './label-text.ts';

/** `id`, `id["label"]`, `id[("label")]`, `id(("label"))`, `id{"label"}`... with an optional `:2` width. */
const NODE = /([A-Za-z_][\w-]*)\s*((?:\[|\(|\{|>)[^\n]*?(?:\]|\)|\}))?(?::\d+)?(?=\s|$)/y;
const LINK =
  /^\s*([A-Za-z_][\w-]*)\s*(?:--\s*"([^"]*)"\s*)?(-->|---|==>|-\.->|<-->)\s*([A-Za-z_][\w-]*)\s*$/;
const OPEN = /^\s*block(?::([A-Za-z_][\w-]*))?(?::\d+)?\s*$/;
const SKIP = /^\s*(block-beta|columns\b|style\b|classDef\b|class\b|%%)/;

/** The text inside a shape's brackets, quotes and all shape marks removed. */
function shapeLabel(shape: string): string {
  return cleanLabel(shape.replace(/^[[({>/\\]+|[\])}/\\]+$/g, '').replace(/^"|"$/g, ''));
}

type Group = RawGroup & { members: string[] };

/** A block whose first item is a plain node no link reaches ("Server 1") takes it as its title. */
function titled(groups: Group[], vertices: RawVertex[], edges: readonly RawEdge[]): RawVertex[] {
  const linked = new Set(edges.flatMap((e) => [e.from, e.to]));
  const titles = new Set<string>();
  for (const g of groups) {
    const first = g.members[0];
    const vertex = vertices.find((v) => v.id === first);
    if (vertex === undefined || linked.has(vertex.id) || g.members.length < 2) continue;
    titles.add(vertex.id);
    Object.assign(g, { label: vertex.label, members: g.members.slice(1) });
  }
  return vertices.filter((v) => !titles.has(v.id));
}

/** `firstLine` is the file line of the diagram's first line; the graph's lines are file lines. */
export function blockGraph(text: string, firstLine: number): RawGraph {
  const vertices: RawVertex[] = [];
  const edges: RawEdge[] = [];
  const groups: Group[] = [];
  const open: Group[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((raw, index) => {
    const line = firstLine + index;
    const opened = OPEN.exec(raw);
    if (opened && !/^\s*block-beta/.test(raw)) {
      const id = opened[1] ?? `block${String(index + 1)}`;
      const group: Group = { id, label: id, members: [], line };
      open.at(-1)?.members.push(id);
      groups.push(group);
      open.push(group);
      return;
    }
    if (/^\s*end\s*$/.test(raw)) {
      open.pop();
      return;
    }
    const link = LINK.exec(raw);
    if (link) {
      const [, from = '', label = '', arrow = '', to = ''] = link;
      edges.push({
        from,
        to,
        label: cleanLabel(label),
        bidirectional: arrow === '<-->',
        dotted: arrow === '-.->',
        line,
      });
      return;
    }
    if (SKIP.test(raw)) return;
    NODE.lastIndex = 0;
    for (let at = raw.search(/\S/); at >= 0 && at < raw.length;) {
      NODE.lastIndex = at;
      const node = NODE.exec(raw);
      if (!node) break;
      const [whole, id = '', shape] = node;
      if (id !== 'space' && !seen.has(id)) {
        seen.add(id);
        vertices.push({ id, label: shape === undefined ? id : shapeLabel(shape) || id, line });
        open.at(-1)?.members.push(id);
      }
      const next = raw.slice(at + whole.length).search(/\S/);
      at = next < 0 ? -1 : at + whole.length + next;
    }
  });
  return { kind: 'block', vertices: titled(groups, vertices, edges), edges, groups };
}
