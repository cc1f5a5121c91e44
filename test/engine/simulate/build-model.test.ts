// Building the simulation model from real designs: tiers, pairs, clusters, hosts, databases, response arrows.
import { describe, expect, it } from 'vitest';
import type { SimModel } from '../../../src/engine/simulate/model.ts';
import { pickDiagram } from '../../../src/engine/simulate/pick-diagram.ts';
import { buildSimModel, SimModelError } from '../../../src/engine/simulate/build-model.ts';
import { edge, modelOf, node, SEEDS, seedModel, singleLbModel } from './sim-fixtures.ts';

const ids = (m: SimModel, list: readonly number[]) => list.map((i) => m.nodes[i]?.id);
const byId = (m: SimModel, id: string) => m.nodes.find((n) => n.id === id)?.index ?? -1;
const targets = (m: SimModel, routes: readonly { target: number }[] | undefined) =>
  ids(
    m,
    (routes ?? []).map((r) => r.target),
  );

describe('buildSimModel', () => {
  it('reads seed 000: a load balancer pair behind a firewall, tiers, a primary with a replica', async () => {
    const m = await seedModel(SEEDS.pair);
    expect(m.vrrp).toHaveLength(1);
    expect(ids(m, m.vrrp[0]?.members ?? [])).toEqual(['D1', 'D2']);
    expect(m.entries).toEqual([{ kind: 'vip', group: 0 }]);
    expect(targets(m, m.backends[byId(m, 'D2')])).toEqual(['W1', 'W2']);
    const link = m.links[m.backends[byId(m, 'D1')]?.[0]?.link ?? -1];
    expect(ids(m, link?.via ?? [])).toEqual(['FW1']);
    expect(targets(m, m.apps[byId(m, 'W1')])).toEqual(['APP1']);
    expect(ids(m, [m.dbGroups[0]?.primary ?? -1])).toEqual(['DB1']);
    expect(ids(m, m.dbGroups[0]?.replicas ?? [])).toEqual(['DB2']);
    const app1 = m.dbs[byId(m, 'APP1')];
    expect(targets(m, app1?.reads)).toEqual(['DB2']);
    expect(
      m.agents.map((a) => [m.nodes[a.node]?.id, ids(m, a.targets), m.nodes[a.service]?.id]),
    ).toEqual([
      ['M1', ['APP1'], 'MS'],
      ['M2', ['APP2'], 'MS'],
    ]);
    expect(m.tls).toEqual({ entry: true, behindBalancer: false, certificate: false });
  });

  it('splits a cluster node into the members drawn beside it (seed 001)', async () => {
    const m = await seedModel(SEEDS.clusterNode);
    expect(m.nodes.filter((n) => n.role === 'lb').map((n) => [n.id, n.label, n.source])).toEqual([
      ['LB1', 'HAProxy 1', 'LB_Cluster'],
      ['LB2', 'HAProxy 2', 'LB_Cluster'],
    ]);
    expect(m.units.find((u) => u.name === 'LB_Cluster')).toMatchObject({
      kind: 'cluster',
      nodes: [byId(m, 'LB1'), byId(m, 'LB2')],
    });
    expect(ids(m, m.vrrp[0]?.members ?? [])).toEqual(['LB1', 'LB2']);
    expect(ids(m, m.dbGroups[0]?.replicas ?? [])).toEqual(['DB_Replica1', 'DB_Replica2']);
  });

  it('pairs load balancers joined by a heartbeat link and shares their servers (seed 002, ASCII)', async () => {
    const m = await seedModel(SEEDS.ascii);
    expect(ids(m, m.vrrp[0]?.members ?? [])).toEqual(['a3', 'a4']);
    expect(m.vrrp[0]?.keys).toEqual(['a3|a4']);
    expect(targets(m, m.backends[byId(m, 'a4')])).toEqual(['a5']);
  });

  it('makes a host a unit that takes its components down (seed 003)', async () => {
    const m = await seedModel(SEEDS.task2);
    expect(m.units.find((u) => u.name === 'Server1')).toMatchObject({
      kind: 'host',
      nodes: [byId(m, 'Server1'), byId(m, 'Nginx1')],
    });
    expect(m.tls).toEqual({ entry: true, behindBalancer: true, certificate: true });
  });

  it('simulates the layout drawing, not the sequence diagram (seed 004)', async () => {
    const m = await seedModel(SEEDS.sequence);
    expect(m.diagram).toEqual({ index: 1, kind: 'flowchart' });
    expect(m.vrrp[0]?.drawnMode).toBe('active-passive');
    expect(
      pickDiagram([
        {
          index: 0,
          kind: 'sequence',
          syntax: 'mermaid',
          line: 1,
          readable: true,
          nodes: 20,
          edges: 3,
        },
        {
          index: 1,
          kind: 'flowchart',
          syntax: 'mermaid',
          line: 9,
          readable: true,
          nodes: 4,
          edges: 3,
        },
        {
          index: 2,
          kind: 'flowchart',
          syntax: 'mermaid',
          line: 20,
          readable: false,
          nodes: 0,
          edges: 0,
        },
      ])?.index,
    ).toBe(1);
  });

  it('drops response arrows and keeps the single load balancer of a task-1 answer', async () => {
    const m = await singleLbModel();
    expect(m.vrrp).toEqual([]);
    expect(m.entries).toEqual([
      { kind: 'node', node: byId(m, 'HAProxy'), link: expect.any(Number) },
    ]);
    expect(targets(m, m.backends[byId(m, 'HAProxy')])).toEqual(['Nginx1', 'Nginx2']);
    expect(targets(m, m.dbs[byId(m, 'App1')]?.reads)).toEqual(['DB2']);
    expect(m.links.some((l) => m.nodes[l.to]?.role === 'client')).toBe(false);
  });

  it('throws a typed error when nothing can be simulated', () => {
    const topo = {
      nodes: [node('U', 'user'), node('F', 'firewall')],
      edges: [edge('U', 'F')],
      groups: [],
    };
    expect(() => buildSimModel(topo, { index: 0, kind: 'flowchart' })).toThrow(SimModelError);
    const lone = modelOf({ nodes: [node('S', 'web-server')], edges: [], groups: [] });
    expect(lone.entries).toHaveLength(1);
  });
});
