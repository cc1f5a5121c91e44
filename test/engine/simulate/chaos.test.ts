// The chaos report on seeds: pair members are not single points of failure; a lone balancer, firewalls, a primary are.
import { describe, expect, it } from 'vitest';
import { chaosReport } from '../../../src/engine/simulate/chaos.ts';
import { parseScenario } from '../../../src/engine/simulate/scenario-schema.ts';
import { SEEDS, seedModel, singleLbModel } from './sim-fixtures.ts';

describe('chaosReport', () => {
  it('finds the single points of failure of seed 000 by simulation', async () => {
    const report = chaosReport(await seedModel(SEEDS.pair), parseScenario({ duration: 40 }));
    expect(report).toMatchObject({ at: 10, from: 20, baseline: 1 });
    const entry = (target: string) => report.entries.find((e) => e.target === target);
    // HTTP health checks take a web server whose application server died out of rotation.
    for (const ok of ['D1', 'D2', 'W1', 'W2', 'APP1', 'APP2', 'DB2', 'M1', 'MS'])
      expect(entry(ok)?.breaks).toBe(false);
    expect(entry('C1')).toMatchObject({ availability: 0, breaks: true, causes: ['unreachable'] });
    expect(entry('DB1')).toMatchObject({ breaks: true, causes: ['no-primary'] });
    expect(entry('DB1')?.byClass.read).toBe(1);
    expect(entry('DB1')?.byClass.write).toBeLessThan(0.01);
    expect(report.spofs).toEqual(['B', 'C1', 'FW1', 'DB1']);
  });

  it('counts an application server as a single point of failure under TCP checks only', async () => {
    const report = chaosReport(
      await seedModel(SEEDS.pair),
      parseScenario({ duration: 40, loadBalancer: { check: { mode: 'tcp' } } }),
    );
    expect(report.spofs).toEqual(['B', 'C1', 'FW1', 'APP1', 'APP2', 'DB1']);
  });

  it('flags the only load balancer of a task-1 answer and a host holding the primary', async () => {
    const report = chaosReport(await singleLbModel(), parseScenario({ duration: 40 }));
    expect(report.entries.find((e) => e.target === 'HAProxy')).toMatchObject({
      availability: 0,
      breaks: true,
    });
    expect(report.entries.find((e) => e.target === 'Server1')).toMatchObject({
      kind: 'host',
      breaks: true,
    });
    expect(report.entries.find((e) => e.target === 'Server2')).toMatchObject({
      kind: 'host',
      breaks: false,
    });
  });

  it('measures over the end of a short run', async () => {
    const report = chaosReport(await seedModel(SEEDS.ascii), parseScenario({ duration: 8 }));
    expect(report.at).toBe(2);
    expect(report.from).toBe(6);
    // The internet (a2) is not a machine of the design: it is not failed.
    expect(report.spofs).toEqual(['a5', 'a6', 'a7']);
  });
});
