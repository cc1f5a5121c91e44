// inferHosts through ingest: each server is listed once with what it runs, whether drawn as a box, a node or both.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../src/platform/node-ingest.ts';

describe('hosts', () => {
  it('lists an ASCII server box that lines reach once (it is both a group and a node)', async () => {
    const r = await ingestText(
      '```\n+------+\n| User |\n+------+\n    |\n    v\n+---- Server 8.8.8.8 ----+\n|  +-------+  +-----+   |\n' +
        '|  | Nginx |->| App |   |\n|  +-------+  +-----+   |\n+------------------------+\n```\n',
    );
    expect(r.hosts.map((h) => [h.label, h.members.length])).toEqual([['Server 8.8.8.8', 2]]);
  });

  it('lists a Mermaid subgraph server an arrow reaches and a server node, each once', async () => {
    const r = await ingestText(
      '```mermaid\nflowchart LR\n  U[User] --> S1\n  subgraph S1[Server 1]\n    N[Nginx]\n  end\n' +
        '  U --> S2["Server 2 (Nginx, App server)"]\n```\n',
    );
    // The arrow `U --> S1` reaches the subgraph: Mermaid lists S1 as a node too, named by the subgraph's title.
    expect(r.hosts.map((h) => [h.label, h.source, h.members.length]).sort()).toEqual([
      ['Server 1', 'node', 1],
      ['Server 2 (Nginx, App server)', 'node', 0],
    ]);
    expect(r.repairs).toEqual([]);
  });
});

describe('a box that is both a group and a node', () => {
  it('carries what its label names, as any node does ("Machine 1" over an HAProxy line)', async () => {
    const r = await ingestText(
      [
        '```',
        '+----------+',
        '|   User   |',
        '+----------+',
        '      |',
        '      v',
        '+--------------------------------+',
        '| Machine 1                      |',
        '|   HAProxy load balancer        |',
        '|   SSL certificate              |',
        '|   [agent 1: Sumo Logic agent]  |',
        '+--------------------------------+',
        '```',
        '',
      ].join('\n'),
    );
    const box = r.nodes.find((n) => n.label.startsWith('Machine 1'));
    expect(box?.kind).toBe('server');
    expect(box?.mentions).toEqual(expect.arrayContaining(['load-balancer', 'certificate']));
  });
});

describe('an arrow from a server to a component', () => {
  const design = (target: string): string =>
    `\`\`\`mermaid\nflowchart LR\n  W[Nginx] --> S2["Server 2 (App server, code base)"]\n  S2 --> D["${target}"]\n\`\`\`\n`;

  it('puts the component on that server when the component names no server of its own', async () => {
    const r = await ingestText(design('MySQL Primary'));
    expect(r.nodes.find((n) => n.id === 'D')?.host).toBe('S2');
  });

  it('is a request when the component names its own server ("Server 3 (MySQL)")', async () => {
    const r = await ingestText(design('Server 3 (MySQL)'));
    expect(r.nodes.find((n) => n.id === 'D')).toMatchObject({ kind: 'database', host: null });
  });
});

describe('a box titled as a tier', () => {
  it('is a machine when it holds another tier, and the node an arrow reaches for it runs there', async () => {
    const r = await ingestText(
      '```mermaid\nflowchart TD\n  N[Nginx] --> APP\n  subgraph APP[Application server]\n    G[Gunicorn app]\n    DB[(MySQL database)]\n  end\n```\n',
    );
    expect(r.hosts.map((h) => [h.label, h.members])).toEqual([
      ['Application server', ['APP', 'G', 'DB']],
    ]);
  });

  it('is no machine when it holds its own tier only', async () => {
    const r = await ingestText(
      '```mermaid\nflowchart TD\n  subgraph WEB[Web servers]\n    N1[Nginx 1]\n    N2[Nginx 2]\n  end\n```\n',
    );
    expect(r.hosts).toEqual([]);
  });
});

describe('a firewall subgraph an arrow leaves', () => {
  it('is one firewall, the node the arrow names', async () => {
    const r = await ingestText(
      '```mermaid\nflowchart LR\n  subgraph FW2[Firewall 2]\n    subgraph S1[Server 1]\n      N[Nginx]\n    end\n  end\n  FW2 --> SL[Sumo Logic]\n```\n',
    );
    expect(r.nodes.filter((n) => n.kind === 'firewall').map((n) => n.id)).toEqual(['FW2']);
  });
});
