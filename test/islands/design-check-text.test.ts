// What the design checker says: the score, each criterion with its verdict in words, Mermaid's errors at their lines.
import { describe, expect, it } from 'vitest';
import { checkDesign } from '../../src/islands/design-check-grade.ts';
import {
  criterionItem,
  errorItem,
  feedbackItems,
  scoreSentence,
} from '../../src/islands/design-check-text.ts';
import { nodeMermaidParser } from '../../src/platform/node-ingest.ts';
import { pageData } from './design-check-fixture.ts';
import { TASK1_CORE } from '../fixtures/designs.ts';

const data = pageData('1-distributed_web_infrastructure');

describe('design checker text', () => {
  it('says the score and each criterion in the rubric’s order, its verdict as a word first', async () => {
    const { ingest, graded } = await checkDesign(TASK1_CORE, data, nodeMermaidParser());
    expect(scoreSentence(graded)).toMatch(
      /^Score \d+\/\d+: \d+ passed, \d+ failed, \d+ to review\.$/,
    );
    const items = feedbackItems(graded, ingest.errors, ingest.repairs);
    expect(items.map((i) => i.kind)).toEqual([
      ...graded.criteria.map((c) => c.verdict),
      ...graded.findings.map(() => 'advice'),
    ]);
    const lb = items.find((i) => i.heading.includes('Load balancer in front of the servers'));
    expect(lb?.heading).toBe('Pass: Load balancer in front of the servers (2/2 points)');
    expect(lb?.line).toBe(2);
    const replication = items.find((i) => i.heading.includes('Primary and replica'));
    expect(replication?.heading).toMatch(
      /^Fail: Primary and replica with replication \(0\/\d+ points\)$/,
    );
    expect(items.some((i) => i.kind === 'advice' && /single point of failure/i.test(i.body))).toBe(
      true,
    );
  });

  it('points a syntax error at the line of the learner’s text, first in the list', async () => {
    const broken = TASK1_CORE.replace('  LB --> W2[Nginx web server 2]', '  LB --> --> W2');
    const { ingest, graded } = await checkDesign(broken, data, nodeMermaidParser());
    const [first] = feedbackItems(graded, ingest.errors, ingest.repairs);
    expect(first?.kind).toBe('error');
    expect(first?.line).toBe(4);
    expect(first?.heading).toBe('Line 4, column 10: Mermaid syntax error');
    expect(first?.body).toMatch(
      /^Mermaid cannot parse this line: .*near '--> '\. Nothing of this diagram/,
    );
    const repaired = await checkDesign(
      TASK1_CORE.replace('Nginx web server 2', 'Nginx web server (2)'),
      data,
      nodeMermaidParser(),
    );
    const error = repaired.ingest.errors[0];
    expect(error && errorItem(error).body).toMatch(/read the diagram after repairing it/);
  });

  it('adds the review note to a criterion a person will review', () => {
    const item = criterionItem({
      id: 'diagram',
      title: 'A diagram the grader can read',
      kind: 'diagram',
      verdict: 'review',
      points: 0,
      maxPoints: 1,
      message: 'Your diagram is only an image link.',
      evidence: { lines: [3], nodes: [], quotes: [] },
    });
    expect(item.heading).toBe('To review: A diagram the grader can read (0/1 points)');
    expect(item.body).toMatch(
      /^Your diagram is only an image link\. A person will review this.*Evidence: line 3\.$/,
    );
  });
});
