// Benchmark: grade the corpus repeated to 1,000 submissions; compare with parsing alone (Mermaid + split).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { splitSubmission } from '../../src/engine/ingest/blocks.ts';
import { createNodeMermaidParser } from '../../src/platform/mermaid-node.ts';
import { createNodeGrader } from '../../src/platform/node-grader.ts';
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

export async function benchGrade(items: readonly BenchItem[]): Promise<number> {
  const grader = createNodeGrader();
  const byTask = new Map(grader.rubrics.map((r) => [r.rubric.task, r]));
  const start = performance.now();
  for (const item of items) {
    const rubric = byTask.get(item.task);
    if (rubric) await grader.grade(item.text, rubric);
  }
  return performance.now() - start;
}
