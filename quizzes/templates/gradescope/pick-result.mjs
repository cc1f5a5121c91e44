// Gradescope: turns `scaleup grade --format json` output into the one results.json Gradescope reads.
// Usage: node pick-result.mjs GRADES_JSON STDERR_FILE EXIT_CODE SUBMISSION_DIR > results.json
// The graded answer wins over any other file (an image beside it, a draft); with several graded,
// the highest score. Nothing graded, nothing found or a grader that failed: score 0 and a message.
import { existsSync, readFileSync } from 'node:fs';
import { formatGradescope } from '../../../src/engine/report/gradescope.ts';
import { safeLine } from '../../../src/engine/report/safe-text.ts';

const [gradesFile = '', stderrFile = '', exitCode = '', submissionDir = ''] = process.argv.slice(2);

function message(output) {
  return `${JSON.stringify({ score: 0, output, output_format: 'text', visibility: 'visible', stdout_visibility: 'hidden', tests: [] }, null, 2)}\n`;
}

function shortPath(path) {
  return path.startsWith(`${submissionDir}/`) ? path.slice(submissionDir.length + 1) : path;
}

function pick() {
  if (!existsSync(gradesFile)) {
    const errors = existsSync(stderrFile) ? readFileSync(stderrFile, 'utf8') : '';
    const last = errors
      .split('\n')
      .map(safeLine)
      .filter((l) => l !== '')
      .slice(-5);
    return message(
      [
        `The autograder could not grade this submission (scaleup exit code ${exitCode}); please tell your instructor.`,
        ...last,
      ].join('\n'),
    );
  }
  const rows = JSON.parse(readFileSync(gradesFile, 'utf8')).submissions;
  const graded = rows.filter((s) => s.status === 'graded');
  if (graded.length > 0) {
    const best = graded.reduce((a, b) => (b.score > a.score ? b : a));
    return formatGradescope({ ...best, path: shortPath(best.path) });
  }
  // Rows that only say nothing was found do not count as files found.
  const found = rows.filter(
    (s) => !/^(?:empty folder|no file named after a task|no submission found)/.test(s.reason ?? ''),
  );
  if (found.length === 0) {
    return message(
      'No submission file was found: name it after the task (for example 2-secured_and_monitored_web_infrastructure).',
    );
  }
  const reasons = found.map(
    (s) => `- ${safeLine(shortPath(s.path))}: ${safeLine(s.reason ?? 'not gradable')}`,
  );
  return message(['No file of this submission could be graded:', ...reasons].join('\n'));
}

process.stdout.write(pick());
