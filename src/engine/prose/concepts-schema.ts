// Schema of quizzes/concepts.yaml: named phrasings per language, and per prose criterion the claims that pass it.
import { z } from 'zod';
import { parseYamlWith } from '../schema/friendly-error.ts';
import { SECTION_GAP } from './regions.ts';
import { compileTerm } from './terms.ts';

const name = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'term list names are lowercase words joined by -');
const phrase = z.string().min(1).max(200);

/**
 * A list of phrasings, or `{ any, not }` when longer phrasings must not count ("web server" is not "server").
 * A phrasing `@name` includes the phrasings of the term list `name`.
 */
const termList = z.union([
  z.array(phrase).min(1),
  z.strictObject({ any: z.array(phrase).min(1), not: z.array(phrase).min(1) }),
]);

const patternShape = {
  /** Term lists that must all occur in the section body (and the sections under it). */
  ideas: z.array(name).min(1).max(4),
  /** Term lists that must occur in the section's heading; the body must still hold the ideas. */
  heading: z.array(name).default([]),
  /** Largest distance in words between the first and the last idea found (less than a section break). */
  within: z
    .number()
    .int()
    .min(0)
    .max(SECTION_GAP - 1)
    .default(12),
  /** `sentence`: all ideas in one sentence; `section`: anywhere within the span, across sentences. */
  scope: z.enum(['sentence', 'section']).default('section'),
  /** The ideas must occur in the order listed. */
  ordered: z.boolean().default(false),
  /** The match does not count when a sentence it touches holds one of these term lists. */
  unless: z.array(name).default([]),
  /** Mentions right after a negation ("no load balancer") do not count. */
  affirmed: z.boolean().default(false),
  /** Term lists whose mentions inside parentheses do not count ("metrics (CPU, QPS)"). */
  bare: z.array(name).default([]),
  /** Term lists whose mentions count only inside parentheses, a tag ("serve at once (active-active)"). */
  tagged: z.array(name).default([]),
};

const pattern = z.strictObject(patternShape);

const claim = z.strictObject({
  /** What the claim is, for messages: "why the load balancer is added". */
  what: z.string().min(1),
  patterns: z.array(pattern).min(1),
});

const criterion = z.strictObject({
  /** What the criterion asks, for messages: "what a server is". */
  what: z.string().min(1),
  /** Term lists naming the topic in a heading: those sections are read first for evidence. */
  headings: z.array(name).default([]),
  /** How many claims must be found; all of them when left out. */
  need: z.number().int().min(1).optional(),
  claims: z.array(claim).min(1),
  /** Statements that fail the criterion whatever else is found, with the reason shown to the learner. */
  reject: z.array(z.strictObject({ ...patternShape, reason: z.string().min(1) })).default([]),
});

const messages = z.strictObject({
  /** Placeholders: {what}, {found}, {missing}, {id}. */
  pass: z.string().min(1),
  fail: z.string().min(1),
  partial: z.string().min(1),
  unknown: z.string().min(1),
});

export const conceptsSchema = z
  .strictObject({
    version: z.literal(1),
    /** The term list of negations ("no", "without", "sans", "sin"), used by `affirmed`. */
    negation: name,
    messages,
    /**
     * Misspellings read as the word meant, one word for one ("databse: database"), before any phrasing is
     * looked for: learners' spellings an instructor meets and wants read.
     */
    spellings: z
      .record(
        z.string().regex(/^[a-z]+$/, 'a misspelling is one lowercase word without accents'),
        z.string().regex(/^[a-z]+$/, 'the word meant is one lowercase word without accents'),
      )
      .default({}),
    terms: z.record(name, termList),
    criteria: z.record(
      z
        .string()
        .regex(/^[a-z0-9][a-z0-9.-]*$/, 'criterion ids are lowercase words joined by . or -'),
      criterion,
    ),
  })
  .superRefine((c, ctx) => {
    const known = new Set(Object.keys(c.terms));
    const need = (n: string, path: (string | number)[]): void => {
      if (!known.has(n))
        ctx.addIssue({ code: 'custom', path, message: `unknown term list "${n}"` });
    };
    need(c.negation, ['negation']);
    for (const [n, list] of Object.entries(c.terms)) {
      const phrases: [string, (string | number)[]][] = Array.isArray(list)
        ? list.map((ph, i) => [ph, ['terms', n, i]])
        : [
            ...list.any.map((ph, i): [string, (string | number)[]] => [ph, ['terms', n, 'any', i]]),
            ...list.not.map((ph, i): [string, (string | number)[]] => [ph, ['terms', n, 'not', i]]),
          ];
      for (const [ph, path] of phrases) {
        if (ph.startsWith('@')) need(ph.slice(1), path);
        else if (compileTerm(ph).steps.length === 0)
          ctx.addIssue({ code: 'custom', path, message: `"${ph}" has a part with no word in it` });
      }
    }
    for (const [id, crit] of Object.entries(c.criteria)) {
      crit.headings.forEach((n, i) => need(n, ['criteria', id, 'headings', i]));
      if (crit.need !== undefined && crit.need > crit.claims.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['criteria', id, 'need'],
          message: `need is ${crit.need} but there are ${crit.claims.length} claims`,
        });
      }
      const check = (p: z.infer<typeof pattern>, path: (string | number)[]): void => {
        for (const key of ['ideas', 'heading', 'unless', 'bare', 'tagged'] as const)
          p[key].forEach((n, i) => need(n, [...path, key, i]));
        for (const key of ['bare', 'tagged'] as const)
          p[key].forEach((n, i) => {
            if (!p.ideas.includes(n))
              ctx.addIssue({
                code: 'custom',
                path: [...path, key, i],
                message: `"${n}" is not one of the ideas`,
              });
          });
      };
      crit.claims.forEach((cl, i) =>
        cl.patterns.forEach((p, j) => check(p, ['criteria', id, 'claims', i, 'patterns', j])),
      );
      crit.reject.forEach((r, i) => check(r, ['criteria', id, 'reject', i]));
    }
  });

export type Concepts = z.output<typeof conceptsSchema>;
export type ConceptCriterion = Concepts['criteria'][string];
export type ConceptPattern = ConceptCriterion['claims'][number]['patterns'][number];

/** Reads concepts.yaml; throws a SchemaError naming the file, the field path and the line. */
export function parseConcepts(text: string, file: string): Concepts {
  return parseYamlWith(text, file, conceptsSchema);
}
