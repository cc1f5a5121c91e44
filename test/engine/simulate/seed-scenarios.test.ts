// The scenarios on real designs: pair failover, a lone balancer, a dead primary, TLS ended at the balancer.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/engine/simulate/scenario-schema.ts';
import { simulate } from '../../../src/engine/simulate/simulator.ts';
import { availabilityBetween, SEEDS, seedModel, singleLbModel } from './sim-fixtures.ts';

const KILL_AT = 10;
/** VRRP master-down interval at priority 100 (3.609 s) and a second of margin. */
const FAILOVER = 4.7;

describe('seed scenarios', () => {
  it.each([
    { seed: SEEDS.pair, lb: 'D1' },
    { seed: SEEDS.pair, lb: 'D2' },
    { seed: SEEDS.clusterNode, lb: 'LB1' },
    { seed: SEEDS.ascii, lb: 'a3' },
    { seed: SEEDS.sequence, lb: 'd2.LB1' },
  ])(
    '$seed: killing $lb of the pair keeps availability above 99 % after the failover delay',
    async ({ seed, lb }) => {
      const r = simulate(
        await seedModel(seed),
        parseScenario({ duration: 60, failures: [{ action: 'kill', at: KILL_AT, target: lb }] }),
      );
      expect(availabilityBetween(r.series, 0, KILL_AT - 1)).toBeGreaterThan(0.99);
      expect(availabilityBetween(r.series, KILL_AT + FAILOVER, 60)).toBeGreaterThan(0.99);
    },
  );

  it('task 1 with one load balancer: killing it drops availability to 0', async () => {
    const r = simulate(
      await singleLbModel(),
      parseScenario({
        duration: 40,
        failures: [{ action: 'kill', at: KILL_AT, target: 'HAProxy' }],
      }),
    );
    expect(availabilityBetween(r.series, 0, KILL_AT - 1)).toBeGreaterThan(0.99);
    expect(availabilityBetween(r.series, KILL_AT + 1, 40)).toBe(0);
    expect(r.summary.errors['node-down']).toBe(r.summary.failed);
  });

  it('killing the primary fails writes while reads continue, until a replica is promoted', async () => {
    const model = await seedModel(SEEDS.clusterNode);
    const never = simulate(
      model,
      parseScenario({
        duration: 60,
        database: { promotionDelay: null },
        failures: [{ action: 'kill', at: KILL_AT, target: 'DB_Primary' }],
      }),
    );
    expect(availabilityBetween(never.series, KILL_AT + 1, 60, 'write')).toBe(0);
    expect(availabilityBetween(never.series, KILL_AT + 1, 60, 'read')).toBe(1);
    expect(availabilityBetween(never.series, KILL_AT + 1, 60, 'static')).toBe(1);
    // Writes in service at the primary when it died fail as killed; every later one finds no primary.
    expect(never.summary.errors['no-primary'] + never.summary.errors.killed).toBe(
      never.summary.failed,
    );
    const promoted = simulate(
      model,
      parseScenario({
        duration: 60,
        database: { promotionDelay: 20 },
        failures: [{ action: 'kill', at: KILL_AT, target: 'DB_Primary' }],
      }),
    );
    expect(promoted.events.map((e) => `${e.t.toFixed(1)} ${e.text}`)).toContain(
      '30.0 DB_Replica1 is promoted to primary: writes resume',
    );
    expect(availabilityBetween(promoted.series, 31, 60, 'write')).toBe(1);
  });

  it('TLS terminated at the load balancer leaves plaintext hops behind it (seed 000)', async () => {
    const r = simulate(await seedModel(SEEDS.pair), parseScenario({ duration: 5 }));
    expect(r.tls).toBe('terminate');
    const hop = (from: string, to: string) => r.hops.find((h) => h.from === from && h.to === to);
    expect(hop('A', 'C1')).toMatchObject({ protocol: 'https', encrypted: true });
    expect(hop('C1', 'D1')).toMatchObject({ protocol: 'https', encrypted: true });
    for (const [from, to] of [
      ['D1', 'FW1'],
      ['FW1', 'W1'],
      ['W1', 'APP1'],
      ['APP1', 'DB1'],
    ] as const) {
      expect(hop(from, to)?.encrypted).toBe(false);
    }
    const again = simulate(
      await seedModel(SEEDS.pair),
      parseScenario({ duration: 5, tls: { mode: 'reencrypt' } }),
    );
    expect(again.hops.find((h) => h.from === 'FW1' && h.to === 'W1')).toMatchObject({
      protocol: 'https',
      encrypted: true,
    });
    // The drawing of seed 003 marks the hops behind HAProxy as encrypted: re-encryption.
    const task2 = simulate(await seedModel(SEEDS.task2), parseScenario({ duration: 5 }));
    expect(task2.tls).toBe('reencrypt');
  });
});
