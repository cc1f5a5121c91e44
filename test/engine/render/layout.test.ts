// The ELK layout of topologies: every node placed without overlap, boxes around members, stable output.
import { describe, expect, it } from 'vitest';
import { elkIds, buildElkGraph } from '../../../src/engine/render/elk-graph.ts';
import { buildHierarchy } from '../../../src/engine/render/hierarchy.ts';
import { diagramDirection, layoutTopology } from '../../../src/engine/render/layout.ts';
import type { Box } from '../../../src/engine/render/layout-model.ts';
import type { Topology } from '../../../src/engine/topology/model.ts';
import { layoutFile, load, newElk, SEED_000, TASK_1 } from './render-fixtures.ts';

const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const inside = (inner: Box, outer: Box): boolean =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

describe('diagramDirection', () => {
  it('reads the Mermaid header', () => {
    expect(diagramDirection('graph TD\n A-->B')).toBe('DOWN');
    expect(diagramDirection('%% note\nflowchart LR\n A-->B')).toBe('RIGHT');
    expect(diagramDirection('flowchart BT')).toBe('UP');
    expect(diagramDirection('graph rl')).toBe('LEFT');
    expect(diagramDirection('sequenceDiagram\n A->>B: hi')).toBeNull();
  });
});

describe('layoutTopology', () => {
  it('places every node of seed 000 once, with room between them and a route for every edge', async () => {
    const { topology } = await load(SEED_000);
    const layout = await layoutFile(SEED_000);
    expect(layout.direction).toBe('DOWN');
    expect(layout.nodes.map((n) => n.id)).toEqual(topology.nodes.map((n) => n.id));
    for (const n of layout.nodes) {
      expect(n.width).toBeGreaterThan(0);
      expect(inside(n, { x: 0, y: 0, width: layout.width, height: layout.height })).toBe(true);
    }
    for (const [i, a] of layout.nodes.entries())
      for (const b of layout.nodes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    expect(layout.edges).toHaveLength(topology.edges.length);
    for (const e of layout.edges) expect(e.points.length).toBeGreaterThanOrEqual(2);
    expect(layout.edges.find((e) => e.label === 'HTTPS')?.labelBox).not.toBeNull();
  });

  it('draws each subgraph as a box around its members (task 1, two servers)', async () => {
    const layout = await layoutFile(TASK_1);
    expect(layout.groups.map((g) => [g.id, g.label, g.members])).toEqual([
      ['S1', 'Server #1', ['N1', 'A1', 'D1']],
      ['S2', 'Server #2', ['N2', 'A2', 'D2']],
    ]);
    for (const g of layout.groups) {
      for (const id of g.members) {
        const node = layout.nodes.find((n) => n.id === id);
        if (!node) throw new Error(`missing ${id}`);
        expect(inside(node, g)).toBe(true);
      }
    }
    expect(layout.edges.find((e) => e.from === 'D1' && e.to === 'D2')?.bidirectional).toBe(true);
  });

  it('is deterministic: the same graph gives the same layout, even from a fresh ELK', async () => {
    const a = await layoutFile(SEED_000, newElk());
    const b = await layoutFile(SEED_000, newElk());
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('fixes the random seed and sizes nodes from their labels, without a DOM', async () => {
    const { topology } = await load(SEED_000);
    const hierarchy = buildHierarchy(topology, 0);
    const graph = buildElkGraph(hierarchy, topology.edges, 'DOWN', elkIds(hierarchy));
    expect(graph.layoutOptions?.['elk.randomSeed']).toBe('1');
    const sizes = new Map(graph.children?.map((c) => [c.id, c.width ?? 0]));
    const user = sizes.get('n0') ?? 0;
    const sumo = sizes.get(`n${hierarchy.nodes.findIndex((n) => n.id === 'MS')}`) ?? 0;
    expect(sumo).toBeGreaterThan(user);
  });

  it('turns a flow that is too wide for its column into the other direction when that is narrower', async () => {
    const chain: Topology = {
      nodes: ['A', 'B', 'C', 'D', 'E', 'F'].map((id, i) => ({
        id,
        label: `Component number ${i}`,
        kind: 'unknown',
        role: null,
        host: null,
        line: i + 1,
        diagram: 0,
      })),
      edges: ['A-B', 'B-C', 'C-D', 'D-E', 'E-F'].map((pair, i) => {
        const [from = '', to = ''] = pair.split('-');
        return {
          from,
          to,
          label: '',
          protocol: null,
          encrypted: null,
          bidirectional: false,
          line: i + 1,
          diagram: 0,
        };
      }),
      groups: [],
    };
    const wide = await layoutTopology(chain, newElk(), { direction: 'RIGHT' });
    const fitted = await layoutTopology(chain, newElk(), { direction: 'RIGHT', maxWidth: 800 });
    expect(wide.direction).toBe('RIGHT');
    expect(wide.width).toBeGreaterThan(800);
    expect(fitted.direction).toBe('DOWN');
    expect(fitted.width).toBeLessThan(800);
  });

  it('keeps a node and a box that share an id apart, and tolerates a box nested in a cycle', async () => {
    const topology: Topology = {
      nodes: [
        {
          id: 'LB',
          label: 'Load balancers',
          kind: 'load-balancer',
          role: null,
          host: null,
          line: 1,
          diagram: 0,
        },
        { id: 'W', label: 'Web', kind: 'web-server', role: null, host: null, line: 2, diagram: 0 },
      ],
      edges: [
        {
          from: 'W',
          to: 'LB',
          label: '',
          protocol: null,
          encrypted: null,
          bidirectional: false,
          line: 3,
          diagram: 0,
        },
      ],
      groups: [
        {
          id: 'LB',
          label: 'Load balancers',
          kind: 'load-balancer',
          members: ['G2'],
          parent: 'G2',
          line: 4,
          diagram: 0,
        },
        {
          id: 'G2',
          label: 'Inner',
          kind: 'unknown',
          members: ['W', 'LB'],
          parent: 'LB',
          line: 5,
          diagram: 0,
        },
      ],
    };
    const layout = await layoutTopology(topology, newElk());
    expect(layout.nodes.map((n) => n.id)).toEqual(['W']);
    expect(layout.groups.map((g) => g.id)).toEqual(['LB', 'G2']);
    expect(layout.edges[0]?.points.length).toBeGreaterThanOrEqual(2);
  });
});
