// With no diagram to read, the grader fails only when nothing was drawn; an image, a placeholder link or Mermaid it does not read goes to review.
import { describe, expect, it } from 'vitest';
import { createNodeGrader } from '../../../src/platform/node-grader.ts';

const grader = createNodeGrader();
const task2 = grader.rubrics.find((r) => r.rubric.task === '2');

async function diagramVerdicts(text: string): Promise<string[]> {
  if (!task2) throw new Error('no rubric for task 2');
  const graded = await grader.grade(text, task2);
  return graded.criteria.filter((c) => c.kind !== 'prose').map((c) => c.verdict);
}

describe('no readable diagram', () => {
  it('an unfilled placeholder link is for a person to review, never a confident fail', async () => {
    const v = await diagramVerdicts(
      '# Design\n\n[Link to diagram](https://imgur.com/YOUR_LINK_HERE)\n',
    );
    expect(v.length).toBeGreaterThan(3);
    expect(new Set(v)).toEqual(new Set(['review']));
  });

  it('an image link is reviewed too', async () => {
    const v = await diagramVerdicts('![diagram](https://i.imgur.com/abcd123.png)\n');
    expect(new Set(v)).toEqual(new Set(['review']));
  });

  it('a kind of Mermaid diagram the grader does not read (mindmap, state) is a diagram, and the rest is reviewed', async () => {
    const mindmap =
      '```mermaid\nmindmap\n  root((www.foobar.com))\n    Firewall\n    HAProxy\n```\n';
    const state = '```mermaid\nstateDiagram-v2\n  User --> Firewall\n  Firewall --> HAProxy\n```\n';
    if (!task2) throw new Error('no rubric for task 2');
    for (const text of [mindmap, state]) {
      const graded = await grader.grade(text, task2);
      const diagram = graded.criteria.filter((c) => c.kind !== 'prose');
      expect(diagram[0]?.id).toBe('diagram');
      expect(diagram[0]?.verdict, text).toBe('pass');
      expect(new Set(diagram.slice(1).map((c) => c.verdict)), text).toEqual(new Set(['review']));
      expect(diagram[1]?.message).toContain('not this kind');
      expect(diagram[1]?.message).not.toContain('image');
    }
  });

  it('a flowchart beside a kind the grader does not read is graded as usual', async () => {
    const v = await diagramVerdicts(
      '```mermaid\nmindmap\n  root((Design))\n```\n\n```mermaid\nflowchart LR\n  U[User] --> LB[HAProxy]\n```\n',
    );
    expect(v).toContain('pass');
    expect(v).toContain('fail');
    expect(v).not.toContain('review');
  });

  it('prose alone fails the diagram criteria', async () => {
    const v = await diagramVerdicts('# Design\n\nThree servers behind a load balancer.\n');
    expect(new Set(v)).toEqual(new Set(['fail']));
  });
});
