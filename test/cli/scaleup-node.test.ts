// scaleup.mjs on a Node too old to load TypeScript: one clear line and exit 1, never ERR_UNKNOWN_FILE_EXTENSION.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../src/cli/scaleup.mjs', import.meta.url));

function versionOf(node: string): [number, number] | null {
  try {
    const v = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, '');
    const [major = 0, minor = 0] = v.split('.').map(Number);
    return [major, minor];
  } catch {
    return null;
  }
}

/** A Node older than 22.12 on this machine (the system node is often 20), or null. */
function oldNode(): string | null {
  let listed: string[];
  try {
    listed = execFileSync('which', ['-a', 'node'], { encoding: 'utf8' }).split('\n');
  } catch {
    listed = [];
  }
  for (const node of ['/usr/bin/node', '/usr/local/bin/node', ...listed]) {
    if (node === '' || !existsSync(node)) continue;
    const v = versionOf(node);
    if (v && (v[0] < 22 || (v[0] === 22 && v[1] < 12))) return node;
  }
  return null;
}

const OLD = oldNode();

describe('scaleup.mjs on an old Node', () => {
  // Skipped only when no Node older than 22.12 is installed: then there is nothing to run it with.
  it.skipIf(OLD === null)('prints one line naming the versions and npm exec, exits 1', () => {
    const run = spawnSync(OLD ?? 'node', [SCRIPT, 'grade', 'class/'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^scaleup needs Node >= 22\.12 \(this is Node \d+\.\d+\.\d+\); run it through npm: npm exec scaleup -- /,
    );
    expect(run.stderr).not.toContain('ERR_UNKNOWN_FILE_EXTENSION');
  });

  it('still runs on the Node npm provides', () => {
    const run = spawnSync(process.execPath, [SCRIPT, '--help'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: scaleup');
  });
});
