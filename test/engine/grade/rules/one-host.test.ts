// Rule `one-host` (s0.server), graded through the task 0 rubric: the whole stack on one server, none of it elsewhere.
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeGrader } from '../../../../src/platform/node-grader.ts';
import { criterion, mermaid } from './criterion.ts';

const grader = createNodeGrader();
afterAll(() => grader.close());

async function server(lines: string[]): Promise<{ verdict: string; message: string }> {
  return criterion(grader, '0', mermaid(['  U[User] --> W', ...lines]), 's0.server');
}

const stack = ['    W[Nginx] --> A[Application server] --> C[Code base]'];

describe('one server runs the stack', () => {
  it('passes when the server box holds every component, nested boxes included', async () => {
    const r = await server([
      '  subgraph S1[Server 8.8.8.8]',
      ...stack,
      '    subgraph DB[Database]',
      '      D[(MySQL)]',
      '    end',
      '  end',
      '  A --> D',
    ]);
    expect(r.verdict).toBe('pass');
  });

  it('fails when the database is drawn on a second server or in a box of its own outside', async () => {
    for (const title of ['Server 2', 'Database server', 'DB server 10.0.0.5']) {
      const r = await server([
        '  subgraph S1[Server 8.8.8.8]',
        ...stack,
        '  end',
        `  subgraph S2[${title}]`,
        '    D[(MySQL)]',
        '  end',
        '  A --> D',
      ]);
      expect(r.verdict, title).toBe('fail');
      expect(r.message, title).toContain(`MySQL runs on another server (${title})`);
    }
  });
});

describe('a part of the stack outside the server box', () => {
  it('fails: the database drawn outside every box is not on the one server', async () => {
    const r = await server([
      '  subgraph S1[Server 8.8.8.8]',
      ...stack,
      '  end',
      '  A --> D[(MySQL)]',
    ]);
    expect(r.verdict).toBe('fail');
    expect(r.message).toContain('MySQL is drawn outside the server box');
  });

  it('passes a server drawn as a node that leads to the stack', async () => {
    const r = await server(['  S[Server 8.8.8.8] --> W', ...stack, '  A --> D[(MySQL)]']);
    expect(r.verdict).toBe('pass');
  });
});

describe('one server node listing the stack on its lines', () => {
  it('passes when a listed line holds brackets ("Application files (code base)")', async () => {
    const rubric = grader.rubrics.find((r) => r.rubric.task === '0');
    if (!rubric) throw new Error('no rubric for task 0');
    const text =
      '```mermaid\nflowchart LR\n  U((User browser)) -->|"www.foobar.com resolves to 8.8.8.8"| S["Server 8.8.8.8<br/>Nginx web server<br/>Application server<br/>Application files (code base)<br/>MySQL database"]\n```\n';
    const graded = await grader.grade(text, rubric);
    const verdicts = Object.fromEntries(graded.criteria.map((c) => [c.id, c.verdict]));
    expect([verdicts['s0.server'], verdicts['s0.user']]).toEqual(['pass', 'pass']);
  });
});
