// The lesson simulation's form into a scenario: times clamped, restarts after failures, knobs applied.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/engine/simulate/scenario-schema.ts';
import { readChoices, scenarioOf } from '../../src/islands/simulation-form.ts';

const base = parseScenario({ duration: 60 });
const choose = (fields: Record<string, string>) => readChoices((n) => fields[n] ?? null, base);

describe('lesson simulation form', () => {
  it('runs nothing special with an empty form', () => {
    const c = choose({ target: '', link: '' });
    expect(c).toMatchObject({ kill: null, cut: null, rate: 200, algorithm: null, lag: null });
    expect(scenarioOf(base, c)).toEqual({ ...base, traffic: { ...base.traffic, bursts: [] } });
  });

  it('kills with a restart, cuts a link with a heal, clamps times and ignores a restart before the failure', () => {
    const c = choose({
      target: 'LB1',
      at: '99',
      until: '',
      link: 'LB1|LB2',
      cutAt: '10',
      healAt: '30',
    });
    expect(c.kill).toEqual({ target: 'LB1', at: 59, until: null });
    expect(scenarioOf(base, c).failures).toEqual([
      { action: 'kill', at: 59, target: 'LB1' },
      { action: 'partition', at: 10, target: 'LB1', peer: 'LB2', until: 30 },
    ]);
    const back = choose({ target: 'W', at: '20', until: '40' });
    expect(scenarioOf(base, back).failures).toEqual([
      { action: 'kill', at: 20, target: 'W', until: 40 },
    ]);
    expect(choose({ target: 'W', at: '20', until: '5' }).kill?.until).toBeNull();
  });

  it('applies the rate, algorithm, lag, spike and port scan', () => {
    const c = choose({
      rate: '1500',
      algorithm: 'source',
      lag: '5',
      spike: 'on',
      scan: 'on',
      threshold: '300',
    });
    const s = scenarioOf(base, c);
    expect(s.traffic.rate).toBe(1500);
    expect(s.traffic.bursts).toEqual([{ at: 30, duration: 10, rate: 3000 }]);
    expect(s.loadBalancer.algorithm).toBe('source');
    expect(s.database.replicationLag).toEqual({ kind: 'exponential', mean: 5 });
    expect(s.attack.rate).toBe(50);
    expect(c.threshold).toBe(300);
    expect(choose({ algorithm: 'random' }).algorithm).toBeNull();
  });

  it('promotes the chosen database at its time (clamped to the run), or nobody', () => {
    expect(choose({}).promote).toBeNull();
    expect(scenarioOf(base, choose({ promote: 'DB2', promoteAt: '25' })).failures).toEqual([
      { action: 'promote', at: 25, target: 'DB2' },
    ]);
    expect(choose({ promote: 'DB2', promoteAt: '9999' }).promote).toEqual({
      target: 'DB2',
      at: base.duration - 1,
    });
    expect(choose({ promote: 'DB2' }).promote?.at).toBe(30);
  });
});
