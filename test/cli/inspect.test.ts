// `scaleup inspect`: what the engine read, as text and as JSON, and clear errors on bad input.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../fixtures/shared.ts';
import { runCli } from './run-cli.ts';
import { tempDir } from '../fixtures/temp-dirs.ts';

const SEED_004 = join(SEEDS_DIR, '004_ba5ac2802213255c.txt');

describe('scaleup inspect', () => {
  it('prints the JSON shape documented in the README', async () => {
    const run = await runCli('inspect', SEED_004, '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as Record<string, unknown[]>;
    expect(Object.keys(json)).toEqual([
      'diagrams',
      'repairs',
      'nodes',
      'edges',
      'groups',
      'hosts',
      'images',
      'sections',
      'errors',
    ]);
    expect(json.diagrams).toHaveLength(2);
    expect(json.nodes?.[0]).toEqual({
      id: 'User',
      label: 'User',
      kind: 'user',
      role: null,
      host: null,
      line: expect.any(Number),
    });
    expect(Object.keys(json.edges?.[0] as object)).toEqual([
      'from',
      'to',
      'label',
      'protocol',
      'encrypted',
      'line',
    ]);
    expect(json.errors).toEqual([expect.objectContaining({ line: 163, repaired: true })]);
    expect(json.repairs).toEqual([expect.objectContaining({ line: 163 })]);
    expect(json.images?.length).toBeGreaterThan(0);
  });

  it('prints diagrams, repairs and nodes by kind as text', async () => {
    const run = await runCli('inspect', SEED_004);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('#2 flowchart (mermaid) at line 150');
    expect(run.stdout).toMatch(/Repairs \(1\)\n {2}line 163: quoted the label of DB/);
    expect(run.stdout).toMatch(/ {2}load-balancer \(\d+\)/);
  });

  it('refuses a binary file with its reason, and a missing file', async () => {
    const dir = tempDir('tmp');
    writeFileSync(join(dir, 'x.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    expect(await runCli('inspect', join(dir, 'x.png'))).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('binary'),
    });
    expect(await runCli('inspect', join(dir, 'nope.md'))).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('cannot read'),
    });
  });

  it('fails loudly on a usage mistake', async () => {
    expect(await runCli('inspect')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('exactly one FILE'),
    });
    expect(await runCli('inspect', SEED_004, '--jsno')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--jsno'),
    });
    expect(await runCli('inpsect', SEED_004)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown command'),
    });
  });
});
