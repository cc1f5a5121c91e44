// Test helper for the rule tests: grades a text with one task's rubric and reads one criterion's outcome.
import type { createNodeGrader } from '../../../../src/platform/node-grader.ts';

type Grader = ReturnType<typeof createNodeGrader>;

/** A Mermaid fence of the given lines under a header ("flowchart LR" unless told). */
export function mermaid(lines: readonly string[], header = 'flowchart LR'): string {
  return `\`\`\`mermaid\n${header}\n${lines.join('\n')}\n\`\`\`\n`;
}

/** The verdict and message of criterion `id` when `text` is graded with task `task`'s rubric. */
export async function criterion(
  grader: Grader,
  task: string,
  text: string,
  id: string,
): Promise<{ verdict: string; message: string }> {
  const rubric = grader.rubrics.find((r) => r.rubric.task === task);
  if (!rubric) throw new Error(`no rubric for task ${task}`);
  const c = (await grader.grade(text, rubric)).criteria.find((x) => x.id === id);
  return { verdict: c?.verdict ?? '', message: c?.message ?? '' };
}
