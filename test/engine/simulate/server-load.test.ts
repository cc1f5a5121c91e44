// Per-server load behind the balancer (roundrobin, leastconn, source) and stale reads from lagging replicas.
import { describe, expect, it } from 'vitest';
import { parseScenario, type ScenarioInput } from '../../../src/engine/simulate/scenario-schema.ts';
import { simulate } from '../../../src/engine/simulate/simulator.ts';
import { lessonModel } from './lesson-design.ts';

async function run(input: ScenarioInput) {
  return simulate(await lessonModel(), parseScenario({ duration: 30, ...input }));
}

const total = (row: readonly number[] | undefined): number =>
  (row ?? []).reduce((a, x) => a + x, 0);

describe('per-server load', () => {
  it('is shared evenly by roundrobin and leastconn (within 10 %)', async () => {
    for (const algorithm of ['roundrobin', 'leastconn'] as const) {
      const r = await run({ loadBalancer: { algorithm } });
      const web1 = total(r.series.qps.WEB1);
      const web2 = total(r.series.qps.WEB2);
      expect(web1).toBeGreaterThan(0);
      expect(Math.abs(web1 - web2) / Math.max(web1, web2)).toBeLessThan(0.1);
    }
  });

  it('follows the clients with source: three clients cannot be split evenly over two servers', async () => {
    const r = await run({ traffic: { clients: 3 }, loadBalancer: { algorithm: 'source' } });
    const web1 = total(r.series.qps.WEB1);
    const web2 = total(r.series.qps.WEB2);
    expect(Math.min(web1, web2) / Math.max(web1, web2)).toBeLessThan(0.7);
  });

  it('has a series for every server behind the balancer, even one that got no request', async () => {
    const r = await run({ traffic: { clients: 1 }, loadBalancer: { algorithm: 'source' } });
    const rows = [r.series.qps.WEB1, r.series.qps.WEB2];
    for (const row of rows) expect(row).toHaveLength(r.series.time.length);
    expect(rows.map(total).filter((x) => x === 0)).toHaveLength(1);
  });
});

describe('stale reads', () => {
  it('grow with the replication lag, and the series adds up to the summary', async () => {
    const lag = (mean: number) =>
      run({ database: { replicationLag: { kind: 'exponential', mean } } });
    const small = await lag(0.1);
    const large = await lag(2);
    expect(small.summary.replicaReads).toBeGreaterThan(1000);
    expect(large.summary.staleReads).toBeGreaterThan(5 * small.summary.staleReads);
    for (const r of [small, large]) expect(total(r.series.staleReads)).toBe(r.summary.staleReads);
  });
});
