// Grades every prose criterion of a rubric on a submission's sections: one map by criterion id, plain data (a worker can send it).
import type { Criterion } from '../grade/rubric-schema.ts';
import type { Concepts } from './concepts-schema.ts';
import { gradeProse, type ProseVerdict } from './grade-prose.ts';
import type { Section } from './section.ts';

export type ProseVerdicts = ReadonlyMap<string, ProseVerdict>;

/** The part of a criterion the prose grader reads. */
export type ProseCriterion = Pick<Criterion, 'id' | 'kind' | 'concept'>;

export function gradeProseCriteria(
  sections: readonly Section[],
  criteria: readonly ProseCriterion[],
  concepts: Concepts,
): Map<string, ProseVerdict> {
  const out = new Map<string, ProseVerdict>();
  for (const c of criteria)
    if (c.kind === 'prose') out.set(c.id, gradeProse(c.concept ?? c.id, sections, concepts));
  return out;
}
