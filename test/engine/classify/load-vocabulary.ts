// Test helper: reads and parses the real quizzes/vocabulary.yaml once.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseVocabulary } from '../../../src/engine/classify/vocabulary-schema.ts';
import type { Vocabulary } from '../../../src/engine/classify/vocabulary-schema.ts';

export const VOCABULARY_FILE = 'quizzes/vocabulary.yaml';

export function vocabularyText(): string {
  return readFileSync(
    fileURLToPath(new URL('../../../quizzes/vocabulary.yaml', import.meta.url)),
    'utf8',
  );
}

let cached: Vocabulary | undefined;

export function loadVocabulary(): Vocabulary {
  cached ??= parseVocabulary(vocabularyText(), VOCABULARY_FILE);
  return cached;
}
