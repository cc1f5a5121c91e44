// A small strict argument parser: known flags with values, repeated flags, positionals; typos fail loudly.
import { UsageError } from './usage-error.ts';

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly values: ReadonlyMap<string, readonly string[]>;
  readonly flags: ReadonlySet<string>;
}

export function parseArgs(
  command: string,
  args: readonly string[],
  spec: { readonly values: readonly string[]; readonly flags: readonly string[] },
): ParsedArgs {
  const positionals: string[] = [];
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (spec.flags.includes(name)) {
      flags.add(name);
    } else if (spec.values.includes(name)) {
      const value = inline ?? args[i + 1];
      if (value === undefined) throw new UsageError(command, `--${name} needs a value`);
      if (inline === undefined) i += 1;
      values.set(name, [...(values.get(name) ?? []), value]);
    } else {
      throw new UsageError(command, `unknown option --${name}`);
    }
  }
  return { positionals, values, flags };
}
