// Reads the project's data files (vocabulary, concepts, rubrics) from disk in Node, relative to the project root.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseVocabulary, type Vocabulary } from '../engine/classify/vocabulary-schema.ts';
import { loadRubric, type LoadedRubric } from '../engine/grade/load-rubric.ts';
import { parseConcepts, type Concepts } from '../engine/prose/concepts-schema.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const QUIZZES_DIR = join(PROJECT_ROOT, 'quizzes');

/** Data files of quizzes/ that are not rubrics. */
const NOT_RUBRICS = new Set(['vocabulary.yaml', 'concepts.yaml']);

export function readProjectFile(relative: string): string {
  return readFileSync(join(PROJECT_ROOT, relative), 'utf8');
}

let vocabulary: Vocabulary | null = null;
let concepts: Concepts | null = null;

/** The vocabulary of quizzes/vocabulary.yaml, read and validated once per process. */
export function loadVocabulary(): Vocabulary {
  vocabulary ??= parseVocabulary(readProjectFile('quizzes/vocabulary.yaml'), 'quizzes/vocabulary.yaml');
  return vocabulary;
}

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
    .map((f) => loadRubric(readFileSync(join(dir, f), 'utf8'), join(dir === QUIZZES_DIR ? 'quizzes' : dir, f)));
}
