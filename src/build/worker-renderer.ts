// A BlockRenderer backed by one worker thread, started on first use and never holding the process open.
import { Worker } from 'node:worker_threads';
import { DiagramBuildError } from './diagram-error.ts';
import type { WorkerReply, WorkerRequest } from './diagram-worker.ts';
import type { BlockRenderer, MermaidBlockInput } from './render-block.ts';

interface Pending {
  readonly resolve: (html: string) => void;
  readonly reject: (error: Error) => void;
  readonly block: MermaidBlockInput;
}

export interface WorkerRenderer {
  readonly render: BlockRenderer;
  /** Stops the worker (a later render starts a new one). */
  close(): Promise<void>;
}

export function createWorkerRenderer(): WorkerRenderer {
  let worker: Worker | null = null;
  let seq = 0;
  const pending = new Map<number, Pending>();

  const settle = (reply: WorkerReply): void => {
    const entry = pending.get(reply.seq);
    if (!entry) return;
    pending.delete(reply.seq);
    if (pending.size === 0) worker?.unref();
    if ('html' in reply) entry.resolve(reply.html);
    else if (reply.error)
      entry.reject(new DiagramBuildError(reply.error.file, reply.error.line, reply.error.reason));
    else
      entry.reject(
        new Error(
          `${entry.block.file}:${entry.block.line}: the diagram renderer failed: ${reply.message}`,
        ),
      );
  };

  const start = (): Worker => {
    const created = new Worker(new URL('./diagram-worker.ts', import.meta.url));
    created.on('message', settle);
    created.on('error', (error: Error) => {
      for (const [key, entry] of pending) {
        pending.delete(key);
        entry.reject(
          new Error(
            `${entry.block.file}:${entry.block.line}: the diagram renderer crashed: ${error.message}`,
          ),
        );
      }
      worker = null;
    });
    created.on('exit', () => {
      if (worker === created) worker = null;
    });
    created.unref();
    return created;
  };

  const render: BlockRenderer = (block) =>
    new Promise<string>((resolve, reject) => {
      worker ??= start();
      seq += 1;
      pending.set(seq, { resolve, reject, block });
      worker.ref();
      worker.postMessage({ seq, block } satisfies WorkerRequest);
    });

  const close = async (): Promise<void> => {
    const current = worker;
    worker = null;
    if (current) await current.terminate();
  };

  return { render, close };
}
