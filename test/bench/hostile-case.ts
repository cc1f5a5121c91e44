// A hostile-benchmark child process: warms the grader up, grades one generated file as the CLI does, prints time and peak RSS as JSON.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gradeOne } from '../../src/cli/grade-batch.ts';
import { createNodeGrader } from '../../src/platform/node-grader.ts';
import { HOSTILE_CASES } from './hostile-inputs.ts';

const index = Number(process.argv[2] ?? 0);
const hostile = HOSTILE_CASES[index];
if (!hostile) throw new Error(`no hostile case ${String(index)}`);
const grader = createNodeGrader();
const rubric = grader.rubrics.find((r) => r.rubric.task === '3') ?? grader.rubrics[0];
if (!rubric) throw new Error('no rubric');
const dir = mkdtempSync(join(tmpdir(), 'scaleup-hostile-'));
try {
  const warm = join(dir, 'warm.md');
  writeFileSync(warm, '```mermaid\nflowchart TD\n  a[Nginx] --> b[(MySQL)]\n```\n');
  await gradeOne({ kind: 'file', path: warm, display: 'warm.md' }, grader, rubric);
  const file = join(dir, 'hostile.md');
  const text = hostile.text();
  writeFileSync(file, text);
  const start = performance.now();
  const row = await gradeOne({ kind: 'file', path: file, display: 'hostile.md' }, grader, rubric);
  const ms = performance.now() - start;
  const outcome =
    row.status === 'graded'
      ? `graded ${String(row.score)}/${String(row.maxScore)}`
      : `not gradable: ${row.reason ?? ''}`;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    `${JSON.stringify({ bytes: Buffer.byteLength(text), ms, peakMb, outcome })}\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
