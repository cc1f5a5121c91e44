// Reads an ASCII drawing into a raw graph: boxes, [brackets] and names as vertices, lines between them as edges.
import { classifyCells, newCanvas } from './ascii-cells.ts';
import { enclosures, type Comp } from './ascii-components.ts';
import { makeGrid } from './ascii-grid.ts';
import { crossingLabels } from './ascii-crossing.ts';
import { inlineLabels, newLabels, segments, sideLabels } from './ascii-labels.ts';
import { buildEdges, type TracedEdge } from './ascii-edges.ts';
import { findNetworks } from './ascii-trace.ts';
import { joinThroughWalls } from './ascii-wall-crossing.ts';
import { withoutLegend } from './ascii-legend.ts';
import { addBlocks, labelArrow } from './ascii-text-parts.ts';
import type { AsciiBlock } from './blocks.ts';
import type { RawEdge, RawGraph, RawGroup, RawVertex } from './raw-graph.ts';

function ancestors(comps: readonly Comp[], i: number): Set<number> {
  const out = new Set<number>();
  for (let p = comps[i]?.parent ?? -1; p >= 0 && !out.has(p); p = comps[p]?.parent ?? -1)
    out.add(p);
  return out;
}

/** Keeps the edges between kept components, not between a group and what it holds. */
function keptEdges(
  comps: readonly Comp[],
  edges: readonly TracedEdge[],
  dropped: Set<number>,
): TracedEdge[] {
  for (const [i, c] of comps.entries()) {
    if (!c.aside || dropped.has(i)) continue;
    if (!edges.some((e) => e.headed && !e.bidirectional && (e.from === i || e.to === i)))
      dropped.add(i);
  }
  return edges.filter(
    (e) =>
      !dropped.has(e.from) &&
      !dropped.has(e.to) &&
      !ancestors(comps, e.from).has(e.to) &&
      !ancestors(comps, e.to).has(e.from),
  );
}

/** Parses an ASCII drawing. Vertex ids are `a1`, `a2`... and group ids `g1`, `g2`... in reading order. */
export function parseAscii(block: AsciiBlock): RawGraph {
  const cv = newCanvas(makeGrid(withoutLegend(block.text)));
  const { comps, around } = enclosures(cv);
  classifyCells(cv);
  const labels = newLabels();
  sideLabels(cv, labels);
  crossingLabels(cv, inlineLabels(cv, segments(cv), labels), labels);
  const blocks = addBlocks(cv, comps, around);
  const nets = joinThroughWalls(cv, findNetworks(cv, labels));
  const attached = new Set<number>();
  for (const n of nets) if (n.ends.size >= 2) for (const c of n.ends.keys()) attached.add(c);
  const dropped = new Set<number>();
  for (const b of blocks) {
    if (attached.has(b.comp)) continue;
    const comp = comps[b.comp];
    // A lone line of text over or under an arrow labels it, inside a box too ("heartbeat / VRRP").
    if (comp && b.single && !comp.aside && labelArrow(cv, labels, comp, b.cells)) {
      dropped.add(b.comp);
      continue;
    }
    // Inside a box that holds other parts, a name with no line to it is one more thing the box holds.
    if ((comp?.parent ?? -1) >= 0 && comp?.aside !== true) continue;
    dropped.add(b.comp);
  }
  const order = (a: number, b: number): number =>
    (comps[a]?.row ?? 0) - (comps[b]?.row ?? 0) || (comps[a]?.col ?? 0) - (comps[b]?.col ?? 0);
  const edges = keptEdges(comps, buildEdges(cv, labels, nets, order), dropped);
  for (const [i, c] of comps.entries()) {
    const linked = edges.some((e) => e.from === i || e.to === i);
    if (c.kind === 'box' && !c.group && c.label === '' && !linked) dropped.add(i);
  }
  return output(comps, edges, dropped, block.line);
}

function output(
  comps: readonly Comp[],
  edges: readonly TracedEdge[],
  dropped: Set<number>,
  line: number,
): RawGraph {
  type Item = {
    row: number;
    col: number;
    group: boolean;
    label: string;
    comp: number;
    member: boolean;
  };
  const items: Item[] = [];
  comps.forEach((c, i) => {
    if (dropped.has(i)) return;
    items.push({ row: c.row, col: c.col, group: c.group, label: c.label, comp: i, member: false });
    for (const m of c.members ?? [])
      items.push({ row: m.row, col: m.col, group: false, label: m.text, comp: i, member: true });
  });
  items.sort((a, b) => a.row - b.row || a.col - b.col);
  const idOf = new Map<number, string>();
  const memberIds = new Map<number, string[]>();
  const vertices: RawVertex[] = [];
  let v = 0;
  let g = 0;
  const groupItems: Item[] = [];
  for (const it of items) {
    if (it.group && !it.member) {
      g += 1;
      idOf.set(it.comp, `g${g}`);
      groupItems.push(it);
      continue;
    }
    v += 1;
    const id = `a${v}`;
    if (it.member) memberIds.set(it.comp, [...(memberIds.get(it.comp) ?? []), id]);
    else idOf.set(it.comp, id);
    vertices.push({ id, label: it.label, line: line + it.row });
  }
  const groups: RawGroup[] = groupItems.map((it) => {
    const members = [...(memberIds.get(it.comp) ?? [])];
    comps.forEach((c, i) => {
      const id = idOf.get(i);
      if (c.parent === it.comp && id !== undefined) members.push(id);
    });
    return { id: idOf.get(it.comp) ?? '', label: it.label, members, line: line + it.row };
  });
  const rawEdges: RawEdge[] = [];
  for (const e of edges) {
    const from = idOf.get(e.from);
    const to = idOf.get(e.to);
    if (from === undefined || to === undefined) continue;
    rawEdges.push({
      from,
      to,
      label: e.label,
      bidirectional: e.bidirectional,
      dotted: e.dotted,
      line: line + e.row,
    });
  }
  return { kind: 'ascii', vertices, edges: rawEdges, groups };
}
