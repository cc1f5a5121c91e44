// The scaleup command line: dispatches inspect (and later check, grade, simulate) and maps errors to exit codes.
import { runInspect } from './inspect.ts';
import { UsageError } from './usage-error.ts';

export interface Io {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

const HELP = `Usage: scaleup <command> [options]

Commands:
  inspect FILE [--json]   show what the engine read from a submission: diagrams, repairs,
                          nodes by kind with host and line, edges, image links, prose sections

Run through npm: npm exec scaleup -- inspect FILE
`;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'inspect':
        return await runInspect(rest, io);
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
    if (error instanceof UsageError) {
      io.stderr.write(`scaleup ${error.command}: ${error.message}\n\n${HELP}`);
      return 2;
    }
    throw error;
  }
}
