// One diagram worker per process, shared by every page the build renders.
import type { BlockRenderer } from './render-block.ts';
import { createWorkerRenderer, type WorkerRenderer } from './worker-renderer.ts';

let shared: WorkerRenderer | null = null;

export function sharedRenderer(): BlockRenderer {
  shared ??= createWorkerRenderer();
  return shared.render;
}

/** Stops the shared worker, if one was started. */
export async function closeSharedRenderer(): Promise<void> {
  const current = shared;
  shared = null;
  if (current) await current.close();
}
