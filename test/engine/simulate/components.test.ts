// Firewalls, databases, stations and DNS on the seeds: rules and scans, stale reads, overload, timeouts, caching.
import { describe, expect, it } from 'vitest';
import { parseScenario, type ScenarioInput } from '../../../src/engine/simulate/scenario-schema.ts';
import { simulate } from '../../../src/engine/simulate/simulator.ts';
import { availabilityBetween, SEEDS, seedModel } from './sim-fixtures.ts';

async function run(seed: string, input: ScenarioInput) {
  return simulate(await seedModel(seed), parseScenario({ duration: 30, ...input }));
}

describe('firewalls', () => {
  it('drop scans at the edge firewall, and let them reach an entry no firewall guards', async () => {
    const guarded = await run(SEEDS.pair, { attack: { rate: 50 } });
    expect(guarded.summary.attack.sent).toBeGreaterThan(1000);
    expect(guarded.summary.attack.dropped).toBe(guarded.summary.attack.sent);
    const open = await run(SEEDS.ascii, { attack: { rate: 50 } });
    expect(open.summary.attack.reached).toBe(open.summary.attack.sent);
    // A scan of the web port is allowed through (it is the site's own port).
    const web = await run(SEEDS.pair, { attack: { rate: 50, ports: [443] } });
    expect(web.summary.attack.reached).toBe(web.summary.attack.sent);
  });

  it('drop drawn traffic their rules do not allow, counted as firewall errors', async () => {
    const r = await run(SEEDS.pair, { firewall: { nodes: { FW1: [{ port: 443 }] } } });
    expect(r.summary.availability).toBe(0);
    expect(r.summary.errors.firewall).toBe(r.summary.requests);
    const fixed = await run(SEEDS.pair, {
      firewall: { nodes: { FW1: [{ port: 80, from: 'internal' }] } },
    });
    expect(fixed.summary.availability).toBe(1);
  });
});

describe('databases', () => {
  it('count stale reads, more of them when a replica stops replicating', async () => {
    const base = await run(SEEDS.clusterNode, { traffic: { rate: 400, keys: 50 } });
    expect(base.summary.replicaReads).toBe(base.summary.byClass.read.succeeded);
    expect(base.summary.staleReads).toBeGreaterThan(0);
    const cut = await run(SEEDS.clusterNode, {
      traffic: { rate: 400, keys: 50 },
      failures: [{ action: 'partition', at: 5, target: 'DB_Primary', peer: 'DB_Replica1' }],
    });
    expect(cut.events.map((e) => e.text)).toContain(
      'DB_Replica1 stops replicating from DB_Primary: its reads grow stale',
    );
    expect(cut.summary.staleReads).toBeGreaterThan(2 * base.summary.staleReads);
  });

  it('take a returning old primary back as a replica of the promoted one', async () => {
    const r = await run(SEEDS.pair, {
      duration: 60,
      database: { promotionDelay: 10 },
      failures: [{ action: 'kill', at: 10, target: 'DB1', until: 40 }],
    });
    const log = r.events.map((e) => `${e.t.toFixed(1)} ${e.text}`);
    expect(log).toContain('20.0 DB2 is promoted to primary: writes resume');
    expect(log).toContain('40.0 DB1 is back and rejoins as a replica of DB2');
    expect(availabilityBetween(r.series, 21, 60, 'write')).toBe(1);
  });
});

describe('stations', () => {
  it('drop requests beyond the queue limit (overload) and give up after the client timeout', async () => {
    const small = await run(SEEDS.pair, { appServer: { workers: 1, queueLimit: 2 } });
    expect(small.summary.errors.overload).toBeGreaterThan(0);
    const slow = await run(SEEDS.pair, {
      traffic: { timeout: 0.5 },
      failures: [{ action: 'overload', at: 10, target: 'APP1', factor: 40 }],
    });
    expect(slow.events.map((e) => e.text)).toContain('APP1 slows down 40 times (overload)');
    expect(slow.summary.errors.timeout).toBeGreaterThan(0);
    expect(availabilityBetween(slow.series, 0, 9)).toBe(1);
  });

  it('fail requests in service or queued on a node that dies as killed', async () => {
    const r = await run(SEEDS.pair, {
      appServer: { service: { kind: 'constant', value: 0.5 } },
      failures: [{ action: 'kill', at: 10, target: 'APP1' }],
    });
    expect(r.summary.errors.killed).toBeGreaterThan(0);
  });
});

describe('clients', () => {
  it('send bursts on top of the Poisson rate', async () => {
    const r = await run(SEEDS.pair, {
      traffic: { rate: 100, bursts: [{ at: 10, duration: 5, rate: 400 }] },
    });
    const per = (from: number, to: number) =>
      r.series.requests.slice(from, to).reduce((a, b) => a + b, 0) / (to - from);
    expect(per(0, 10)).toBeGreaterThan(80);
    expect(per(0, 10)).toBeLessThan(120);
    expect(per(10, 15)).toBeGreaterThan(450);
    expect(per(16, 30)).toBeLessThan(120);
  });
});

describe('DNS', () => {
  it('only hurts clients with no cached answer', async () => {
    // 50 clients at 200 requests/s have all resolved the name before the DNS server dies (TTL 300 s).
    const cached = await run(SEEDS.pair, {
      traffic: { clients: 50 },
      failures: [{ action: 'kill', at: 10, target: 'B' }],
    });
    expect(cached.summary.availability).toBeGreaterThan(0.99);
    // 1,000 clients: those that had not come yet fail.
    const newcomers = await run(SEEDS.pair, {
      failures: [{ action: 'kill', at: 10, target: 'B' }],
    });
    expect(newcomers.summary.errors.dns).toBeGreaterThan(0);
    const uncached = await run(SEEDS.pair, {
      dns: { ttl: 0 },
      failures: [{ action: 'kill', at: 10, target: 'B' }],
    });
    expect(availabilityBetween(uncached.series, 10, 30)).toBe(0);
    expect(uncached.summary.errors.dns).toBe(uncached.summary.failed);
  });
});
