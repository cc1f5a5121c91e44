// Reads the grading data of quizzes/ in Node: the prose concepts and every rubric, validated.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRubric, type LoadedRubric } from '../engine/grade/load-rubric.ts';
import { parseConcepts, type Concepts } from '../engine/prose/concepts-schema.ts';
import { QUIZZES_DIR, readProjectFile } from './node-data.ts';

/** Data files of quizzes/ that are not rubrics. */
const NOT_RUBRICS = new Set(['vocabulary.yaml', 'concepts.yaml']);

let concepts: Concepts | null = null;

/** The prose concepts of quizzes/concepts.yaml, read and validated once per process. */
export function loadConcepts(): Concepts {
  concepts ??= parseConcepts(readProjectFile('quizzes/concepts.yaml'), 'quizzes/concepts.yaml');
  return concepts;
}

/** Every rubric in a folder (quizzes/ by default), sorted by file name; a broken one throws its SchemaError. */
export function loadRubrics(dir = QUIZZES_DIR): LoadedRubric[] {
  return readdirSync(dir)
    .filter((f) => (f.endsWith('.yaml') || f.endsWith('.yml')) && !NOT_RUBRICS.has(f))
    .sort()
    .map((f) =>
      loadRubric(
        readFileSync(join(dir, f), 'utf8'),
        join(dir === QUIZZES_DIR ? 'quizzes' : dir, f),
      ),
    );
}
