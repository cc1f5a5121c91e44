// `npm run bench`: prints the grader's throughput on 1,000 real submissions (one thread, two processes, the CLI), the simulator's, then hostile inputs.
import { benchGrade, benchParse, corpusRepeated, warmUntilSteady } from './grade-bench.ts';
import { benchCli } from './grade-cli-bench.ts';
import { benchProcesses } from './grade-processes-bench.ts';
import { IN_FLIGHT } from '../../src/cli/grade-batch.ts';
import { createNodeGrader } from '../../src/platform/node-grader.ts';

const COUNT = 1000;
const items = corpusRepeated(COUNT);
// Warm up: Mermaid's import, JIT, caches.
await benchGrade(items.slice(0, 150));
await benchParse(items.slice(0, 150));
const parse = await benchParse(items);
const grade = await benchGrade(items);
const processes = await benchProcesses(COUNT, 2);
// Steady state: the JIT's top tier and the heap's size take a few thousand submissions to settle.
const rounds = await warmUntilSteady(items);
const steady = await benchGrade(items);
const steadyProcesses = await benchProcesses(COUNT, 2, true);
// As `scaleup grade` runs: prose on a worker thread, 64 submissions in flight, one process.
const pipelined = createNodeGrader(undefined, { proseWorker: true });
const pipeOptions = { grader: pipelined, inFlight: IN_FLIGHT };
const pipeCold = await benchGrade(items, pipeOptions);
const pipeRounds = await warmUntilSteady(items, pipeOptions);
const pipe = await benchGrade(items, pipeOptions);
await pipelined.close();
const cli = benchCli(items);
const rate = (ms: number) => ((COUNT / ms) * 1000).toFixed(0);
console.log(`grader benchmark: ${COUNT} submissions (the labelled corpus repeated)`);
console.log(
  `  parsing alone (split + Mermaid), 1 thread : ${parse.toFixed(0)} ms  ${rate(parse)} submissions/s`,
);
console.log(
  `  full grading, 1 thread, short warm-up     : ${grade.toFixed(0)} ms  ${rate(grade)} submissions/s  (${(grade / parse).toFixed(2)}x parsing alone)`,
);
console.log(
  `  2 processes (one per core), short warm-up : ${processes.toFixed(0)} ms  ${rate(processes)} submissions/s`,
);
console.log(
  `  steady state (warmed until rounds stop getting faster: ${rounds.map((r) => r.toFixed(0)).join(', ')} ms)`,
);
console.log(
  `  full grading, 1 thread, steady            : ${steady.toFixed(0)} ms  ${rate(steady)} submissions/s`,
);
console.log(
  `  full grading, 2 processes, steady         : ${steadyProcesses.toFixed(0)} ms  ${rate(steadyProcesses)} submissions/s`,
);
console.log(
  `  prose on a worker thread (as scaleup grade): the worker's first 1,000 ${pipeCold.toFixed(0)} ms; warm-up rounds ${pipeRounds.map((r) => r.toFixed(0)).join(', ')} ms`,
);
console.log(
  `  full grading, 1 process + prose worker, steady: ${pipe.toFixed(0)} ms  ${rate(pipe)} submissions/s`,
);
console.log(
  `  scaleup grade, one cold process, files   : ${cli.toFixed(0)} ms  ${rate(cli)} submissions/s  (start-up and reading included)`,
);

const { benchSimulator, simBenchLines } = await import('./sim-bench.ts');
for (const line of simBenchLines(await benchSimulator())) console.log(line);

const { hostileBenchLines } = await import('./hostile-bench.ts');
for (const line of hostileBenchLines()) console.log(line);
