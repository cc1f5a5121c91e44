// Rule `fan-out` (s1.lb-distribution): the load balancer sends traffic to both servers, not through one to the other.
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeGrader } from '../../../../src/platform/node-grader.ts';
import { criterion, mermaid } from './criterion.ts';

const grader = createNodeGrader();
afterAll(() => grader.close());

async function distribution(lines: string[]): Promise<string> {
  return (
    await criterion(
      grader,
      '1',
      mermaid(['  U[User] --> LB[HAProxy]', ...lines]),
      's1.lb-distribution',
    )
  ).verdict;
}

describe('the load balancer sends traffic to both servers', () => {
  it('passes links to both, through a firewall or into server boxes', async () => {
    expect(
      await distribution([
        '  LB --> S1[Server 1: Nginx + App]',
        '  LB --> S2[Server 2: Nginx + App]',
      ]),
    ).toBe('pass');
    expect(
      await distribution(['  LB --> F[Firewall] --> S1[Server 1]', '  F --> S2[Server 2]']),
    ).toBe('pass');
    const boxes = [
      '  subgraph B1 [Server 1]',
      '    W1[Nginx] --> A1[App server]',
      '  end',
      '  subgraph B2 [Server 2]',
      '    W2[Nginx] --> A2[App server]',
      '  end',
      '  LB --> W1',
      '  LB --> W2',
    ];
    expect(await distribution(boxes)).toBe('pass');
  });

  it('fails a second server reached only through the first', async () => {
    expect(
      await distribution([
        '  LB --> S1[Server 1: Nginx + App + code]',
        '  S1 --> S2[Server 2: Nginx + App + code]',
      ]),
    ).toBe('fail');
  });
});
