// `scaleup inspect FILE [--json]`: reads one submission and prints what the engine understood.
import { ingestText } from '../platform/node-ingest.ts';
import type { Io } from './main.ts';
import { inspectJson } from './inspect-json.ts';
import { inspectText } from './inspect-text.ts';
import { readSubmission } from './read-submission.ts';
import { UsageError } from './usage-error.ts';
import { safePath } from './terminal-text.ts';

export async function runInspect(args: readonly string[], io: Io): Promise<number> {
  const json = args.includes('--json');
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--json');
  if (unknown.length > 0) throw new UsageError('inspect', `unknown option ${unknown.join(', ')}`);
  const files = args.filter((a) => !a.startsWith('-'));
  if (files.length !== 1) throw new UsageError('inspect', 'expects exactly one FILE');
  const file = files[0] ?? '';
  const read = readSubmission(file);
  if (!read.ok) {
    io.stderr.write(`scaleup inspect: ${safePath(file)}: ${read.reason}\n`);
    return 1;
  }
  const result = await ingestText(read.text);
  io.stdout.write(
    json ? `${JSON.stringify(inspectJson(result), null, 2)}\n` : inspectText(file, result),
  );
  return 0;
}
