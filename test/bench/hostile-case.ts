// A hostile-benchmark child process: warms the grader up, grades one generated case, prints time and peak memory as JSON.
import { performance } from 'node:perf_hooks';
import { createNodeGrader } from '../../src/platform/node-grader.ts';
import { HOSTILE_CASES } from './hostile-inputs.ts';

const index = Number(process.argv[2] ?? 0);
const hostile = HOSTILE_CASES[index];
if (!hostile) throw new Error(`no hostile case ${String(index)}`);
const grader = createNodeGrader();
const rubric = grader.rubrics.find((r) => r.rubric.task === '3') ?? grader.rubrics[0];
if (!rubric) throw new Error('no rubric');
await grader.grade('```mermaid\nflowchart TD\n  a[Nginx] --> b[(MySQL)]\n```\n', rubric);
const text = hostile.text();
const start = performance.now();
let outcome: string;
try {
  const graded = await grader.grade(text, rubric);
  outcome = `graded ${String(graded.score)}/${String(graded.maxScore)}`;
} catch (error) {
  outcome = `refused: ${(error as Error).message}`;
}
const ms = performance.now() - start;
const peakMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify({ bytes: text.length, ms, peakMb, outcome }) + '\n');
