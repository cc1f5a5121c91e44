// Reads the project's data files from disk in Node, relative to the project root; here the vocabulary.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseVocabulary, type Vocabulary } from '../engine/classify/vocabulary-schema.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const QUIZZES_DIR = join(PROJECT_ROOT, 'quizzes');

export function readProjectFile(relative: string): string {
  return readFileSync(join(PROJECT_ROOT, relative), 'utf8');
}

let vocabulary: Vocabulary | null = null;

/** The vocabulary of quizzes/vocabulary.yaml, read and validated once per process. */
export function loadVocabulary(): Vocabulary {
  vocabulary ??= parseVocabulary(
    readProjectFile('quizzes/vocabulary.yaml'),
    'quizzes/vocabulary.yaml',
  );
  return vocabulary;
}
