// titledByAddress, alone and through ingest: a box titled by one machine's address is a server; a network is not.
import { describe, expect, it } from 'vitest';
import { titledByAddress } from '../../../src/engine/topology/address-title.ts';
import { ingestText } from '../../../src/platform/node-ingest.ts';

describe('titledByAddress', () => {
  it('reads an address alone, or with one host name or the word IP, as a machine', () => {
    for (const t of ['8.8.8.8', '🖥️ 10.0.0.3', 'IP: 10.0.0.5', 'srv-01 (192.168.1.20)']) {
      expect(titledByAddress(t), t).toBe(true);
    }
  });

  it('does not read networks, two addresses, impossible addresses or sentences as a machine', () => {
    for (const t of [
      '10.0.0.0/24',
      'Subnet 10.0.1.0',
      'Private network 10.0.0.5',
      '10.0.0.1 and 10.0.0.2',
      '300.1.1.1',
      'Version 1.2.3.4.5',
      'Web servers',
    ]) {
      expect(titledByAddress(t), t).toBe(false);
    }
  });
});

describe('a Mermaid subgraph titled by an address', () => {
  const design = (second: string): string =>
    [
      '```mermaid',
      'flowchart LR',
      '  U[User] --> W',
      '  subgraph ip3 ["10.0.0.3"]',
      '    W["Nginx<br/>web server"]',
      second,
      '  end',
      '  subgraph ip5 ["10.0.0.5"]',
      '    D[("MySQL")]',
      '  end',
      '  W --> A --> D',
      '```',
      '',
    ].join('\n');

  it('is the host of what it holds, so web and application servers drawn in one are seen to share it', async () => {
    const r = await ingestText(design('    A["Application server"]'));
    const hostOf = new Map(r.nodes.map((n) => [n.label, n.host]));
    expect(hostOf.get('Nginx web server')).toBe('ip3');
    expect(hostOf.get('Application server')).toBe('ip3');
    expect(hostOf.get('MySQL')).toBe('ip5');
    expect(r.hosts.map((h) => h.label).sort()).toEqual(['10.0.0.3', '10.0.0.5']);
  });

  it('is not made of a network box', async () => {
    const r = await ingestText(
      design('    A["Application server"]').replace('"10.0.0.3"', '"Private network 10.0.0.0/24"'),
    );
    expect(r.hosts.map((h) => h.label)).toEqual(['10.0.0.5']);
  });
});
