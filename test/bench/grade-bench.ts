// Benchmark: grade the corpus repeated to 1,000 submissions; compare with parsing alone (Mermaid + split).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { splitSubmission } from '../../src/engine/ingest/blocks.ts';
import { createNodeMermaidParser } from '../../src/platform/mermaid-node.ts';
import { eachInFlight } from '../../src/cli/in-flight.ts';
import { createNodeGrader, type NodeGrader } from '../../src/platform/node-grader.ts';
import { corpusFileOf, corpusLabels, corpusPath } from '../fixtures/shared.ts';

export interface BenchItem {
  readonly text: string;
  readonly task: string;
}

export function corpusRepeated(count: number): BenchItem[] {
  const base = Object.entries(corpusLabels()).map(([id, l]) => ({
    text: readFileSync(corpusPath(corpusFileOf(id, l.task)), 'utf8'),
    task: l.task,
  }));
  return Array.from({ length: count }, (_, i) => base[i % base.length] as BenchItem);
}

export async function benchParse(items: readonly BenchItem[]): Promise<number> {
  const parser = createNodeMermaidParser();
  const start = performance.now();
  for (const item of items) {
    for (const block of splitSubmission(item.text).mermaid) await parser.parse(block.text);
  }
  return performance.now() - start;
}

export interface GradeBenchOptions {
  /** The grader to time (default: a new one on this thread alone). */
  readonly grader?: NodeGrader;
  /** Submissions graded at once, as `scaleup grade` does (default 1). */
  readonly inFlight?: number;
}

export async function benchGrade(
  items: readonly BenchItem[],
  options: GradeBenchOptions = {},
): Promise<number> {
  const grader = options.grader ?? createNodeGrader();
  const byTask = new Map(grader.rubrics.map((r) => [r.rubric.task, r]));
  const start = performance.now();
  await eachInFlight(items.length, options.inFlight ?? 1, async (i) => {
    const item = items[i];
    const rubric = item && byTask.get(item.task);
    if (item && rubric) await grader.grade(item.text, rubric);
  });
  return performance.now() - start;
}

/** A round is "no faster" when it takes at least this share of the best round so far. */
const STEADY_SHARE = 0.97;

/**
 * Grades the items round after round until two rounds running are no faster than the best before them
 * (the JIT's tiers and the heap's size have settled), or `maxRounds`; returns each round's time in ms.
 */
export async function warmUntilSteady(
  items: readonly BenchItem[],
  options: GradeBenchOptions = {},
  maxRounds = 12,
): Promise<number[]> {
  const rounds: number[] = [];
  let best = Infinity;
  let flat = 0;
  while (rounds.length < maxRounds && flat < 2) {
    const ms = await benchGrade(items, options);
    rounds.push(ms);
    flat = ms >= best * STEADY_SHARE ? flat + 1 : 0;
    best = Math.min(best, ms);
  }
  return rounds;
}
