// Rule `cluster` (s3.lb-cluster), graded through the task 3 rubric: a pair of load balancers, not a chain.
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeGrader } from '../../../../src/platform/node-grader.ts';
import { criterion, mermaid } from './criterion.ts';

const grader = createNodeGrader();
afterAll(() => grader.close());

async function cluster(lines: string[]): Promise<string> {
  const text = mermaid([...lines, '  W --> A[App server] --> D[(MySQL)]']);
  return (await criterion(grader, '3', text, 's3.lb-cluster')).verdict;
}

describe('two load balancers', () => {
  it('chained in series by a plain arrow are not a cluster', async () => {
    expect(await cluster(['  U[User] --> L1[HAProxy 1] --> L2[HAProxy 2] --> W[Nginx]'])).toBe(
      'fail',
    );
  });

  it('linked by a two-way, dotted or named failover link are a cluster', async () => {
    for (const link of [
      'L1 <--> L2[HAProxy 2]',
      'L1 -.-> L2[HAProxy 2]',
      'L1 -->|heartbeat| L2[HAProxy 2]',
    ]) {
      const verdict = await cluster([
        '  U[User] --> L1[HAProxy 1]',
        `  ${link}`,
        '  L1 --> W[Nginx]',
      ]);
      expect(verdict, link).toBe('pass');
    }
  });

  it('chained in series are no cluster whatever the link between them looks like', async () => {
    for (const link of ['L1 <--> L2[HAProxy 2]', 'L1 -->|forwards requests| L2[HAProxy 2]']) {
      const verdict = await cluster([
        '  U[User] --> L1[HAProxy 1]',
        `  ${link}`,
        '  L2 --> W[Nginx]',
      ]);
      expect(verdict, link).toBe('fail');
    }
  });

  it('both leading to the web tier are a cluster', async () => {
    expect(await cluster(['  U[User] --> L1[HAProxy 1] & L2[HAProxy 2] --> W[Nginx]'])).toBe(
      'pass',
    );
  });
});
