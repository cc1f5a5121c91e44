// GitHub Classroom: one reporter runner per task file found, from `scaleup grade --format json` output.
// Usage: node collect.mjs GRADES_JSON STDERR_FILE EXIT_CODE SUBMISSION_DIR
// Appends SCALEUPn_RESULTS=<base64 result> to $GITHUB_ENV and runners=scaleup1,... to $GITHUB_OUTPUT,
// and prints each task's lines. A grader that failed or found nothing still gives one failing runner.
import { Buffer } from 'node:buffer';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { classroomOutput } from '../../../src/engine/report/classroom.ts';
import { safeLine } from '../../../src/engine/report/safe-text.ts';
import { loadRubrics } from '../../../src/platform/node-rubrics.ts';

const [gradesFile = '', stderrFile = '', exitCode = '', submissionDir = ''] = process.argv.slice(2);

/** The assignment total of each task, so a not-gradable file still counts against it. */
function totals() {
  try {
    return new Map(
      loadRubrics().map((r) => [r.rubric.id, r.rubric.criteria.reduce((n, c) => n + c.points, 0)]),
    );
  } catch {
    return new Map();
  }
}

function failing(name, text) {
  return {
    lines: [`✗ ${text}`],
    result: {
      version: 1,
      status: 'fail',
      max_score: 1,
      tests: [
        {
          name,
          status: 'fail',
          score: 0,
          line_no: null,
          message: text,
          test_code: '',
          filename: '',
          execution_time: '',
        },
      ],
    },
  };
}

function outputs() {
  if (!existsSync(gradesFile)) {
    const errors = existsSync(stderrFile) ? readFileSync(stderrFile, 'utf8') : '';
    const last = errors
      .split('\n')
      .map(safeLine)
      .filter((l) => l !== '')
      .slice(-5);
    const text = [
      `The autograder could not grade this repository (scaleup exit code ${exitCode}).`,
      ...last,
    ].join('\n');
    return [failing('autograder', text)];
  }
  const rows = JSON.parse(readFileSync(gradesFile, 'utf8')).submissions;
  const max = totals();
  const found = rows.filter(
    (s) => !/^(?:empty folder|no file named after a task|no submission found)/.test(s.reason ?? ''),
  );
  if (found.length === 0) {
    return [
      failing(
        'submission',
        'No file named after a task was found (for example web_infrastructure_design/0-simple_web_stack).',
      ),
    ];
  }
  return found.map((s) => {
    const path = s.path.startsWith(`${submissionDir}/`)
      ? s.path.slice(submissionDir.length + 1)
      : s.path;
    const out = classroomOutput(s, { maxScore: max.get(s.task) ?? 1 });
    return {
      lines: [`${safeLine(path)} (${safeLine(s.task ?? 'task unknown')})`, ...out.lines],
      result: out.result,
    };
  });
}

const all = outputs();
const runners = all.map((_, i) => `scaleup${String(i + 1)}`);
for (const [i, o] of all.entries()) {
  process.stdout.write(`${o.lines.join('\n')}\n`);
  const encoded = Buffer.from(JSON.stringify(o.result)).toString('base64');
  if (process.env.GITHUB_ENV)
    appendFileSync(process.env.GITHUB_ENV, `${runners[i].toUpperCase()}_RESULTS=${encoded}\n`);
}
if (process.env.GITHUB_OUTPUT)
  appendFileSync(process.env.GITHUB_OUTPUT, `runners=${runners.join(',')}\n`);
