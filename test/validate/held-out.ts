// Held-out agreement: for each fold of authors, the vocabulary and concepts lose what only that fold attests, then grade it.
import { readFileSync } from 'node:fs';
import type { Vocabulary } from '../../src/engine/classify/vocabulary-schema.ts';
import { gradeIngested } from '../../src/engine/grade/grade.ts';
import type { LoadedRubric } from '../../src/engine/grade/load-rubric.ts';
import { ingest } from '../../src/engine/ingest/ingest.ts';
import type { Concepts } from '../../src/engine/prose/concepts-schema.ts';
import {
  conceptPhrases,
  createAttester,
  vocabularyTerms,
} from '../../src/engine/validate/attested.ts';
import { heldOutOnly, pruneConcepts, pruneVocabulary } from '../../src/engine/validate/prune.ts';
import { loadVocabulary } from '../../src/platform/node-data.ts';
import { nodeMermaidParser } from '../../src/platform/node-ingest.ts';
import { loadConcepts, loadRubrics } from '../../src/platform/node-rubrics.ts';
import type { LabelledVerdicts } from '../fixtures/agreement.ts';
import {
  corpusFileOf,
  corpusFiles,
  corpusPath,
  readSeed,
  seedNames,
  vendoredCorpusLabels,
  type CorpusLabel,
} from '../fixtures/shared.ts';

export interface Item {
  readonly id: string;
  readonly owner: string;
  readonly label: CorpusLabel;
  readonly text: string;
}

/** The author of a corpus file: `<id>_<owner>__<file>`. */
export function ownerOf(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1);
  return base.slice(base.indexOf('_') + 1, base.indexOf('__'));
}

export function labelledItems(): Item[] {
  return Object.entries(vendoredCorpusLabels())
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, label]) => {
      const file = corpusFileOf(id, label.task);
      return { id, owner: ownerOf(file), label, text: readFileSync(corpusPath(file), 'utf8') };
    });
}

/**
 * Unlabelled texts on the training side: the seeds (no author: always), and the READMEs of files/readme,
 * which belong to their author and so leave training when that author is held out (one holds an answer).
 */
function unlabelled(): { owner: string | null; text: string }[] {
  const readmes = corpusFiles().filter((f) => f.startsWith('files/readme/'));
  return [
    ...seedNames().map((s) => ({ owner: null, text: readSeed(s) })),
    ...readmes.map((f) => ({ owner: ownerOf(f), text: readFileSync(corpusPath(f), 'utf8') })),
  ];
}

/** Small seeded PRNG (mulberry32) so that k-fold groups are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fold number of each author: one fold per author (`folds` = 0), or `folds` groups shuffled with `seed`. */
export function assignFolds(
  owners: readonly string[],
  folds: number,
  seed = 42,
): Map<string, number> {
  const unique = [...new Set(owners)].sort();
  if (folds <= 0) return new Map(unique.map((o, i) => [o, i]));
  const rand = prng(seed);
  for (let i = unique.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    [unique[i], unique[j]] = [unique[j] as string, unique[i] as string];
  }
  return new Map(unique.map((o, i) => [o, i % folds]));
}

export interface Graded extends LabelledVerdicts {
  readonly item: Item;
}

async function gradeWith(
  item: Item,
  rubrics: readonly LoadedRubric[],
  vocabulary: Vocabulary,
  concepts: Concepts,
): Promise<Graded> {
  const rubric = rubrics.find((r) => r.rubric.task === item.label.task);
  if (!rubric) throw new Error(`no rubric for task ${item.label.task}`);
  const ingested = await ingest(item.text, { mermaid: nodeMermaidParser(), vocabulary });
  const graded = gradeIngested(ingested, rubric.rubric, { vocabulary, concepts });
  return {
    item,
    id: item.id,
    label: item.label,
    verdicts: new Map(
      graded.criteria.map((c) => [c.id, { verdict: c.verdict, message: c.message }]),
    ),
  };
}

export const isProse = (criterion: string): boolean =>
  criterion.includes('.explain.') || criterion.includes('.issue.');

export { tally } from '../fixtures/agreement.ts';

export interface HeldOutRun {
  readonly inSample: readonly Graded[];
  readonly heldOut: readonly Graded[];
  /** Per fold: how many vocabulary terms and concept phrasings it alone attested (and so lost). */
  readonly pruned: readonly {
    fold: number;
    ids: readonly string[];
    terms: readonly string[];
    phrases: readonly string[];
  }[];
}

/** Grades every labelled file with the full data (in sample) and with its fold's pruned data (held out). */
export async function runHeldOut(folds: number, seed = 42): Promise<HeldOutRun> {
  const items = labelledItems();
  const rubrics = loadRubrics();
  const vocabulary = loadVocabulary();
  const concepts = loadConcepts();
  const attester = createAttester({
    vocabularyTerms: vocabularyTerms(vocabulary),
    conceptPhrases: conceptPhrases(concepts),
  });
  const seen = items.map((i) => ({
    terms: attester.vocabulary(i.text),
    phrases: attester.concepts(i.text),
  }));
  const base = unlabelled().map((u) => ({
    owner: u.owner,
    terms: attester.vocabulary(u.text),
    phrases: attester.concepts(u.text),
  }));
  const foldOf = assignFolds(
    items.map((i) => i.owner),
    folds,
    seed,
  );
  const inSample: Graded[] = [];
  for (const item of items) inSample.push(await gradeWith(item, rubrics, vocabulary, concepts));
  const heldOut: Graded[] = [];
  const pruned: { fold: number; ids: string[]; terms: string[]; phrases: string[] }[] = [];
  const foldIds = [...new Set(foldOf.values())].sort((a, b) => a - b);
  for (const fold of foldIds) {
    const inFold = (i: number): boolean => foldOf.get(items[i]?.owner ?? '') === fold;
    const held = seen.filter((_, i) => inFold(i));
    const train = [
      ...seen.filter((_, i) => !inFold(i)),
      ...base.filter((b) => b.owner === null || foldOf.get(b.owner) !== fold),
    ];
    const dropTerms = heldOutOnly(
      held.map((s) => s.terms),
      train.map((s) => s.terms),
    );
    const dropPhrases = heldOutOnly(
      held.map((s) => s.phrases),
      train.map((s) => s.phrases),
    );
    pruned.push({
      fold,
      ids: items.filter((_, i) => inFold(i)).map((i) => i.id),
      terms: [...dropTerms].sort(),
      phrases: [...dropPhrases].sort(),
    });
    const v = dropTerms.size === 0 ? vocabulary : pruneVocabulary(vocabulary, dropTerms);
    const c = dropPhrases.size === 0 ? concepts : pruneConcepts(concepts, dropPhrases);
    for (const [i, item] of items.entries())
      if (inFold(i)) heldOut.push(await gradeWith(item, rubrics, v, c));
  }
  return { inSample, heldOut, pruned };
}
