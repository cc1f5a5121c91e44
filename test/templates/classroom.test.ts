// The GitHub Classroom workflow: its steps call grade.sh, and grade.sh (run for real) gives every task found a runner.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { corpusFileOf, corpusPath } from '../fixtures/shared.ts';
import { tempDir } from '../fixtures/temp-dirs.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const DIR = join(REPO, 'quizzes/templates/github-classroom');
const TASKS = [
  '0-simple_web_stack',
  '1-distributed_web_infrastructure',
  '2-secured_and_monitored_web_infrastructure',
  '3-scale_up',
];

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}

interface ClassroomResult {
  max_score: number;
  tests: { name: string; score: number; message: string }[];
}

/** Runs grade.sh on a repository laid out by `fill`; returns the runners and their decoded results. */
function grade(fill: (repo: string) => void): { runners: string[]; results: ClassroomResult[] } {
  const work = tempDir('classroom');
  const repo = join(work, 'submission');
  mkdirSync(repo);
  fill(repo);
  const env = join(work, 'env');
  const output = join(work, 'output');
  writeFileSync(env, '');
  writeFileSync(output, '');
  execFileSync('bash', [join(DIR, 'grade.sh'), repo], {
    cwd: REPO,
    env: { ...process.env, GITHUB_ENV: env, GITHUB_OUTPUT: output, SCALEUP_TASK: 'auto' },
    stdio: 'pipe',
  });
  const runners = (/^runners=(.*)$/m.exec(readFileSync(output, 'utf8'))?.[1] ?? '').split(',');
  const vars = new Map(
    readFileSync(env, 'utf8')
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as const),
  );
  const results = runners.map(
    (r) =>
      JSON.parse(
        Buffer.from(vars.get(`${r.toUpperCase()}_RESULTS`) ?? '', 'base64').toString('utf8'),
      ) as ClassroomResult,
  );
  return { runners, results };
}

describe('classroom.yml', () => {
  it('grades with grade.sh and hands the reporter the runners it found', () => {
    const workflow = parse(readFileSync(join(DIR, 'classroom.yml'), 'utf8')) as {
      jobs: { grade: { steps: Step[] } };
    };
    const steps = workflow.jobs.grade.steps;
    const gradeStep = steps.find((s) => s.id === 'scaleup');
    expect(gradeStep?.run).toContain(
      'bash quizzes/templates/github-classroom/grade.sh ../submission',
    );
    const report = steps.find((s) =>
      s.uses?.startsWith('classroom-resources/autograding-grading-reporter'),
    );
    expect(report?.with?.['runners']).toBe('${{ steps.scaleup.outputs.runners }}');
  });
});

describe('grade.sh', () => {
  it('gives each of the four tasks in a repository its own runner and result', () => {
    const zero = corpusPath(corpusFileOf('062', '0'));
    const two = corpusPath(corpusFileOf('029', '2'));
    const { runners, results } = grade((repo) => {
      const dir = join(repo, 'web_infrastructure_design');
      mkdirSync(dir);
      TASKS.forEach((task, i) => cpSync(i === 2 ? two : zero, join(dir, task)));
    });
    expect(runners).toEqual(['scaleup1', 'scaleup2', 'scaleup3', 'scaleup4']);
    // Each result carries its own task's criteria (ids start s0., s1., ...).
    results.forEach((r, i) => {
      expect(r.max_score).toBeGreaterThan(0);
      expect(r.tests.some((t) => t.name.includes(`(s${String(i)}.`))).toBe(true);
    });
  });

  it('still reports one failing runner when no task file is found', () => {
    const { runners, results } = grade((repo) => writeFileSync(join(repo, 'README.md'), '# hi'));
    expect(runners).toEqual(['scaleup1']);
    expect(results[0]).toMatchObject({ max_score: 1, tests: [{ name: 'submission', score: 0 }] });
    expect(results[0]?.tests[0]?.message).toMatch(/^No file named after a task was found/);
  });
});
