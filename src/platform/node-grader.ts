// The grader as Node runs it: rubrics, vocabulary and concepts from quizzes/, Mermaid through the Node adapter.
import { gradeIngested, type Graded } from '../engine/grade/grade.ts';
import type { LoadedRubric } from '../engine/grade/load-rubric.ts';
import { splitSubmission } from '../engine/ingest/blocks.ts';
import { ingestBlocks } from '../engine/ingest/ingest.ts';
import { loadVocabulary } from './node-data.ts';
import { nodeMermaidParser } from './node-ingest.ts';
import { loadConcepts, loadRubrics } from './node-rubrics.ts';
import { createProseWorker } from './prose-worker-host.ts';

export interface NodeGrader {
  readonly rubrics: readonly LoadedRubric[];
  grade(text: string, rubric: LoadedRubric): Promise<Graded>;
  /** Stops the prose worker, if there is one (the grader still works after, on one thread). */
  close(): Promise<void>;
}

export interface NodeGraderOptions {
  /**
   * Grade prose on a worker thread while this one parses diagrams and runs the rules (for a class: the two
   * halves overlap when several submissions are graded at once). Same verdicts either way.
   */
  readonly proseWorker?: boolean;
}

export function createNodeGrader(rubricDir?: string, options: NodeGraderOptions = {}): NodeGrader {
  const rubrics = loadRubrics(rubricDir);
  const deps = { vocabulary: loadVocabulary(), concepts: loadConcepts() };
  const worker = options.proseWorker === true ? createProseWorker(deps.concepts) : null;
  return {
    rubrics,
    async grade(text, loaded) {
      const blocks = splitSubmission(text);
      // Sent before the diagrams are parsed, so the worker reads the prose meanwhile.
      const prose = worker?.grade(blocks.sections, loaded.rubric.criteria);
      const ingested = await ingestBlocks(blocks, {
        mermaid: nodeMermaidParser(),
        vocabulary: deps.vocabulary,
      });
      return gradeIngested(ingested, loaded.rubric, deps, await prose);
    },
    close: async () => {
      await worker?.close();
    },
  };
}
