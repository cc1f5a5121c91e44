// The grader as Node runs it: rubrics, vocabulary and concepts from quizzes/, Mermaid through the Node adapter.
import { gradeIngested, type Graded } from '../engine/grade/grade.ts';
import type { LoadedRubric } from '../engine/grade/load-rubric.ts';
import { loadVocabulary } from './node-data.ts';
import { loadConcepts, loadRubrics } from './node-rubrics.ts';
import { ingestText } from './node-ingest.ts';

export interface NodeGrader {
  readonly rubrics: readonly LoadedRubric[];
  grade(text: string, rubric: LoadedRubric): Promise<Graded>;
}

export function createNodeGrader(rubricDir?: string): NodeGrader {
  const rubrics = loadRubrics(rubricDir);
  const deps = { vocabulary: loadVocabulary(), concepts: loadConcepts() };
  return {
    rubrics,
    async grade(text, loaded) {
      return gradeIngested(await ingestText(text), loaded.rubric, deps);
    },
  };
}
