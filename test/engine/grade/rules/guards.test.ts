// Rule `guards` (s2.firewall-placement): a firewall drawn as a box around what it protects, nested boxes included.
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeGrader } from '../../../../src/platform/node-grader.ts';
import { criterion, mermaid } from './criterion.ts';

const grader = createNodeGrader();
afterAll(() => grader.close());

async function placement(lines: string[]): Promise<string> {
  return (await criterion(grader, '2', mermaid(lines), 's2.firewall-placement')).verdict;
}

const boxes = [
  '  subgraph fw1 [Firewall 1]',
  '    lb[HAProxy]',
  '  end',
  '  subgraph fw2 [Firewall 2]',
  '    subgraph s1 [Server 1]',
  '      n1[Nginx] --> a1[App server]',
  '    end',
  '  end',
];

describe('a firewall box around a server box', () => {
  it('is on the path when traffic from outside reaches what the inner box holds', async () => {
    expect(await placement(['  u((User)) --> lb', ...boxes, '  lb --> n1'])).toBe('pass');
  });

  it('is not when no traffic from outside reaches inside it', async () => {
    expect(await placement(['  u((User)) --> lb', ...boxes])).toBe('fail');
  });
});

describe('a firewall group around a firewall node', () => {
  it('frames that node: no second firewall off the path', async () => {
    const framed = [
      '  U[User] --> fwA[Firewall 1]',
      '  subgraph edge [Firewall 1 - perimeter]',
      '    fwA',
      '  end',
      '  fwA --> lb[HAProxy]',
      '  lb --> fwB[Firewall 2] --> w1[Server 1]',
      '  lb --> fwC[Firewall 3] --> w2[Server 2]',
    ];
    expect(await placement(framed)).toBe('pass');
    const firewalls = await criterion(grader, '2', mermaid(framed), 's2.firewalls');
    expect(firewalls.verdict).toBe('pass');
  });
});
