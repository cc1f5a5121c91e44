// What makes a build not good: a failing exit code, any `[ERROR]` line Astro printed, any broken internal link.
import type { BrokenLink } from './links.ts';

export function errorLines(output: string): string[] {
  return output
    .split('\n')
    .filter((line) => line.includes('[ERROR]'))
    .map((line) => line.trim());
}

export function buildProblems(
  code: number,
  output: string,
  broken: readonly BrokenLink[],
): string[] {
  return [
    ...(code === 0 ? [] : [`astro build exited with ${code}`]),
    ...errorLines(output).map((e) => `astro reported an error: ${e}`),
    ...broken.map((b) => `broken internal link on ${b.page}: ${b.target}`),
  ];
}
