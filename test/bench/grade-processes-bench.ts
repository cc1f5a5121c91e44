// Grades the repeated corpus split across child processes (one per core), each warmed up; returns wall time in ms.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

function next(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('error', reject);
  });
}

/** `steady`: each child warms up until its rounds stop getting faster, instead of 300 submissions. */
export async function benchProcesses(
  count: number,
  processes: number,
  steady = false,
): Promise<number> {
  const script = fileURLToPath(new URL('./grade-process.ts', import.meta.url));
  const children = Array.from({ length: processes }, (_, i) =>
    fork(script, [String(count), String(processes), String(i), steady ? 'steady' : 'short'], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    }),
  );
  await Promise.all(children.map(next));
  const start = performance.now();
  const done = children.map(next);
  for (const c of children) c.send('go');
  await Promise.all(done);
  return performance.now() - start;
}
