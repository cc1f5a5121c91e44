// Rules `flow-order` (s3.flow) and `fan-out` (s1.lb-distribution): tiers drawn as nodes or hosts, machines counted once.
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeGrader } from '../../../../src/platform/node-grader.ts';
import { criterion, mermaid } from './criterion.ts';

const grader = createNodeGrader();
afterAll(() => grader.close());

async function flow(lines: string[]): Promise<string> {
  return (await criterion(grader, '3', mermaid(lines), 's3.flow')).verdict;
}

describe('the flow load balancer → web → application → database', () => {
  it('passes through a host that lists the application tier alone (app server and its code)', async () => {
    expect(
      await flow([
        '  LB[HAProxy] --> W[Nginx web server]',
        '  W --> A["Server 4 (Application server, code base)"]',
        '  A --> D[(MySQL)]',
      ]),
    ).toBe('pass');
  });

  it('does not let a host listing two tiers stand for either', async () => {
    expect(
      await flow([
        '  LB[HAProxy] --> W[Nginx web server]',
        '  W --> A["Server 4 (Application server, MySQL)"]',
        '  A --> D[(MySQL)]',
      ]),
    ).toBe('fail');
  });

  it('does not go back through the web server: app replies to web, web queries the database', async () => {
    const steps = [
      '  LB[HAProxy] --> W[Nginx web server]',
      '  W --> A[Application server]',
      '  A -.-> W',
      '  W --> D[(MySQL)]',
    ];
    expect(await flow(steps)).toBe('fail');
    expect(await flow([...steps, '  A --> D'])).toBe('pass');
  });

  it('fails when the application tier is missing', async () => {
    expect(await flow(['  LB[HAProxy] --> W[Nginx web server]', '  W --> D[(MySQL)]'])).toBe(
      'fail',
    );
  });
});

describe('s1.lb-distribution counts machines', () => {
  async function distribution(lines: string[]): Promise<string> {
    return (await criterion(grader, '1', mermaid(lines, 'flowchart TD'), 's1.lb-distribution'))
      .verdict;
  }
  const servers = [
    '  subgraph S1[Server 1]',
    '    N1[Nginx] --> A1[App server]',
    '  end',
    '  subgraph S2[Server 2]',
    '    N2[Nginx] --> A2[App server]',
    '  end',
  ];

  it('fails a load balancer linked to one server box, whose web server is not a second target', async () => {
    expect(await distribution(['  LB[HAProxy] --> S1', ...servers])).toBe('fail');
  });

  it('passes a load balancer linked to both server boxes', async () => {
    expect(await distribution(['  LB[HAProxy] --> S1 & S2', ...servers])).toBe('pass');
  });
});
