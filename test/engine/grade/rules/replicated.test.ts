// Rule `replicated` (s1.replication): the link may leave or reach the server box of a database it alone runs on.
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeGrader } from '../../../../src/platform/node-grader.ts';
import { criterion, mermaid } from './criterion.ts';

const grader = createNodeGrader();
afterAll(() => grader.close());

async function replication(lines: string[]): Promise<string> {
  return (await criterion(grader, '1', mermaid(lines), 's1.replication')).verdict;
}

const S1 = ['  subgraph S1 [Server 1]', '    P[(MySQL primary)]', '  end'];
const S2 = ['  subgraph S2 [Server 2]', '    R[(MySQL replica)]', '  end'];

describe('replication between server boxes', () => {
  it('passes an arrow from the primary’s server box to the replica’s', async () => {
    expect(await replication([...S1, ...S2, '  S1 --> S2'])).toBe('pass');
    expect(await replication([...S1, ...S2, '  P --> S2'])).toBe('pass');
  });

  it('fails the arrow drawn from the replica’s box, or from a box running two databases', async () => {
    expect(await replication([...S1, ...S2, '  S2 --> S1'])).toBe('fail');
    const two = [
      '  subgraph S1 [Server 1]',
      '    P[(MySQL primary)]',
      '    X[(PostgreSQL)]',
      '  end',
    ];
    expect(await replication([...two, ...S2, '  S1 --> S2'])).toBe('fail');
  });
});

describe('the advice agrees with the criterion', () => {
  async function replicaAdvice(lines: string[]): Promise<boolean> {
    const rubric = grader.rubrics.find((r) => r.rubric.task === '1');
    if (!rubric) throw new Error('no rubric for task 1');
    const graded = await grader.grade(mermaid(lines), rubric);
    return graded.findings.some((f) => f.id === 'replica-without-replication');
  }

  it('says nothing replicates only when no database or one-database box links to the replica', async () => {
    expect(await replicaAdvice([...S1, ...S2, '  S1 --> S2'])).toBe(false);
    expect(await replicaAdvice([...S1, ...S2, '  P --> R'])).toBe(false);
    expect(await replicaAdvice([...S1, ...S2, '  W[Web server] --> S1', '  W --> S2'])).toBe(true);
  });
});
