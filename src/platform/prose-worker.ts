// The prose worker thread: grades the prose criteria of the submissions the main thread sends, with quizzes/concepts.yaml.
import { parentPort } from 'node:worker_threads';
import { gradeProseCriteria } from '../engine/prose/grade-criteria.ts';
import { loadConcepts } from './node-rubrics.ts';
import type { ProseAnswer, ProseRequest } from './prose-worker-host.ts';

const concepts = loadConcepts();
parentPort?.on('message', (request: ProseRequest) => {
  let answer: ProseAnswer;
  try {
    const verdicts = gradeProseCriteria(request.sections, request.criteria, concepts);
    answer = { id: request.id, verdicts: [...verdicts] };
  } catch (error) {
    answer = { id: request.id, error: (error as Error).message };
  }
  parentPort?.postMessage(answer);
});
