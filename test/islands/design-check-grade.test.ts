// The design checker grades as `scaleup check` does: same verdicts, messages, evidence and advice on every seed and a
// sample of the corpus, through the page's data (quizzes/ → JSON → zod) and the checker's pure grading function.
import { describe, expect, it } from 'vitest';
import { gradeOne } from '../../src/cli/grade-batch.ts';
import type { LoadedRubric } from '../../src/engine/grade/load-rubric.ts';
import { checkDesign } from '../../src/islands/design-check-grade.ts';
import { createNodeGrader } from '../../src/platform/node-grader.ts';
import { nodeMermaidParser } from '../../src/platform/node-ingest.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  corpusFiles,
  corpusPath,
  manifest,
  SEEDS_DIR,
  seedLabels,
  seedNames,
} from '../fixtures/shared.ts';
import { pageData } from './design-check-fixture.ts';

const grader = createNodeGrader();

function rubricOfTask(task: string): LoadedRubric {
  const found = grader.rubrics.find((r) => r.rubric.task === task);
  if (!found) throw new Error(`no rubric for task ${task}`);
  return found;
}

/** Every seed, and every third task file of the corpus (all four tasks among them). */
function cases(): { name: string; path: string; task: string }[] {
  const labels = seedLabels();
  const seeds = seedNames().map((f) => ({
    name: f,
    path: join(SEEDS_DIR, f),
    task: labels[f.replace(/\.txt$/, '')]?.task ?? '',
  }));
  // The manifest's task of each file; the readme copies answer no task and are left out.
  const taskOf = new Map(manifest().map((e) => [e.file, e.task]));
  const corpus = corpusFiles()
    .filter((f) => /^[0-3]$/.test(taskOf.get(f) ?? ''))
    .filter((_, i) => i % 3 === 0)
    .map((f) => ({ name: f, path: corpusPath(f), task: taskOf.get(f) ?? '' }));
  return [...seeds, ...corpus];
}

describe('design checker grading', () => {
  it('samples seeds and corpus files of every task', () => {
    const all = cases();
    expect(all.length).toBeGreaterThan(40);
    expect(new Set(all.map((c) => c.task))).toEqual(new Set(['0', '1', '2', '3']));
  });

  it.each(cases())('$name: the same result as scaleup check', async ({ path, task }) => {
    const rubric = rubricOfTask(task);
    const cli = await gradeOne({ kind: 'file', path, display: path }, grader, rubric);
    expect(cli.status).toBe('graded');
    const text = readFileSync(path, 'utf8');
    const { graded } = await checkDesign(text, pageData(rubric.rubric.id), nodeMermaidParser());
    expect(graded.criteria).toEqual(cli.criteria);
    expect(graded.findings).toEqual(cli.findings);
    expect([graded.score, graded.maxScore]).toEqual([cli.score, cli.maxScore]);
  });

  it('drops a byte-order mark as the CLI does when it reads a file', async () => {
    const data = pageData('1-distributed_web_infrastructure');
    const text = readFileSync(join(SEEDS_DIR, seedNames()[0] ?? ''), 'utf8');
    const plain = await checkDesign(text, data, nodeMermaidParser());
    const marked = await checkDesign(`\uFEFF${text}`, data, nodeMermaidParser());
    expect(marked.graded).toEqual(plain.graded);
  });
});
