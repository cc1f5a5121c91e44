// Parses and validates a rubric's YAML text into a Rubric with its hash; errors name file, field and line.
import { parseYamlWith } from '../schema/friendly-error.ts';
import { fnv1a64 } from './hash.ts';
import { rubricSchema, type Rubric } from './rubric-schema.ts';

export interface LoadedRubric {
  readonly rubric: Rubric;
  readonly hash: string;
  readonly file: string;
}

export function loadRubric(text: string, file: string): LoadedRubric {
  const rubric = parseYamlWith(text, file, rubricSchema);
  return { rubric, hash: fnv1a64(text), file };
}
