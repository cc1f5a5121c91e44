// The simulator against queueing theory: M/M/1 and M/M/c within 2 % of Erlang C over long seeded runs; Little's law.
import { describe, expect, it } from 'vitest';
import { mmc } from '../../../src/engine/simulate/queueing-theory.ts';
import { parseScenario } from '../../../src/engine/simulate/scenario-schema.ts';
import { simulate } from '../../../src/engine/simulate/simulator.ts';
import { singleServer } from './sim-fixtures.ts';

/** One station, no network delay, no TLS, no client timeout, unlimited queue: a pure M/M/c queue. */
function run(servers: number, load: number, customers: number, seed: number) {
  const serviceRate = 10;
  const arrivalRate = load * servers * serviceRate;
  const scenario = parseScenario({
    seed,
    duration: customers / arrivalRate,
    traffic: { rate: arrivalRate, mix: { static: 0, read: 1, write: 0 }, timeout: 1e9 },
    network: { client: 0, internal: 0 },
    tls: { mode: 'none' },
    appServer: {
      workers: servers,
      queueLimit: 1e9,
      service: { kind: 'exponential', mean: 1 / serviceRate },
    },
  });
  return {
    result: simulate(singleServer(), scenario),
    analytic: mmc(servers, arrivalRate, serviceRate),
  };
}

describe('queueing validation', () => {
  it.each([
    { servers: 1, load: 0.7, seed: 1 },
    { servers: 1, load: 0.5, seed: 2 },
    { servers: 4, load: 0.75, seed: 3 },
    { servers: 16, load: 0.85, seed: 4 },
  ])(
    'M/M/$servers at load $load: mean response within 2 % of Erlang C',
    ({ servers, load, seed }) => {
      const { result, analytic } = run(servers, load, 1_000_000, seed);
      expect(result.summary.failed).toBe(0);
      const error = result.summary.mean / analytic.meanResponse - 1;
      // The figure the README reports.
      console.log(
        `M/M/${servers} at load ${load}: mean response ${(result.summary.mean * 1000).toFixed(2)} ms simulated, ` +
          `${(analytic.meanResponse * 1000).toFixed(2)} ms Erlang C (${(error * 100).toFixed(2)} %)`,
      );
      expect(Math.abs(error)).toBeLessThan(0.02);
    },
  );

  it("satisfies Little's law: L = lambda W (measured), and L near the analytic value", () => {
    const { result, analytic } = run(2, 0.8, 500_000, 9);
    const { meanInSystem, throughput, meanTimeInSystem } = result.stats;
    expect(Math.abs(meanInSystem / (throughput * meanTimeInSystem) - 1)).toBeLessThan(1e-9);
    expect(Math.abs(meanInSystem / analytic.meanInSystem - 1)).toBeLessThan(0.03);
  });
});
