// `scaleup simulate FILE [...]`: runs the traffic simulation of a submission's diagram and prints its report.
import { SimModelError } from '../engine/simulate/build-model.ts';
import { runDesign } from '../engine/simulate/design.ts';
import { UnknownTargetError } from '../engine/simulate/targets.ts';
import { ingestText } from '../platform/node-ingest.ts';
import { parseArgs } from './args.ts';
import type { Io } from './main.ts';
import { readSubmission } from './read-submission.ts';
import { simulateJson } from './simulate-json.ts';
import { scenarioOf } from './simulate-options.ts';
import { simulateText } from './simulate-text.ts';
import { UsageError } from './usage-error.ts';
import { safePath } from './terminal-text.ts';

export async function runSimulate(args: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs('simulate', args, {
    values: ['seconds', 'rate', 'seed', 'fail', 'promote', 'scenario', 'trace'],
    flags: ['json', 'chaos'],
  });
  if (parsed.positionals.length !== 1) throw new UsageError('simulate', 'expects exactly one FILE');
  const file = parsed.positionals[0] ?? '';
  // A scenario file with a mistake throws a SchemaError: main prints where and exits 2.
  const scenario = scenarioOf(parsed);
  const read = readSubmission(file);
  if (!read.ok) {
    io.stderr.write(`scaleup simulate: ${safePath(file)}: ${read.reason}\n`);
    return 1;
  }
  const ingest = await ingestText(read.text);
  let run;
  try {
    run = runDesign(ingest, scenario, parsed.flags.has('chaos') ? {} : null);
  } catch (error) {
    if (error instanceof SimModelError) {
      io.stderr.write(
        `scaleup simulate: ${safePath(file)}: cannot simulate: ${safePath(error.message)}\n`,
      );
      return 1;
    }
    if (error instanceof UnknownTargetError)
      throw new UsageError(
        'simulate',
        `${parsed.values.has('promote') ? '--fail/--promote' : '--fail'}: ${error.message}`,
      );
    throw error;
  }
  io.stdout.write(
    parsed.flags.has('json')
      ? `${JSON.stringify(simulateJson(file, run), null, 2)}\n`
      : simulateText(file, run),
  );
  return 0;
}
