// The Gradescope run_autograder script, run for real with bash on fake /autograder trees in a temp folder.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { corpusFileOf, corpusPath } from '../fixtures/shared.ts';
import { tempDir } from '../fixtures/temp-dirs.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SCRIPT = join(REPO, 'quizzes/templates/gradescope/run_autograder');
const TASK2 = '2-secured_and_monitored_web_infrastructure';

interface Results {
  score: number;
  max_score?: number;
  output: string;
  tests: { name: string }[];
}

/** Lays out <root>/submission with the given files, runs the script, returns results.json. */
function run(files: Record<string, string | Buffer>, env: Record<string, string> = {}): Results {
  const root = tempDir('gradescope');
  mkdirSync(join(root, 'submission'));
  for (const [name, content] of Object.entries(files))
    writeFileSync(join(root, 'submission', name), content);
  execFileSync('bash', [SCRIPT], {
    env: { ...process.env, AUTOGRADER_ROOT: root, SCALEUP_DIR: REPO, SCALEUP_TASK: '2', ...env },
    stdio: 'pipe',
  });
  return JSON.parse(readFileSync(join(root, 'results', 'results.json'), 'utf8')) as Results;
}

describe('gradescope run_autograder', () => {
  const answer = readFileSync(corpusPath(corpusFileOf('029', '2')), 'utf8');
  // A PNG header: the image a learner uploads beside the answer, sorted before it.
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

  it('grades the answer, not the image beside it that sorts first', () => {
    const results = run({ [`${TASK2}.png`]: png, [TASK2]: answer });
    expect(results.max_score).toBeGreaterThan(0);
    expect(results.tests.length).toBeGreaterThan(1);
    const alone = run({ [TASK2]: answer });
    expect(results).toEqual(alone);
  });

  it('writes a clear message when nothing is named after the task', () => {
    const results = run({ 'notes.txt': 'hello' });
    expect(results).toMatchObject({ score: 0, tests: [] });
    expect(results.output).toMatch(/^No submission file was found: name it after the task/);
  });

  it('lists why when the only files cannot be graded', () => {
    const results = run({ [`${TASK2}.png`]: png });
    expect(results.score).toBe(0);
    expect(results.output).toContain(
      `No file of this submission could be graded:\n- ${TASK2}.png: binary file`,
    );
  });

  it('writes a results.json naming the problem when the grader fails (a broken rubric)', () => {
    const rubrics = tempDir('gradescope-rubrics');
    cpSync(
      join(REPO, 'quizzes', '0-simple_web_stack.yaml'),
      join(rubrics, '0-simple_web_stack.yaml'),
    );
    writeFileSync(join(rubrics, `${TASK2}.yaml`), 'id: [unclosed\n');
    const results = run({ [TASK2]: answer }, { SCALEUP_RUBRICS: rubrics });
    expect(results).toMatchObject({ score: 0, tests: [] });
    expect(results.output).toMatch(
      /^The autograder could not grade this submission \(scaleup exit code 2\)/,
    );
    expect(results.output).toContain(`${TASK2}.yaml`);
  });
});
