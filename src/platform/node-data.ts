// Reads the project's data files (vocabulary, rubrics) from disk in Node, relative to the project root.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseVocabulary, type Vocabulary } from '../engine/classify/vocabulary-schema.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function readProjectFile(relative: string): string {
  return readFileSync(new URL(`../../${relative}`, import.meta.url), 'utf8');
}

let vocabulary: Vocabulary | null = null;

/** The vocabulary of quizzes/vocabulary.yaml, read and validated once per process. */
export function loadVocabulary(): Vocabulary {
  vocabulary ??= parseVocabulary(readProjectFile('quizzes/vocabulary.yaml'), 'quizzes/vocabulary.yaml');
  return vocabulary;
}
