// The design checker's data for a task page, at build time: the task's rubric, the vocabulary and the concepts as
// their YAML reads (the browser validates them with the same schemas). Validated here as well, with the CLI's own
// parsers, so a typo in quizzes/ fails the build naming the file and the line.
import { parseDocument } from 'yaml';
import { parseVocabulary } from '../engine/classify/vocabulary-schema.ts';
import { loadRubric } from '../engine/grade/load-rubric.ts';
import { parseConcepts } from '../engine/prose/concepts-schema.ts';
import {
  CONCEPTS_FILE,
  VOCABULARY_FILE,
  type DesignCheckJson,
} from '../islands/design-check-data.ts';

/** Data files of quizzes/ that are not rubrics (as node-rubrics.ts skips them). */
const NOT_RUBRICS = new Set([VOCABULARY_FILE, CONCEPTS_FILE]);

/** A YAML text as plain data, before validation (aliases bounded as the loaders bound them). */
function yamlData(text: string): unknown {
  return parseDocument(text).toJS({ maxAliasCount: 100 });
}

/**
 * The data of the rubric whose id is `task` (e.g. "1-distributed_web_infrastructure"), from the texts of the
 * quizzes/*.yaml files keyed by their path from the project root ("quizzes/vocabulary.yaml").
 */
export function designCheckData(task: string, texts: ReadonlyMap<string, string>): DesignCheckJson {
  const text = (file: string): string => {
    const found = texts.get(file);
    if (found === undefined) throw new Error(`DesignCheck: ${file} is missing.`);
    return found;
  };
  parseVocabulary(text(VOCABULARY_FILE), VOCABULARY_FILE);
  parseConcepts(text(CONCEPTS_FILE), CONCEPTS_FILE);
  const rubrics = [...texts]
    .filter(([file]) => !NOT_RUBRICS.has(file))
    .map(([file, yaml]) => loadRubric(yaml, file));
  const rubric = rubrics.find((r) => r.rubric.id === task);
  if (!rubric) {
    const ids = rubrics.map((r) => r.rubric.id).join(', ');
    throw new Error(`DesignCheck: no rubric in quizzes/ has id "${task}" (ids: ${ids}).`);
  }
  return {
    rubricFile: rubric.file,
    rubric: yamlData(text(rubric.file)),
    vocabulary: yamlData(text(VOCABULARY_FILE)),
    concepts: yamlData(text(CONCEPTS_FILE)),
  };
}
