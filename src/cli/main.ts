// The scaleup command line: dispatches inspect, check, grade and simulate (each loaded on demand) and maps errors to exit codes.
import { SchemaError } from '../engine/schema/friendly-error.ts';
import { InputError } from './input-error.ts';
import { safeMessage, safePath } from './terminal-text.ts';
import { UsageError } from './usage-error.ts';

export interface Io {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  /** Called by `grade` with the class's size before grading starts: the process may tune its runtime. */
  readonly beforeGrading?: (submissions: number) => void;
}

const HELP = `Usage: scaleup <command> [options]

Commands:
  inspect FILE [--json]   show what the engine read from a submission: diagrams, repairs,
                          nodes by kind with host and line, edges, image links, prose sections

  check FILE [--task auto|0|1|2|3|ID] [--rubrics DIR] [--json]
                          one learner's feedback, criterion by criterion; exit code 0
                          only when every criterion passes
  grade PATH... [--task auto|0|1|2|3|ID]
        [--format table|json|csv|md|html|gradescope|junit|classroom|feedback]
        [--out DIR] [--rubrics DIR]
                          grade a class: files, a folder per student or students'
                          repositories; writes every report asked for into DIR
  simulate FILE [--seconds 60] [--rate 200] [--seed 1] [--fail NODE@TIME[-END]]...
        [--promote NODE@TIME]... [--scenario FILE] [--trace N] [--chaos] [--json]
                          traffic simulation of the submission's diagram: summary, event
                          log, plaintext hops, charts; NODE is a diagram id or exact label;
                          --promote makes a database replica the primary (by hand);
                          --chaos fails each node in turn to find single points of failure;
                          --json prints times in seconds, latencies in milliseconds

Run through npm: npm exec scaleup -- inspect FILE
`;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'inspect':
        return await (await import('./inspect.ts')).runInspect(rest, io);
      case 'check':
        return await (await import('./check.ts')).runCheck(rest, io);
      case 'grade':
        return await (await import('./grade.ts')).runGrade(rest, io);
      case 'simulate':
        return await (await import('./simulate.ts')).runSimulate(rest, io);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.stdout.write(HELP);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(command, `unknown command "${command}"`);
    }
  } catch (error) {
    // Every message may carry a file name or an argument: printed through the sanitizer, never a stack trace.
    if (error instanceof UsageError) {
      io.stderr.write(
        `scaleup ${safePath(error.command)}: ${safeMessage(error.message)}\n\n${HELP}`,
      );
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr.write(
        `scaleup ${error.command}: ${safePath(error.path)}: ${safeMessage(error.problem)}\n`,
      );
      return 2;
    }
    if (error instanceof SchemaError) {
      // A rubric, vocabulary or concepts file with a mistake: say where, change nothing.
      io.stderr.write(`scaleup: ${safeMessage(error.message)}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`scaleup: internal error: ${safePath(message)}\n`);
    return 70;
  }
}
