// Rule `flow-order` (s3.flow), graded through the task 3 rubric: tiers drawn as nodes or as hosts listing one tier.
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeGrader } from '../../../../src/platform/node-grader.ts';

const grader = createNodeGrader();
afterAll(() => grader.close());

async function flow(lines: string[]): Promise<string> {
  const rubric = grader.rubrics.find((r) => r.rubric.task === '3');
  if (!rubric) throw new Error('no rubric for task 3');
  const graded = await grader.grade(
    `\`\`\`mermaid\nflowchart LR\n${lines.join('\n')}\n\`\`\`\n`,
    rubric,
  );
  return graded.criteria.find((x) => x.id === 's3.flow')?.verdict ?? '';
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

  it('fails when the application tier is missing', async () => {
    expect(await flow(['  LB[HAProxy] --> W[Nginx web server]', '  W --> D[(MySQL)]'])).toBe(
      'fail',
    );
  });
});
