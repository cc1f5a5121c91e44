// Promotion of a database replica: manual by default (a `promote` timeline entry), automatic with promotionDelay.
import { describe, expect, it } from 'vitest';
import { parseScenario, type ScenarioInput } from '../../../src/engine/simulate/scenario-schema.ts';
import { simulate } from '../../../src/engine/simulate/simulator.ts';
import { UnknownTargetError } from '../../../src/engine/simulate/targets.ts';
import { lessonModel } from './lesson-design.ts';
import { availabilityBetween } from './sim-fixtures.ts';

const KILL = { action: 'kill', at: 10, target: 'DB1' } as const;

async function run(input: ScenarioInput) {
  return simulate(await lessonModel(), parseScenario({ duration: 60, ...input }));
}

const lines = (r: { events: readonly { t: number; text: string }[] }) =>
  r.events.map((e) => `${e.t.toFixed(1)} ${e.text}`);

/** Failed writes among those started in each second. */
const writeFailures = (r: Awaited<ReturnType<typeof run>>) =>
  r.series.byClass.write.requests.map((n, i) => n - (r.series.byClass.write.succeeded[i] ?? 0));

describe('database promotion', () => {
  it('is manual by default: writes fail from the kill until an operator promotes the replica', async () => {
    const r = await run({ failures: [KILL, { action: 'promote', at: 25, target: 'DB2' }] });
    expect(lines(r)).toContain(
      '10.0 DB1 (primary) is down: writes fail until it returns or an operator promotes a replica',
    );
    expect(lines(r)).toContain('25.0 an operator promotes DB2 to primary: writes succeed again');
    const failed = writeFailures(r);
    failed.forEach((n, second) => {
      if (second < 10 || second >= 25) expect(n, `second ${second}`).toBe(0);
    });
    expect(failed.slice(10, 25).every((n) => n > 0)).toBe(true);
    expect(availabilityBetween(r.series, 10, 25, 'write')).toBe(0);
    expect(availabilityBetween(r.series, 25, 60, 'write')).toBe(1);
    expect(availabilityBetween(r.series, 10, 60, 'read')).toBe(1);
  });

  it('without a promotion, writes fail to the end of the run', async () => {
    const r = await run({ failures: [KILL] });
    expect(availabilityBetween(r.series, 10, 60, 'write')).toBe(0);
    expect(r.events.some((e) => /promot(ed|es) .* to primary/.test(e.text))).toBe(false);
  });

  it('is automatic with promotionDelay (an orchestrator), as before', async () => {
    const r = await run({ database: { promotionDelay: 30 }, failures: [KILL] });
    expect(lines(r)).toContain(
      '10.0 DB1 (primary) is down: writes fail until a replica is promoted (in 30 s)',
    );
    expect(lines(r)).toContain('40.0 DB2 is promoted to primary: writes resume');
    expect(availabilityBetween(r.series, 11, 39, 'write')).toBe(0);
    expect(availabilityBetween(r.series, 40, 60, 'write')).toBe(1);
  });

  it('keeps writes on the promoted replica when the old primary returns', async () => {
    const r = await run({
      failures: [
        { ...KILL, until: 35 },
        { action: 'promote', at: 20, target: 'MySQL replica' },
      ],
    });
    expect(lines(r)).toContain('35.0 DB1 is back and rejoins as a replica of DB2');
    expect(availabilityBetween(r.series, 20, 60, 'write')).toBe(1);
  });

  it('does nothing, and says why, when the target cannot be promoted', async () => {
    const r = await run({
      failures: [
        { action: 'promote', at: 5, target: 'DB1' },
        { action: 'promote', at: 6, target: 'APP1' },
        { action: 'kill', at: 7, target: 'DB2' },
        { action: 'promote', at: 8, target: 'DB2' },
      ],
    });
    expect(lines(r)).toEqual(
      expect.arrayContaining([
        '5.0 an operator tries to promote DB1 to primary, but nothing happens: it is already the primary',
        '6.0 an operator tries to promote APP1 to primary, but nothing happens: it is not a database server',
        '8.0 an operator tries to promote DB2 to primary, but nothing happens: it is down',
      ]),
    );
    expect(availabilityBetween(r.series, 0, 60, 'write')).toBe(1);
  });

  it('switches over when the primary is alive: the old primary becomes a replica', async () => {
    const r = await run({ failures: [{ action: 'promote', at: 10, target: 'DB2' }] });
    expect(lines(r)).toContain(
      '10.0 an operator promotes DB2 to primary: writes go to it, DB1 becomes its replica',
    );
    expect(r.summary.availability).toBe(1);
  });

  it('rejects a name that is not in the diagram, as kill does', async () => {
    await expect(run({ failures: [{ action: 'promote', at: 5, target: 'DB9' }] })).rejects.toThrow(
      UnknownTargetError,
    );
  });
});
