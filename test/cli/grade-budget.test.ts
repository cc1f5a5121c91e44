// `scaleup grade` and `scaleup check` refuse a file over the complexity budget as a not-gradable row; the rest of the class is graded.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPLEXITY_LIMITS as LIMITS } from '../../src/engine/ingest/complexity-limits.ts';
import { nestedSubgraphs } from '../bench/hostile-inputs.ts';
import { corpusFileOf, corpusPath } from '../fixtures/shared.ts';
import { runCli } from './run-cli.ts';
import { tempDir } from '../fixtures/temp-dirs.ts';

const TASK = '3-scale_up';
const REASON = `too complex: subgraph nesting depth (${String(LIMITS.subgraphDepth + 1)} > ${String(LIMITS.subgraphDepth)})`;

function classWithHostileFile(): { root: string; hostile: string } {
  const root = tempDir('budget');
  mkdirSync(join(root, 'alice'));
  cpSync(corpusPath(corpusFileOf('003', '3')), join(root, 'alice', TASK));
  mkdirSync(join(root, 'mallory'));
  const hostile = join(root, 'mallory', TASK);
  writeFileSync(hostile, nestedSubgraphs(4000));
  return { root, hostile };
}

interface Row {
  path: string;
  status: string;
  reason: string | null;
}

describe('complexity budget in the CLI', () => {
  it('scaleup grade: the over-budget file is a not-gradable row, the other file is graded', async () => {
    const { root } = classWithHostileFile();
    const run = await runCli('grade', root, '--format', 'json');
    expect(run.code).toBe(0);
    const rows = (JSON.parse(run.stdout) as { submissions: Row[] }).submissions;
    const of = (who: string) => rows.find((r) => r.path.includes(who));
    expect(of('mallory')).toMatchObject({ status: 'not-gradable', reason: REASON });
    expect(of('alice')).toMatchObject({ status: 'graded', reason: null });
  });

  it('scaleup check: says why the file is refused and exits 1', async () => {
    const { hostile } = classWithHostileFile();
    const run = await runCli('check', hostile, '--task', '3');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(REASON);
  });
});
