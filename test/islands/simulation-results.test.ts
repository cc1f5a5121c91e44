// Figures beside a lesson run: load per server, the web tier's QPS, threshold crossings and stale reads.
import { describe, expect, it } from 'vitest';
import { simulationData } from '../../src/build/simulation-block.ts';
import { simulate } from '../../src/engine/simulate/simulator.ts';
import {
  crossings,
  crossingText,
  serverLoads,
  staleText,
  webTierQps,
} from '../../src/islands/simulation-results.ts';
import { ingestText } from '../../src/platform/node-ingest.ts';

describe('lesson simulation results', () => {
  it('finds the stretches above a threshold and says when the alert fires and resolves', () => {
    expect(crossings([1, 5, 6, 2, 7], 1, 4)).toEqual([
      { from: 1, to: 3 },
      { from: 4, to: null },
    ]);
    expect(crossingText([{ from: 30, to: 40 }], 300)).toEqual([
      'Above 300 requests/s from 30 s to 40 s: the alert fires at 30 s and resolves at 40 s.',
    ]);
    expect(crossingText([], 300)[0]).toMatch(/never went above 300 requests\/s/);
  });

  it('measures the load per web server, the web tier QPS with a spike, and stale reads', async () => {
    const data = simulationData(
      await ingestText(
        '```mermaid\nflowchart LR\n  U[User] --> LB[HAProxy]\n  LB --> W1[Nginx web server 1]\n  LB --> W2[Nginx web server 2]\n  W1 --> DB1[(MySQL primary)]\n  W2 --> DB1\n  W1 -->|reads| DB2[(MySQL replica)]\n  DB1 -->|replication| DB2\n```',
      ),
    );
    const result = simulate(data.model, {
      ...data.scenario,
      traffic: { ...data.scenario.traffic, bursts: [{ at: 30, duration: 10, rate: 400 }] },
      database: { ...data.scenario.database, replicationLag: { kind: 'exponential', mean: 5 } },
    });
    const loads = serverLoads(data.model, result, 60);
    expect(loads.map((l) => l.id)).toEqual(['W1', 'W2']);
    for (const l of loads) expect(l.rate).toBeGreaterThan(100);
    const qps = webTierQps(data.model, result, 60);
    expect(qps).toHaveLength(60);
    expect(crossings(qps, 1, 400)).toEqual([{ from: 30, to: 40 }]);
    expect(staleText(result, 5)).toMatch(
      /^Stale reads: [\d,]+ of [\d,]+ reads from replicas \(\d+\.\d %\) returned data older than the primary's, with a mean replication lag of 5 s\.$/,
    );
  });
});
