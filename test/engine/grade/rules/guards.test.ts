// Rule `guards` on firewalls drawn as boxes around what they protect, graded through the task 2 rubric.
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeGrader } from '../../../../src/platform/node-grader.ts';

const grader = createNodeGrader();
afterAll(() => grader.close());

async function firewallVerdicts(lines: string[]): Promise<[string, string]> {
  const rubric = grader.rubrics.find((r) => r.rubric.task === '2');
  if (!rubric) throw new Error('no rubric for task 2');
  const graded = await grader.grade(
    `\`\`\`mermaid\nflowchart LR\n${lines.join('\n')}\n\`\`\`\n`,
    rubric,
  );
  const verdict = (id: string): string => graded.criteria.find((c) => c.id === id)?.verdict ?? '';
  return [verdict('s2.firewalls'), verdict('s2.firewall-placement')];
}

const wrapped = (name: string, inside: string): string[] => [
  `  subgraph ${name}`,
  `    ${inside}`,
  '  end',
];

describe('a firewall drawn as a box around what it protects', () => {
  it('counts, and is on the path when traffic from outside reaches what it holds', async () => {
    expect(
      await firewallVerdicts([
        '  U[User] -->|HTTPS| LB',
        ...wrapped('FW1[Firewall 1]', 'LB[HAProxy]'),
        ...wrapped('FW2[Firewall 2]', 'S1[Server 1: Nginx + App]'),
        ...wrapped('FW3[Firewall 3]', 'DB[(MySQL)]'),
        '  LB --> S1',
        '  S1 --> DB',
      ]),
    ).toEqual(['pass', 'pass']);
  });

  it('is off the path when nothing outside it reaches what it holds', async () => {
    expect(
      await firewallVerdicts([
        '  U[User] -->|HTTPS| LB[HAProxy]',
        '  LB --> S1[Server 1: Nginx + App]',
        ...wrapped('FW1[Firewall 1]', 'B[Backup server]'),
        ...wrapped('FW2[Firewall 2]', 'C[Cold spare server]'),
        ...wrapped('FW3[Firewall 3]', 'D[(Archive MySQL)]'),
      ]),
    ).toEqual(['pass', 'fail']);
  });
});
