// `scaleup check FILE [--task ...] [--json]`: one learner's feedback; exit 0 only when every criterion passes.
import { feedbackText } from '../engine/report/table.ts';
import { parseArgs } from './args.ts';
import { gradeOne } from './grade-batch.ts';
import { loadGrader } from './load-grader.ts';
import type { Io } from './main.ts';
import { parseTaskOption } from './task-choice.ts';
import { safePath } from './terminal-text.ts';
import { UsageError } from './usage-error.ts';

export async function runCheck(args: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs('check', args, { values: ['task', 'rubrics'], flags: ['json'] });
  if (parsed.positionals.length !== 1) throw new UsageError('check', 'expects exactly one FILE');
  const file = parsed.positionals[0] ?? '';
  const grader = loadGrader(parsed.values.get('rubrics')?.at(-1), 'check');
  const task = parseTaskOption(parsed.values.get('task')?.at(-1), grader.rubrics, 'check');
  const result = await gradeOne({ kind: 'file', path: file, display: file }, grader, task);
  const json = parsed.flags.has('json');
  // The result as `grade --format json` writes each submission, for tools (a not-gradable one too).
  if (json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  if (result.status === 'not-gradable') {
    io.stderr.write(
      `scaleup check: ${safePath(file)}: ${safePath(result.reason ?? 'not gradable')}\n`,
    );
    return 1;
  }
  if (!json) io.stdout.write(feedbackText(result));
  return result.criteria.every((c) => c.verdict === 'pass') ? 0 : 1;
}
