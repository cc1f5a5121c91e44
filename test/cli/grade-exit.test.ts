// `scaleup grade` as its own process ends once it has answered: the prose worker is stopped on success and on every error.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { corpusFileOf, corpusPath } from '../fixtures/shared.ts';
import { tempDir } from '../fixtures/temp-dirs.ts';
import { writeFileSync } from 'node:fs';

const SCRIPT = fileURLToPath(new URL('../../src/cli/scaleup.mjs', import.meta.url));

/** Runs the CLI with this test's Node; a process kept alive by its worker is killed after 60 s and fails here. */
function run(...args: string[]) {
  return spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', timeout: 60_000 });
}

describe('scaleup grade exits', () => {
  it('after grading, with its report', () => {
    const r = run('grade', corpusPath(corpusFileOf('062', '0')), '--format', 'csv');
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').length).toBeGreaterThan(2);
  });

  it('after an error found once the grader is loaded (an unknown task, an --out that is a file)', () => {
    const unknownTask = run('grade', corpusPath(corpusFileOf('062', '0')), '--task', '9');
    expect(unknownTask.signal).toBeNull();
    expect(unknownTask.status).toBe(2);
    const file = join(tempDir('exit'), 'a-file');
    writeFileSync(file, 'not a folder');
    const badOut = run('grade', corpusPath(corpusFileOf('062', '0')), '--out', file);
    expect(badOut.signal).toBeNull();
    expect(badOut.status).toBe(2);
  });
});
