// Prose grading on a worker thread, so that a class is graded on two cores: Mermaid and the rules here, prose there.
import { Worker } from 'node:worker_threads';
import type { Concepts } from '../engine/prose/concepts-schema.ts';
import {
  gradeProseCriteria,
  type ProseCriterion,
  type ProseVerdicts,
} from '../engine/prose/grade-criteria.ts';
import type { ProseVerdict } from '../engine/prose/grade-prose.ts';
import type { Section } from '../engine/prose/section.ts';

/** What the host sends: one submission's sections and the rubric's criteria (only the fields prose reads). */
export interface ProseRequest {
  readonly id: number;
  readonly sections: readonly Section[];
  readonly criteria: readonly ProseCriterion[];
}

export type ProseAnswer =
  | { readonly id: number; readonly verdicts: readonly (readonly [string, ProseVerdict])[] }
  | { readonly id: number; readonly error: string };

export interface ProseWorker {
  /** The verdicts of the prose criteria; never rejects (a failed worker is replaced by this thread). */
  grade(sections: readonly Section[], criteria: readonly ProseCriterion[]): Promise<ProseVerdicts>;
  /** Stops the worker; later requests are graded on this thread. */
  close(): Promise<void>;
}

interface Pending {
  readonly request: ProseRequest;
  readonly resolve: (verdicts: ProseVerdicts) => void;
}

const ENTRY = new URL('./prose-worker.ts', import.meta.url);

/**
 * Starts the worker at once (it loads the concepts while the caller does other work). `concepts` are this
 * thread's own, the same file the worker loads: if the worker fails or answers with an error, the requests
 * it owed are graded here with them. `entry` is for tests.
 */
export function createProseWorker(concepts: Concepts, entry: URL = ENTRY): ProseWorker {
  const pending = new Map<number, Pending>();
  let nextId = 0;
  const here = (request: ProseRequest): ProseVerdicts =>
    gradeProseCriteria(request.sections, request.criteria, concepts);
  let worker: Worker | null = new Worker(entry);
  const fallBack = (): void => {
    worker = null;
    const owed = [...pending.values()];
    pending.clear();
    for (const p of owed) p.resolve(here(p.request));
  };
  worker.on('message', (answer: ProseAnswer) => {
    const p = pending.get(answer.id);
    if (!p) return;
    pending.delete(answer.id);
    p.resolve('error' in answer ? here(p.request) : new Map(answer.verdicts));
  });
  worker.on('error', fallBack);
  worker.on('exit', () => {
    if (worker !== null) fallBack();
  });
  return {
    grade(sections, criteria) {
      const request: ProseRequest = {
        id: nextId,
        sections,
        criteria: criteria.map((c) => ({ id: c.id, kind: c.kind, concept: c.concept })),
      };
      nextId += 1;
      const w = worker;
      if (w === null) return Promise.resolve(here(request));
      return new Promise((resolve) => {
        pending.set(request.id, { request, resolve });
        w.postMessage(request);
      });
    },
    async close() {
      const w = worker;
      worker = null;
      fallBack();
      if (w) await w.terminate();
    },
  };
}
