// `scaleup grade PATH... [--task ...] [--format ...] [--out DIR]`: grades a class and writes the reports asked for.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GradeReport } from '../engine/grade/result.ts';
import { FORMATS, formatReport, type Format } from '../engine/report/index.ts';
import { formatTable } from '../engine/report/table.ts';
import { ENGINE_VERSION } from '../engine/version.ts';
import { createNodeGrader } from '../platform/node-grader.ts';
import { parseArgs } from './args.ts';
import { discover } from './discover.ts';
import { gradeBatch } from './grade-batch.ts';
import type { Io } from './main.ts';
import { progressBar } from './progress.ts';
import { isTaskFile, parseTaskOption } from './task-choice.ts';
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
  const grader = createNodeGrader(parsed.values.get('rubrics')?.at(-1));
  const task = parseTaskOption(parsed.values.get('task')?.at(-1), grader.rubrics, 'grade');
  // With a task named, only that task's files are picked in folders (a repository holds all four answers).
  const entries = discover(
    parsed.positionals,
    isTaskFile(task === 'auto' ? grader.rubrics : [task]),
  );
  const submissions = await gradeBatch(entries, grader, task, progressBar(io.stderr));
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
    return 0;
  }
  for (const f of formats) {
    for (const file of formatReport(f, report)) {
      const target = join(out, file.file);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.content);
      io.stderr.write(`wrote ${target}\n`);
    }
  }
  io.stdout.write(formatTable(report));
  return 0;
}
