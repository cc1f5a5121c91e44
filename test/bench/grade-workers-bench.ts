// Grades the repeated corpus split across worker threads, each with its own Mermaid; returns wall time in ms.
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';

export async function benchWorkers(count: number, threads: number): Promise<number> {
  const url = new URL('./grade-worker.ts', import.meta.url);
  const workers = Array.from({ length: threads }, (_, i) => new Worker(url, { workerData: { count, threads, index: i } }));
  const ready = workers.map((w) => new Promise<void>((resolve) => w.once('message', () => resolve())));
  await Promise.all(ready);
  const start = performance.now();
  const done = workers.map((w) => new Promise<void>((resolve, reject) => {
    w.once('message', () => resolve());
    w.once('error', reject);
  }));
  for (const w of workers) w.postMessage('go');
  await Promise.all(done);
  const elapsed = performance.now() - start;
  await Promise.all(workers.map((w) => w.terminate()));
  return elapsed;
}
