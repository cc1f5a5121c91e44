// Monitoring on seed 000: agents scrape their app servers and ship to the service, which alerts and notices silence.
import { describe, expect, it } from 'vitest';
import { parseScenario, type ScenarioInput } from '../../../src/engine/simulate/scenario-schema.ts';
import { simulate } from '../../../src/engine/simulate/simulator.ts';
import { SEEDS, seedModel } from './sim-fixtures.ts';

async function log(input: ScenarioInput): Promise<string[]> {
  const r = simulate(await seedModel(SEEDS.pair), parseScenario({ duration: 60, ...input }));
  return r.events.map((e) => `${e.t.toFixed(1)} ${e.text}`);
}

describe('monitoring', () => {
  it('alerts when a watched server stops answering, and resolves when it is back', async () => {
    const lines = await log({ failures: [{ action: 'kill', at: 10, target: 'APP1', until: 30 }] });
    expect(lines).toContain("13.3 alert: APP1 is down (M1's scrape gets no answer)");
    expect(lines).toContain('33.3 resolved: APP1 is down');
  });

  it('alerts on latency and QPS thresholds', async () => {
    const lines = await log({
      monitoring: { alerts: { qps: 50, latency: 0.05 } },
      failures: [{ action: 'overload', at: 20, target: 'APP2', factor: 10 }],
    });
    expect(lines.some((l) => /alert: APP1 QPS \d+ above 50$/.test(l))).toBe(true);
    expect(lines.some((l) => /alert: APP2 latency \d+ ms above 50 ms$/.test(l))).toBe(true);
  });

  it('alerts on the error rate of the server that answers with the errors', async () => {
    // Writes fail at APP1 and APP2 once the primary is gone (about 14 % of what they serve).
    const lines = await log({
      database: { promotionDelay: null },
      failures: [{ action: 'kill', at: 10, target: 'DB1' }],
    });
    expect(
      lines.some((l) => /^(13|23)\.3 alert: APP1 error rate \d+\.\d% above 5\.0%$/.test(l)),
    ).toBe(true);
    expect(lines.some((l) => / alert: APP2 error rate /.test(l))).toBe(true);
  });

  it('notices a silent agent and an unreachable monitoring service', async () => {
    const lines = await log({
      failures: [
        { action: 'kill', at: 10, target: 'M1' },
        { action: 'kill', at: 30, target: 'MS' },
      ],
    });
    expect(lines).toContain('23.3 alert: no data from M1 for 20 s');
    expect(lines.some((l) => / M2 cannot ship metrics to MS$/.test(l))).toBe(true);
  });
});
