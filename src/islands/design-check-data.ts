// The design checker's grading data in the browser: the rubric, vocabulary and concepts the page carries as JSON,
// validated with the same zod schemas the CLI uses on quizzes/ (errors name the file and the field).
import { VocabularySchema, type Vocabulary } from '../engine/classify/vocabulary-schema.ts';
import { rubricSchema, type Rubric } from '../engine/grade/rubric-schema.ts';
import { conceptsSchema, type Concepts } from '../engine/prose/concepts-schema.ts';
import { schemaErrorFromZod } from '../engine/schema/friendly-error.ts';
import type { ZodType } from 'zod';

/** What the page carries: each data file as its YAML reads (before validation), and where it came from. */
export interface DesignCheckJson {
  readonly rubricFile: string;
  readonly rubric: unknown;
  readonly vocabulary: unknown;
  readonly concepts: unknown;
}

export interface DesignCheckData {
  readonly rubric: Rubric;
  readonly vocabulary: Vocabulary;
  readonly concepts: Concepts;
}

export const VOCABULARY_FILE = 'quizzes/vocabulary.yaml';
export const CONCEPTS_FILE = 'quizzes/concepts.yaml';

function validated<T>(data: unknown, file: string, schema: ZodType<T>): T {
  const result = schema.safeParse(data);
  if (!result.success) throw schemaErrorFromZod(file, result.error, data);
  return result.data;
}

/** Validates the page's data; a broken file throws the SchemaError `scaleup check` would give (without lines). */
export function parseDesignCheckData(json: DesignCheckJson): DesignCheckData {
  return {
    rubric: validated(json.rubric, json.rubricFile, rubricSchema),
    vocabulary: validated(json.vocabulary, VOCABULARY_FILE, VocabularySchema),
    concepts: validated(json.concepts, CONCEPTS_FILE, conceptsSchema),
  };
}
