// The scenario of `scaleup simulate`: a YAML/JSON scenario file, then --seconds, --rate, --seed, --fail, --promote, --trace.
import { readFileSync } from 'node:fs';
import type { Failure } from '../engine/simulate/failure-schema.ts';
import {
  parseScenario,
  scenarioSchema,
  type Scenario,
} from '../engine/simulate/scenario-schema.ts';
import { parseYamlWith } from '../engine/schema/friendly-error.ts';
import type { ParsedArgs } from './args.ts';
import { UsageError } from './usage-error.ts';

function number(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min)
    throw new UsageError('simulate', `--${name} expects a number >= ${min}, got "${value}"`);
  return n;
}

/** `NODE@TIME` kills NODE at TIME seconds; `NODE@START-END` brings it back at END. NODE is an id or a label. */
export function parseFail(value: string): Failure {
  const at = value.lastIndexOf('@');
  const target = value.slice(0, at).trim();
  const when = /^\s*(\d+(?:\.\d+)?)\s*(?:-\s*(\d+(?:\.\d+)?))?\s*$/.exec(value.slice(at + 1));
  if (at <= 0 || target === '' || when === null) {
    throw new UsageError(
      'simulate',
      `--fail expects NODE@TIME or NODE@START-END (seconds), got "${value}"`,
    );
  }
  const start = Number(when[1]);
  const end = when[2] === undefined ? undefined : Number(when[2]);
  if (end !== undefined && end <= start)
    throw new UsageError('simulate', `--fail ${value}: the end must come after the start`);
  return end === undefined
    ? { action: 'kill', at: start, target }
    : { action: 'kill', at: start, target, until: end };
}

/** `NODE@TIME`: an operator promotes the database replica NODE to primary at TIME seconds. */
export function parsePromote(value: string): Failure {
  const at = value.lastIndexOf('@');
  const target = value.slice(0, at).trim();
  const when = /^\s*(\d+(?:\.\d+)?)\s*$/.exec(value.slice(at + 1));
  if (at <= 0 || target === '' || when === null)
    throw new UsageError('simulate', `--promote expects NODE@TIME (seconds), got "${value}"`);
  return { action: 'promote', at: Number(when[1]), target };
}

export function scenarioOf(parsed: ParsedArgs): Scenario {
  const last = (name: string) => parsed.values.get(name)?.at(-1);
  const file = last('scenario');
  let base: Scenario = parseScenario({});
  if (file !== undefined) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new UsageError(
        'simulate',
        `cannot read scenario ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
      );
    }
    base = parseYamlWith(text, file, scenarioSchema);
  }
  const seconds = number('seconds', last('seconds'), 0.001);
  const rate = number('rate', last('rate'), 0);
  const seed = number('seed', last('seed'), 0);
  const trace = number('trace', last('trace'), 0);
  if (seed !== undefined && !Number.isInteger(seed))
    throw new UsageError('simulate', `--seed expects an integer, got "${last('seed')}"`);
  const fails = [
    ...(parsed.values.get('fail') ?? []).map(parseFail),
    ...(parsed.values.get('promote') ?? []).map(parsePromote),
  ];
  return parseScenario(
    {
      ...base,
      ...(seconds === undefined ? {} : { duration: seconds }),
      ...(seed === undefined ? {} : { seed }),
      ...(trace === undefined ? {} : { trace: Math.floor(trace) }),
      traffic: { ...base.traffic, ...(rate === undefined ? {} : { rate }) },
      failures: [...base.failures, ...fails],
    },
    'command line',
  );
}
