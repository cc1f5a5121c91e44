// Two builds of the course are byte-identical: a second build into another folder matches dist/ file for file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIST } from './dist.ts';
import { allFiles } from '../../src/site-checks/files.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function withoutTestEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_ENV;
  delete env.VITEST;
  delete env.TEST;
  return env;
}

describe('the build', () => {
  it('is deterministic: a second build gives the same bytes in every file', () => {
    const second = mkdtempSync(join(tmpdir(), 'scaleup-build-'));
    try {
      execFileSync(process.execPath, [join(ROOT, 'src/site-checks/build.ts'), '--outDir', second], {
        cwd: ROOT,
        stdio: 'pipe',
        // Vitest sets NODE_ENV=test, which changes what Vite bundles: build as `npm run build` does.
        env: { ...withoutTestEnv(), ASTRO_TELEMETRY_DISABLED: '1' },
      });
      const a = allFiles(DIST).map((f) => relative(DIST, f));
      const b = allFiles(second).map((f) => relative(second, f));
      expect(b).toEqual(a);
      const differing = a.filter(
        (f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(second, f))),
      );
      expect(differing).toEqual([]);
    } finally {
      rmSync(second, { recursive: true, force: true });
    }
  });
});
