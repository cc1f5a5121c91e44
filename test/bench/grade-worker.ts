// A benchmark worker: warms up, says ready, then grades its share of the repeated corpus when told to go.
import { parentPort, workerData } from 'node:worker_threads';
import { benchGrade, corpusRepeated } from './grade-bench.ts';

const { count, threads, index } = workerData as { count: number; threads: number; index: number };
const mine = corpusRepeated(count).filter((_, i) => i % threads === index);
await benchGrade(mine.slice(0, 100));
parentPort?.postMessage('ready');
parentPort?.once('message', async () => {
  await benchGrade(mine);
  parentPort?.postMessage('done');
});
