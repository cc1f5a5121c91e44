// An arrow labelled by a firewall passes through one: the label becomes a firewall node on the path.
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
