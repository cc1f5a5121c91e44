// `scaleup grade PATH... [--task ...] [--format ...] [--out DIR]`: grades a class and writes the reports asked for.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GradeReport, SubmissionResult } from '../engine/grade/result.ts';
import { FORMATS, formatReport, type Format } from '../engine/report/index.ts';
import { formatTable } from '../engine/report/table.ts';
import { ENGINE_VERSION } from '../engine/version.ts';
import type { NodeGrader } from '../platform/node-grader.ts';
import { parseArgs, type ParsedArgs } from './args.ts';
import { discover, type Discovered } from './discover.ts';
import { gradeBatch } from './grade-batch.ts';
import { loadGrader } from './load-grader.ts';
import type { Io } from './main.ts';
import { nearTaskName } from './near-name.ts';
import { prepareOut } from './out-folder.ts';
import { progressBar } from './progress.ts';
import { isTaskFile, parseTaskOption } from './task-choice.ts';
import { safePath } from './terminal-text.ts';
import { UsageError } from './usage-error.ts';

/** Short names a person types for some formats. */
const ALIASES: Readonly<Record<string, Format>> = { md: 'markdown', xml: 'junit', txt: 'table' };

function parseFormats(values: readonly string[]): Format[] {
  const list = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '')
    .map((v) => ALIASES[v] ?? v);
  const formats = list.length === 0 ? ['table'] : list;
  for (const f of formats) {
    if (!(FORMATS as readonly string[]).includes(f))
      throw new UsageError(
        'grade',
        `unknown format "${f}"; known: ${FORMATS.join(', ')} (md for markdown)`,
      );
  }
  return [...new Set(formats)] as Format[];
}

function warnUnreadable(entries: readonly Discovered[], io: Io): void {
  for (const e of entries) {
    const reason = e.kind === 'skipped' ? e.reason : 'cannot read';
    io.stderr.write(`scaleup grade: cannot read ${safePath(e.display)}: ${reason}\n`);
  }
}

interface Graded {
  readonly submissions: SubmissionResult[];
  readonly unreadable: readonly Discovered[];
  readonly code: number;
}

/** Finds the class's submissions under the PATHs and grades them. */
async function gradeAll(
  parsed: ParsedArgs,
  out: string | undefined,
  grader: NodeGrader,
  io: Io & { stderr: { isTTY?: boolean } },
): Promise<Graded> {
  const task = parseTaskOption(parsed.values.get('task')?.at(-1), grader.rubrics, 'grade');
  // Checked before grading: an hour of grading must not end on an unwritable folder.
  if (out !== undefined) prepareOut(out, 'grade');
  // With a task named, only that task's files are picked in folders (a repository holds all four answers).
  const picked = task === 'auto' ? grader.rubrics : [task];
  const entries = discover(parsed.positionals, isTaskFile(picked), {
    near: nearTaskName(picked),
    exclude: out === undefined ? [] : [out],
  });
  // A PATH that cannot be read keeps its row, gets one line on stderr, and makes the exit code 1.
  const unreadable = entries.filter((e) => e.kind === 'skipped' && e.unreadable === true);
  const code = unreadable.length > 0 ? 1 : 0;
  io.beforeGrading?.(entries.length);
  const submissions = await gradeBatch(entries, grader, task, progressBar(io.stderr));
  return { submissions, unreadable, code };
}

export async function runGrade(
  args: readonly string[],
  io: Io & { stderr: { isTTY?: boolean } },
): Promise<number> {
  const parsed = parseArgs('grade', args, {
    values: ['task', 'format', 'out', 'rubrics'],
    flags: [],
  });
  if (parsed.positionals.length === 0) throw new UsageError('grade', 'expects at least one PATH');
  const formats = parseFormats(parsed.values.get('format') ?? []);
  const out = parsed.values.get('out')?.at(-1);
  // Prose is graded on a worker thread while this one parses diagrams: a class uses both cores.
  const grader = loadGrader(parsed.values.get('rubrics')?.at(-1), 'grade', { proseWorker: true });
  let graded: Graded;
  try {
    graded = await gradeAll(parsed, out, grader, io);
  } finally {
    await grader.close();
  }
  const { submissions, unreadable, code } = graded;
  const report: GradeReport = {
    engine: ENGINE_VERSION,
    rubrics: Object.fromEntries(grader.rubrics.map((r) => [r.rubric.id, r.hash])),
    submissions,
  };
  if (out === undefined) {
    for (const f of formats) {
      if (f === 'table') {
        io.stdout.write(formatTable(report));
        continue;
      }
      for (const file of formatReport(f, report)) io.stdout.write(file.content);
    }
    warnUnreadable(unreadable, io);
    return code;
  }
  for (const f of formats) {
    for (const file of formatReport(f, report)) {
      const target = join(out, file.file);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.content);
      io.stderr.write(`wrote ${safePath(target)}\n`);
    }
  }
  io.stdout.write(formatTable(report));
  warnUnreadable(unreadable, io);
  return code;
}
