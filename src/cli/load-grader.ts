// Builds the grader for check and grade, turning a bad --rubrics into one clear InputError.
import { statSync } from 'node:fs';
import {
  createNodeGrader,
  type NodeGrader,
  type NodeGraderOptions,
} from '../platform/node-grader.ts';
import { fsReason } from './fs-reason.ts';
import { InputError } from './input-error.ts';

/** The caller closes the grader it gets (it may hold a worker thread). */
export function loadGrader(
  rubrics: string | undefined,
  command: string,
  options: NodeGraderOptions = {},
): NodeGrader {
  if (rubrics !== undefined) {
    let isDir: boolean;
    try {
      isDir = statSync(rubrics).isDirectory();
    } catch (error) {
      throw new InputError(command, rubrics, `--rubrics: ${fsReason(error)}`);
    }
    if (!isDir)
      throw new InputError(command, rubrics, '--rubrics must be a folder of .yaml rubrics');
  }
  let grader: NodeGrader;
  try {
    grader = createNodeGrader(rubrics, options);
  } catch (error) {
    // A broken rubric is a SchemaError that names file, field and line: let it through as it is.
    if ((error as NodeJS.ErrnoException).code === undefined) throw error;
    throw new InputError(command, rubrics ?? 'quizzes', `--rubrics: ${fsReason(error)}`);
  }
  if (grader.rubrics.length === 0) {
    void grader.close();
    throw new InputError(
      command,
      rubrics ?? 'quizzes',
      '--rubrics: no rubric (.yaml) in this folder',
    );
  }
  return grader;
}
