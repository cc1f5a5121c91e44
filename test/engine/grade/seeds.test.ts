// Each seed graded with the verdicts its content deserves, with evidence at the right lines and the findings it earns.
import { describe, expect, it } from 'vitest';
import type { Graded } from '../../../src/engine/grade/grade.ts';
import { createNodeGrader } from '../../../src/platform/node-grader.ts';
import { readSeed, seedNames, seedLabels } from '../../fixtures/shared.ts';

const grader = createNodeGrader();

async function grade(prefix: string, task: string): Promise<Graded> {
  const file = seedNames().find((f) => f.startsWith(prefix)) ?? '';
  const rubric = grader.rubrics.find((r) => r.rubric.task === task);
  if (!rubric) throw new Error(`no rubric ${task}`);
  return grader.grade(readSeed(file), rubric);
}

const verdicts = (g: Graded) => Object.fromEntries(g.criteria.map((c) => [c.id, c.verdict]));
const ALL_PASS_3 = {
  diagram: 'pass',
  's3.lb-cluster': 'pass',
  's3.web-tier': 'pass',
  's3.app-tier': 'pass',
  's3.db-tier': 'pass',
  's3.flow': 'pass',
  's3.explain.why-elements': 'pass',
  's3.explain.web-vs-app': 'pass',
};

describe('the seeds', () => {
  it('000 passes every task-3 criterion; its lone replica and its firewalls are flagged as advice', async () => {
    const g = await grade('000_', '3');
    expect(verdicts(g)).toEqual(ALL_PASS_3);
    expect(g.criteria.find((c) => c.id === 's3.lb-cluster')?.evidence.lines).toEqual([59, 60]);
    expect(g.findings.map((f) => f.id)).toContain('replica-without-replication');
    expect(
      g.findings.filter((f) => f.id === 'single-point-of-failure').map((f) => f.evidence.nodes[0]),
    ).toEqual(['C1', 'FW1']);
  });

  it('001 passes: the cluster is the subgraph holding HAProxy 1 and 2; plaintext behind the cluster is flagged', async () => {
    const g = await grade('001_', '3');
    expect(verdicts(g)).toEqual(ALL_PASS_3);
    expect(g.criteria.find((c) => c.id === 's3.lb-cluster')?.evidence.nodes).toEqual([
      'LB1',
      'LB2',
    ]);
    expect(g.findings.map((f) => f.id)).toContain('plaintext-after-tls');
  });

  it('002 (ASCII) passes: the HAProxy pair is linked for failover', async () => {
    const g = await grade('002_', '3');
    expect(verdicts(g)).toEqual(ALL_PASS_3);
  });

  it('003 passes task 2 except the monitoring: two clients on one server, no service receiving them', async () => {
    const g = await grade('003_', '2');
    const v = verdicts(g);
    expect(v).toMatchObject({
      's2.firewalls': 'pass',
      's2.https': 'pass',
      's2.monitoring-clients': 'fail',
      's2.monitoring-service': 'fail',
    });
    expect(
      Object.entries(v)
        .filter(([, x]) => x !== 'pass')
        .map(([id]) => id),
    ).toEqual(['s2.monitoring-clients', 's2.monitoring-service']);
    expect(g.score).toBe(g.maxScore - 2);
    const clients = g.criteria.find((c) => c.id === 's2.monitoring-clients');
    expect(clients?.evidence.lines).toEqual([29, 30]);
    expect(clients?.message).toMatch(/Only 2 monitoring clients found; 3 expected/);
  });

  it('004 passes, read from its repaired flowchart rather than its sequence diagram', async () => {
    const g = await grade('004_', '3');
    expect(verdicts(g)).toEqual(ALL_PASS_3);
    expect(g.criteria.find((c) => c.id === 's3.lb-cluster')?.evidence.lines).toEqual([152, 153]);
  });

  it('agree with the expert labels of seeds/labels.json', async () => {
    for (const [id, label] of Object.entries(seedLabels())) {
      const g = await grade(id.slice(0, 4), label.task);
      expect(verdicts(g)).toEqual(label.verdicts);
    }
  });
});
