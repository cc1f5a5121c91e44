// The single-point-of-failure advice on designs drawn in Mermaid, graded through the task 3 rubric.
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeGrader } from '../../../src/platform/node-grader.ts';

const grader = createNodeGrader();
afterAll(() => grader.close());

async function singlePoints(lines: string[]): Promise<string[]> {
  const rubric = grader.rubrics.find((r) => r.rubric.task === '3');
  if (!rubric) throw new Error('no rubric for task 3');
  const graded = await grader.grade(
    `\`\`\`mermaid\nflowchart TD\n${lines.join('\n')}\n\`\`\`\n`,
    rubric,
  );
  return graded.findings
    .filter((f) => f.id === 'single-point-of-failure')
    .flatMap((f) => f.evidence.nodes);
}

const tiers = ['  LB1 & LB2 --> W[Nginx] --> A[App server] --> D[(MySQL)]'];

describe('single points of failure', () => {
  it('never names the virtual IP of a load-balancer pair, only the machines', async () => {
    const pair = await singlePoints([
      '  U[User] -->|www.foobar.com| VIP[Virtual IP 8.8.8.8]',
      '  VIP --> LB1[HAProxy 1 active]',
      '  VIP -.-> LB2[HAProxy 2 backup]',
      ...tiers,
    ]);
    expect(pair).toEqual(['A', 'D', 'W']);
  });

  it('names a load balancer that is alone on the path', async () => {
    const alone = await singlePoints([
      '  U[User] --> LB1[HAProxy]',
      '  LB1 --> W[Nginx] --> A[App server] --> D[(MySQL)]',
    ]);
    expect(alone).toEqual(['LB1', 'A', 'D', 'W']);
  });

  it('never names a cluster group that holds two load balancers', async () => {
    const grouped = await singlePoints([
      '  U[User] --> C',
      '  subgraph C ["HAProxy cluster (VIP)"]',
      '    LB1[HAProxy 1]',
      '    LB2[HAProxy 2]',
      '    LB1 <-->|VRRP| LB2',
      '  end',
      '  C --> W[Nginx] --> A[App server] --> D[(MySQL)]',
    ]);
    expect(grouped).toEqual(['A', 'D', 'W']);
  });
});
