// `scaleup simulate`: the summary, event log and charts of a seed, the JSON shape, chaos, and clear errors.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusPath, SEEDS_DIR } from '../fixtures/shared.ts';
import { runCli } from './run-cli.ts';
import { tempDir } from '../fixtures/temp-dirs.ts';

const SEED_000 = join(SEEDS_DIR, '000_86d5370982dc8fac.txt');
const SEED_002 = join(SEEDS_DIR, '002_bf884ae1f02eb0be.txt');

describe('scaleup simulate', () => {
  it('prints the summary, the event log in words and small charts', async () => {
    const run = await runCli('simulate', SEED_000, '--fail', 'D1@10', '--seconds', '30');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('30 s at 200 requests/s, seed 1');
    expect(run.stdout).toMatch(/availability \d+\.\d+ %/);
    expect(run.stdout).toContain('     10.0 s  D1 fails');
    expect(run.stdout).toContain(
      '     12.6 s  D2 missed 3 advertisements from D1; D2 takes the virtual IP',
    );
    expect(run.stdout).toContain('TLS terminated at the load balancer');
    expect(run.stdout).toMatch(/Plaintext hops \(\d+ of \d+\)\n {2}D1 -> FW1/);
    expect(run.stdout).toMatch(/ {2}QPS D2 +[ ▁▂▃▄▅▆▇█]+ {2}max \d+\/s/);
  });

  it('prints the documented JSON, with chaos entries when asked', async () => {
    const run = await runCli(
      'simulate',
      SEED_002,
      '--seconds',
      '20',
      '--rate',
      '50',
      '--fail',
      'a3@5',
      '--json',
      '--chaos',
    );
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as Record<string, unknown> & {
      summary: Record<string, unknown>;
      events: { t: number; text: string }[];
      chaos: { target: string; breaks: boolean }[];
      spofs: string[];
    };
    expect(Object.keys(json.summary).slice(0, 6)).toEqual([
      'requests',
      'succeeded',
      'failed',
      'availability',
      'p50',
      'p99',
    ]);
    expect(json.summary.latencyUnit).toBe('ms');
    expect(json.events[0]).toEqual({ t: 5, text: 'a3 fails' });
    expect(json.events[1]?.text).toBe(
      'a4 missed 3 advertisements from a3; a4 takes the virtual IP',
    );
    expect(Object.keys(json.series as object)).toEqual(
      expect.arrayContaining(['time', 'availability', 'p50', 'p99', 'qps', 'errors']),
    );
    expect(json.chaos.map((c) => c.target)).toEqual(['a3', 'a4', 'a5', 'a6', 'a7']);
    expect(json.spofs).toEqual(['a5', 'a6', 'a7']);
  });

  it('finds a node by its exact label, and gives the same output for the same seed', async () => {
    const a = await runCli(
      'simulate',
      SEED_000,
      '--seconds',
      '10',
      '--fail',
      'MySQL Primary DB@2-6',
      '--seed',
      '7',
    );
    expect(a.stdout).toContain('      2.0 s  DB1 fails');
    const b = await runCli(
      'simulate',
      SEED_000,
      '--seconds',
      '10',
      '--fail',
      'MySQL Primary DB@2-6',
      '--seed',
      '7',
    );
    expect(b.stdout).toBe(a.stdout);
    const c = await runCli(
      'simulate',
      SEED_000,
      '--seconds',
      '10',
      '--fail',
      'MySQL Primary DB@2-6',
      '--seed',
      '8',
    );
    expect(c.stdout).not.toBe(a.stdout);
  });

  it('promotes a replica by hand with --promote (no automatic promotion by default)', async () => {
    const args = ['simulate', SEED_000, '--seconds', '20', '--fail', 'DB1@4'] as const;
    const manual = await runCli(...args, '--promote', 'DB2@8');
    expect(manual.code).toBe(0);
    expect(manual.stdout).toContain(
      '      4.0 s  DB1 (primary) is down: writes fail until it returns or an operator promotes a replica',
    );
    expect(manual.stdout).toContain(
      '      8.0 s  an operator promotes DB2 to primary: writes succeed again',
    );
    const none = await runCli(...args);
    expect(none.stdout).not.toContain('promotes DB2');
    const bad = await runCli(...args, '--promote', 'DB2');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--promote expects NODE@TIME');
  });

  it('reads a scenario file, with the command line on top', async () => {
    const dir = tempDir('sim');
    const file = join(dir, 'scenario.yaml');
    writeFileSync(
      file,
      'duration: 8\ntraffic:\n  rate: 20\nloadBalancer:\n  algorithm: leastconn\n',
    );
    const run = await runCli('simulate', SEED_002, '--scenario', file, '--rate', '40', '--json');
    const json = JSON.parse(run.stdout) as { scenario: { seconds: number; rate: number } };
    expect(json.scenario).toMatchObject({ seconds: 8, rate: 40 });
    writeFileSync(file, 'duration: 8\ntraffic:\n  rat: 20\n');
    const bad = await runCli('simulate', SEED_002, '--scenario', file);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${file}:3: traffic.rat: unknown field "rat"`);
  });

  it('says what is wrong with the command line or the file', async () => {
    const unknown = await runCli('simulate', SEED_002, '--fail', 'nope@3');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no node "nope" in the diagram (ids: a3, a4, a5, a6, a7)');
    const format = await runCli('simulate', SEED_002, '--fail', 'a3');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--fail expects NODE@TIME or NODE@START-END');
    const seconds = await runCli('simulate', SEED_002, '--seconds', '-1');
    expect(seconds.code).toBe(2);
    const missing = await runCli('simulate', join(SEEDS_DIR, 'missing.txt'));
    expect(missing.code).toBe(1);
    const noDiagram = await runCli(
      'simulate',
      corpusPath('files/1/044_13635-hubZahra__1-distributed_web_infrastructure'),
    );
    expect(noDiagram.code).toBe(1);
    expect(noDiagram.stderr).toContain('cannot simulate: the submission has no readable diagram');
  });
});
