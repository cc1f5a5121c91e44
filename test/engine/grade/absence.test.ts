// With no diagram to read, the grader fails only when nothing was drawn; an image or a placeholder link goes to review.
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

  it('prose alone fails the diagram criteria', async () => {
    const v = await diagramVerdicts('# Design\n\nThree servers behind a load balancer.\n');
    expect(new Set(v)).toEqual(new Set(['fail']));
  });
});
