// Health checks and VRRP on the seeds: DOWN after fall x inter, virtual IP moved after the master-down interval, fail-back.
import { describe, expect, it } from 'vitest';
import { parseScenario, type ScenarioInput } from '../../../src/engine/simulate/scenario-schema.ts';
import { simulate } from '../../../src/engine/simulate/simulator.ts';
import { availabilityBetween, SEEDS, seedModel } from './sim-fixtures.ts';

async function run(input: ScenarioInput) {
  return simulate(await seedModel(SEEDS.pair), parseScenario({ duration: 60, ...input }));
}

const when = (events: readonly { t: number; text: string }[], text: RegExp) =>
  events.find((e) => text.test(e.text))?.t;

describe('health checks', () => {
  it('marks a dead web server DOWN after 3 failed checks (inter 2 s) and UP after 2 good ones', async () => {
    const r = await run({ failures: [{ action: 'kill', at: 10, target: 'W1', until: 30 }] });
    const down = when(r.events, /^D1 marks W1 DOWN after 3 failed checks$/) ?? 0;
    expect(down).toBeGreaterThan(14);
    expect(down).toBeLessThanOrEqual(16);
    const up = when(r.events, /^D1 marks W1 UP after 2 good checks$/) ?? 0;
    expect(up).toBeGreaterThan(30);
    expect(up).toBeLessThanOrEqual(34);
    // Requests sent to W1 fail until it is marked DOWN; then none do.
    expect(availabilityBetween(r.series, 10, 14)).toBeLessThan(0.8);
    expect(availabilityBetween(r.series, 17, 60)).toBe(1);
    expect(r.summary.errors['node-down']).toBeGreaterThan(0);
  });

  it('loses almost nothing when HAProxy redispatches refused connections', async () => {
    const r = await run({
      loadBalancer: { redispatch: true },
      failures: [{ action: 'kill', at: 10, target: 'W1' }],
    });
    expect(r.summary.availability).toBeGreaterThan(0.995);
  });
});

describe('VRRP', () => {
  it('moves the virtual IP after 3 missed advertisements plus the skew (3.609 s at priority 100)', async () => {
    const r = await run({ failures: [{ action: 'kill', at: 10.5, target: 'D1' }] });
    // Last advertisement heard at 10.0, master down interval 3 x 1 + (256 - 100) / 256.
    expect(
      when(r.events, /^D2 missed 3 advertisements from D1; D2 takes the virtual IP$/),
    ).toBeCloseTo(13.609, 3);
    expect(availabilityBetween(r.series, 11, 13)).toBe(0);
    expect(availabilityBetween(r.series, 14, 60)).toBe(1);
  });

  it('fails back to the higher priority when it returns (preemption), or not without it', async () => {
    const failures = [{ action: 'kill' as const, at: 10, target: 'D1', until: 30 }];
    const back = await run({ failures });
    expect(
      when(back.events, /^D1 \(priority 101\) preempts D2 and takes the virtual IP back$/),
    ).toBeCloseTo(33.605, 2);
    expect(
      when(back.events, /^D2 hears D1 \(priority 101\) and steps down to backup$/),
    ).toBeCloseTo(33.605, 2);
    expect(back.series.qps.D1?.slice(35).every((q) => q > 0)).toBe(true);
    const stay = await run({ failures, loadBalancer: { pair: { preempt: false } } });
    expect(stay.events.some((e) => /preempts/.test(e.text))).toBe(false);
    expect(stay.series.qps.D1?.slice(35).every((q) => q === 0)).toBe(true);
  });

  it('shares traffic active-active and moves the dead member address to the other', async () => {
    const r = await run({
      loadBalancer: { pair: { mode: 'active-active' } },
      failures: [{ action: 'kill', at: 20, target: 'D2' }],
    });
    const d1 = r.series.qps.D1 ?? [];
    const d2 = r.series.qps.D2 ?? [];
    expect((d1[5] ?? 0) > 40 && (d2[5] ?? 0) > 40).toBe(true);
    expect(
      when(r.events, /^D1 missed 3 advertisements from D2; D1 takes the virtual IP$/),
    ).toBeGreaterThan(20);
    expect(availabilityBetween(r.series, 25, 60)).toBe(1);
  });

  it('splits the brain when the heartbeat link is cut, and heals (seed 002)', async () => {
    const model = await seedModel(SEEDS.ascii);
    const r = simulate(
      model,
      parseScenario({
        duration: 40,
        failures: [{ action: 'partition', at: 10, target: 'a3', peer: 'a4', until: 20 }],
      }),
    );
    expect(
      r.events.some((e) => /also claims the virtual IP \(split brain with a3\)/.test(e.text)),
    ).toBe(true);
    expect(
      r.events.some((e) => /a4 hears a3 \(priority 101\) and steps down to backup/.test(e.text)),
    ).toBe(true);
    expect(r.summary.availability).toBe(1);
  });
});
