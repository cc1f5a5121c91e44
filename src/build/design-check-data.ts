// The design checker's data for a task page, read at build time from quizzes/: the task's rubric, the vocabulary and
// the concepts as their YAML reads (the browser validates them with the same schemas). Validated here as well, with
// the CLI's own loaders, so a typo in quizzes/ fails the build naming the file and the line.
import { parseDocument } from 'yaml';
import { CONCEPTS_FILE, VOCABULARY_FILE, type DesignCheckJson } from '../islands/design-check-data.ts';
import { loadVocabulary, readProjectFile } from '../platform/node-data.ts';
import { loadConcepts, loadRubrics } from '../platform/node-rubrics.ts';

/** A YAML file of the project as plain data, before validation (aliases bounded as the loaders bound them). */
function yamlData(file: string): unknown {
  return parseDocument(readProjectFile(file)).toJS({ maxAliasCount: 100 });
}

/** The data of the rubric whose id is `task` (e.g. "1-distributed_web_infrastructure"). */
export function designCheckData(task: string): DesignCheckJson {
  const rubric = loadRubrics().find((r) => r.rubric.id === task);
  if (!rubric) {
    const ids = loadRubrics().map((r) => r.rubric.id);
    throw new Error(`DesignCheck: no rubric in quizzes/ has id "${task}" (ids: ${ids.join(', ')}).`);
  }
  loadVocabulary();
  loadConcepts();
  return {
    rubricFile: rubric.file,
    rubric: yamlData(rubric.file),
    vocabulary: yamlData(VOCABULARY_FILE),
    concepts: yamlData(CONCEPTS_FILE),
  };
}
