// HTTP health checks (`option httpchk GET /health`) on the task-1 lesson design: a dead application server takes its web server out.
import { describe, expect, it } from 'vitest';
import { parseScenario, type ScenarioInput } from '../../../src/engine/simulate/scenario-schema.ts';
import { simulate } from '../../../src/engine/simulate/simulator.ts';
import { lessonModel } from './lesson-design.ts';
import { availabilityBetween } from './sim-fixtures.ts';

const KILL_AT = 20;
/** fall 3 x inter 2 s: the last moment the third failed check can come. */
const DETECT = 3 * 2;

async function run(input: ScenarioInput) {
  return simulate(await lessonModel(), parseScenario({ duration: 60, ...input }));
}

const when = (events: readonly { t: number; text: string }[], text: RegExp) =>
  events.find((e) => text.test(e.text))?.t;

describe('HTTP health checks', () => {
  it('take a web server whose application server died out of rotation after fall x inter', async () => {
    const r = await run({ failures: [{ action: 'kill', at: KILL_AT, target: 'APP1', until: 45 }] });
    const down =
      when(
        r.events,
        /^LB marks WEB1 DOWN after 3 failed checks \(GET \/health fails: its application is down\)$/,
      ) ?? 0;
    expect(down).toBeGreaterThan(KILL_AT + 2 * 2);
    expect(down).toBeLessThanOrEqual(KILL_AT + DETECT);
    // Dynamic requests reaching WEB1 fail until then; afterwards WEB2 answers everything.
    expect(availabilityBetween(r.series, KILL_AT + 0.5, KILL_AT + 4)).toBeLessThan(0.8);
    expect(availabilityBetween(r.series, KILL_AT + DETECT + 1, 45)).toBe(1);
    expect(r.series.qps.WEB1?.slice(KILL_AT + DETECT + 1, 45).every((q) => q === 0)).toBe(true);
    // Back in rotation two good checks after the application returns.
    const up = when(r.events, /^LB marks WEB1 UP after 2 good checks$/) ?? 0;
    expect(up).toBeGreaterThan(45);
    expect(up).toBeLessThanOrEqual(49);
    expect(availabilityBetween(r.series, 50, 60)).toBe(1);
  });

  it('leave it in rotation with TCP checks: its dynamic requests keep failing', async () => {
    const r = await run({
      loadBalancer: { check: { mode: 'tcp' } },
      failures: [{ action: 'kill', at: KILL_AT, target: 'APP1' }],
    });
    expect(r.events.some((e) => /marks WEB1 DOWN/.test(e.text))).toBe(false);
    const after = availabilityBetween(r.series, KILL_AT + DETECT + 1, 60);
    expect(after).toBeLessThan(0.8);
    expect(after).toBeGreaterThan(0.5);
    expect(r.summary.errors['no-backend']).toBeGreaterThan(1000);
  });

  it('still mark a dead web server DOWN in both modes, without blaming its application', async () => {
    for (const mode of ['http', 'tcp'] as const) {
      const r = await run({
        loadBalancer: { check: { mode } },
        failures: [{ action: 'kill', at: KILL_AT, target: 'WEB1' }],
      });
      expect(r.events.map((e) => e.text)).toContain('LB marks WEB1 DOWN after 3 failed checks');
      expect(availabilityBetween(r.series, KILL_AT + DETECT + 1, 60)).toBe(1);
    }
  });
});
