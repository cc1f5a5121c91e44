// Parts written on arrows: a firewall label becomes a firewall on the path, a monitoring agent label an agent at the server's end.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../src/platform/node-ingest.ts';

describe('firewalls written on arrows', () => {
  it('puts a firewall node on a Mermaid arrow labelled by one', async () => {
    const r = await ingestText(
      '```mermaid\nflowchart LR\n  LB[HAProxy] -->|Firewall 2| S1[Server 1]\n```\n',
    );
    const fw = r.nodes.find((n) => n.kind === 'firewall');
    expect(fw?.label).toBe('Firewall 2');
    expect(r.edges.map((e) => [e.from, e.to])).toEqual([
      ['LB', fw?.id],
      [fw?.id, 'S1'],
    ]);
  });

  it('reads a #### wall across an ASCII line as a firewall on it', async () => {
    const r = await ingestText(
      [
        '```',
        '+-------------+',
        '| HAProxy LB  |',
        '+-------------+',
        '      |',
        ' ######## firewall 2',
        '      |',
        '      v',
        '+-------------+',
        '| Server 1    |',
        '+-------------+',
        '```',
        '',
      ].join('\n'),
    );
    expect(r.nodes.map((n) => n.kind).sort()).toEqual(['firewall', 'load-balancer', 'server']);
    expect(r.edges).toHaveLength(2);
  });

  it('leaves arrows labelled otherwise alone', async () => {
    const r = await ingestText(
      '```mermaid\nflowchart LR\n  LB[HAProxy] -->|HTTPS| S1[Server 1]\n```\n',
    );
    expect(r.nodes.map((n) => n.kind)).toEqual(['load-balancer', 'server']);
    expect(r.edges).toHaveLength(1);
  });
});

describe('monitoring agents written on arrows', () => {
  it('puts an agent on the server an arrow to the monitoring service leaves', async () => {
    const r = await ingestText(
      [
        '```mermaid',
        'flowchart LR',
        '  S1[Server 1] -- Monitoring agent --> M[Sumo Logic]',
        '  M -- Sumo collector --> DB[(MySQL)]',
        '```',
        '',
      ].join('\n'),
    );
    const agents = r.nodes.filter((n) => n.kind === 'monitoring-agent');
    expect(agents.map((a) => [a.label, a.host])).toEqual([
      ['Monitoring agent', 'S1'],
      ['Sumo collector', 'DB'],
    ]);
    expect(r.edges.map((e) => [e.from, e.to])).toEqual([
      ['S1', 'M'],
      ['M', 'DB'],
      [agents[0]?.id, 'M'],
      ['M', agents[1]?.id],
    ]);
  });

  it('reads the agent on an ASCII arrow whose name is padded into a column', async () => {
    const r = await ingestText(
      [
        '```',
        'Load Balancer',
        ' |',
        ' +--> Server 1 (Web + App)  -- Monitoring Agent --> Monitoring System',
        ' |',
        ' +--> Database (MySQL)      -- Monitoring Agent --> Monitoring System',
        '```',
        '',
      ].join('\n'),
    );
    expect(r.nodes.filter((n) => n.kind === 'monitoring-agent')).toHaveLength(2);
  });

  it('adds none for other labels, or between two nodes neither of which is the service', async () => {
    const r = await ingestText(
      [
        '```mermaid',
        'flowchart LR',
        '  S1[Server 1] -- metrics --> M[Sumo Logic]',
        '  S1 -- monitoring agent --> S2[Server 2]',
        '```',
        '',
      ].join('\n'),
    );
    expect(r.nodes.filter((n) => n.kind === 'monitoring-agent')).toEqual([]);
    expect(r.edges).toHaveLength(2);
  });
});
