// Times `scaleup grade` end to end on 1,000 submissions written as a class folder: a cold process, as an instructor runs it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { BenchItem } from './grade-bench.ts';

const TASK_FILES: Readonly<Record<string, string>> = {
  '0': '0-simple_web_stack',
  '1': '1-distributed_web_infrastructure',
  '2': '2-secured_and_monitored_web_infrastructure',
  '3': '3-scale_up',
};

/** Wall time in ms of one `scaleup grade DIR --format json` over the items, one student folder each. */
export function benchCli(items: readonly BenchItem[]): number {
  const root = mkdtempSync(join(tmpdir(), 'scaleup-bench-'));
  try {
    items.forEach((item, i) => {
      const dir = join(root, `student-${String(i).padStart(4, '0')}`);
      mkdirSync(dir);
      writeFileSync(join(dir, TASK_FILES[item.task] ?? 'answer'), item.text);
    });
    const cli = fileURLToPath(new URL('../../src/cli/scaleup.mjs', import.meta.url));
    const start = performance.now();
    execFileSync(process.execPath, [cli, 'grade', root, '--format', 'json'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      maxBuffer: 1 << 28,
    });
    return performance.now() - start;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
