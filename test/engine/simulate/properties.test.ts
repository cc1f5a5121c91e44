// Properties over random scenarios: every request ends once, time never goes back, same seed same run, other seed other run.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CAUSES } from '../../../src/engine/simulate/codes.ts';
import type { SimModel } from '../../../src/engine/simulate/model.ts';
import { parseScenario, type ScenarioInput } from '../../../src/engine/simulate/scenario-schema.ts';
import { simulate } from '../../../src/engine/simulate/simulator.ts';
import { SEEDS, seedModel, singleLbModel } from './sim-fixtures.ts';

let models: SimModel[] = [];

beforeAll(async () => {
  models = [...(await Promise.all(Object.values(SEEDS).map(seedModel))), await singleLbModel()];
});

/** A random scenario for a model: load, limits, algorithm, TLS, and failures of its own units and links. */
function scenarioArb(model: SimModel): fc.Arbitrary<ScenarioInput> {
  const units = model.units.map((u) => u.name);
  const keys = [...new Set(model.links.flatMap((l) => l.segments.map((s) => s.key)))];
  const failure = fc.oneof(
    fc.record({
      action: fc.constant('kill' as const),
      at: fc.double({ min: 0, max: 12, noNaN: true }),
      target: fc.constantFrom(...units),
      until: fc.option(fc.double({ min: 12, max: 20, noNaN: true }), { nil: undefined }),
    }),
    fc.record({
      action: fc.constant('overload' as const),
      at: fc.double({ min: 0, max: 12, noNaN: true }),
      target: fc.constantFrom(...units),
      factor: fc.double({ min: 1, max: 50, noNaN: true }),
    }),
    ...(keys.length > 0
      ? [
          fc.constantFrom(...keys).chain((k) => {
            const [a = '', b = ''] = k.split('|');
            return fc.record({
              action: fc.constant('partition' as const),
              at: fc.double({ min: 0, max: 12, noNaN: true }),
              target: fc.constant(a),
              peer: fc.constant(b),
            });
          }),
        ]
      : []),
  );
  return fc.record({
    seed: fc.integer({ min: 0, max: 1000 }),
    duration: fc.integer({ min: 5, max: 20 }),
    trace: fc.constant(15),
    traffic: fc.record({
      rate: fc.integer({ min: 5, max: 400 }),
      timeout: fc.double({ min: 0.05, max: 10, noNaN: true }),
    }),
    appServer: fc.record({
      workers: fc.integer({ min: 1, max: 8 }),
      queueLimit: fc.integer({ min: 0, max: 20 }),
    }),
    loadBalancer: fc.record({
      algorithm: fc.constantFrom('roundrobin' as const, 'leastconn' as const, 'source' as const),
      redispatch: fc.boolean(),
    }),
    tls: fc.record({
      mode: fc.constantFrom(
        'auto' as const,
        'none' as const,
        'reencrypt' as const,
        'passthrough' as const,
      ),
    }),
    attack: fc.record({ rate: fc.constantFrom(0, 20) }),
    failures: fc.array(failure, { maxLength: 4 }),
  });
}

const cases = fc
  .integer({ min: 0, max: 5 })
  .chain((i) => fc.tuple(fc.constant(i), scenarioArb(models[i] as SimModel)));

describe('simulator properties', () => {
  it('ends every request exactly once (succeeded or failed with a cause) and never goes back in time', () => {
    fc.assert(
      fc.property(cases, ([i, input]) => {
        let last = 0;
        let backwards = false;
        const r = simulate(models[i] as SimModel, parseScenario(input), {
          observe: (t) => {
            if (t < last) backwards = true;
            last = t;
          },
        });
        expect(backwards).toBe(false);
        expect(r.stats.monotonic).toBe(true);
        expect(r.stats.inFlight).toBe(0);
        expect(r.stats.ended).toBe(r.stats.created);
        expect(r.summary.requests).toBe(r.stats.created);
        expect(r.summary.succeeded + r.summary.failed).toBe(r.summary.requests);
        expect(CAUSES.reduce((sum, c) => sum + r.summary.errors[c], 0)).toBe(r.summary.failed);
        for (const trace of r.traces) {
          const endings = trace.steps.filter(
            (s) => s.what === 'response received' || s.what.startsWith('fails:'),
          );
          expect(endings).toHaveLength(1);
          expect(trace.steps.at(-1)).toBe(endings[0]);
          trace.steps.forEach((s, k) =>
            expect(s.t).toBeGreaterThanOrEqual(trace.steps[k - 1]?.t ?? 0),
          );
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same run for the same seed and another run for another seed', () => {
    fc.assert(
      fc.property(cases, ([i, input]) => {
        const model = models[i] as SimModel;
        const a = simulate(model, parseScenario(input));
        const b = simulate(model, parseScenario(input));
        expect(b).toEqual(a);
        const other = simulate(model, parseScenario({ ...input, seed: (input.seed ?? 0) + 1 }));
        if (a.summary.requests > 20)
          expect(JSON.stringify(other.series)).not.toBe(JSON.stringify(a.series));
      }),
      { numRuns: 30 },
    );
  });
});
