// Rule `own-host` (s3.web-tier), graded through the task 3 rubric: the message names where the tiers meet.
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeGrader } from '../../../../src/platform/node-grader.ts';
import { criterion, mermaid } from './criterion.ts';

const grader = createNodeGrader();
afterAll(() => grader.close());

async function webTier(lines: string[]): Promise<{ verdict: string; message: string }> {
  return criterion(grader, '3', mermaid(lines), 's3.web-tier');
}

describe('a web tier sharing its server', () => {
  it('names the node that holds both tiers', async () => {
    const r = await webTier([
      '  LB[HAProxy] --> S["Server A (Nginx web server + Application server)"]',
    ]);
    expect(r.verdict).toBe('fail');
    expect(r.message).toContain(
      'shares its server (Server A (Nginx web server + Application server))',
    );
  });

  it('names the box that holds both tiers', async () => {
    const r = await webTier([
      '  LB[HAProxy] --> W',
      '  subgraph S1[Server 1]',
      '    W[Nginx] --> A[App server]',
      '  end',
    ]);
    expect(r.verdict).toBe('fail');
    expect(r.message).toContain('shares its server (Server 1)');
  });

  it('passes a web server on a box of its own', async () => {
    const r = await webTier([
      '  LB[HAProxy] --> W',
      '  subgraph S1[Server 1]',
      '    W[Nginx]',
      '  end',
      '  subgraph S2[Server 2]',
      '    A[App server]',
      '  end',
      '  W --> A',
    ]);
    expect(r.verdict).toBe('pass');
  });
});
