// The rubric a person edits (quizzes/<task>.yaml): criteria naming a rule, its parameters, points and feedback.
import { z } from 'zod';
import { DIAGRAM_RULES } from './registry.ts';

const step = z.strictObject({
  rule: z.string(),
  params: z.record(z.string(), z.unknown()).default({}),
});

const criterion = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]*$/, 'criterion ids are lowercase words joined by . or -'),
    title: z.string().min(1),
    kind: z.enum(['diagram', 'prose']),
    points: z.number().int().min(0),
    /** Diagram rules: one of the registry's names, `diagram-present` or `all-of`; prose: `explained`. */
    rule: z.string(),
    params: z.record(z.string(), z.unknown()).default({}),
    steps: z.array(step).optional(),
    /** Prose: the concept of quizzes/concepts.yaml to look for (defaults to the criterion id). */
    concept: z.string().optional(),
    feedback: z.strictObject({
      pass: z.string().min(1),
      fail: z.string().min(1),
      review: z.string().min(1).optional(),
    }),
  })
  .superRefine((c, ctx) => {
    const known =
      c.kind === 'prose'
        ? ['explained']
        : ['diagram-present', 'all-of', ...Object.keys(DIAGRAM_RULES)];
    if (!known.includes(c.rule)) {
      ctx.addIssue({
        code: 'custom',
        path: ['rule'],
        message: `unknown ${c.kind} rule "${c.rule}" (known: ${known.join(', ')})`,
      });
      return;
    }
    const check = (rule: string, params: unknown, path: (string | number)[]): void => {
      const def = DIAGRAM_RULES[rule];
      if (!def) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'rule'],
          message: `unknown diagram rule "${rule}"`,
        });
        return;
      }
      const parsed = def.params.safeParse(params);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          ctx.addIssue({
            code: 'custom',
            path: [
              ...path,
              'params',
              ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
            ],
            message: issue.message,
          });
        }
      }
    };
    if (c.rule === 'all-of') {
      if (!c.steps || c.steps.length === 0)
        ctx.addIssue({ code: 'custom', path: ['steps'], message: 'all-of needs a list of steps' });
      c.steps?.forEach((s, i) => check(s.rule, s.params, ['steps', i]));
    } else if (c.kind === 'diagram' && c.rule !== 'diagram-present') {
      check(c.rule, c.params, []);
    }
  });

export const rubricSchema = z
  .strictObject({
    id: z.string().min(1),
    task: z.string().min(1),
    title: z.string().min(1),
    /** Words in a file or folder name that mean this task, for `--task auto`. */
    match: z.array(z.string().min(1)).min(1),
    criteria: z.array(criterion).min(1),
  })
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    r.criteria.forEach((c, i) => {
      if (seen.has(c.id))
        ctx.addIssue({
          code: 'custom',
          path: ['criteria', i, 'id'],
          message: `duplicate criterion id "${c.id}"`,
        });
      seen.add(c.id);
    });
  });

export type Rubric = z.infer<typeof rubricSchema>;
export type Criterion = Rubric['criteria'][number];
