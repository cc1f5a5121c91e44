// The schema of quizzes/vocabulary.yaml (label terms per kind, role, protocol) and its parser.

import { z } from 'zod';
import { NODE_KINDS, PROTOCOLS, ROLES } from '../topology/model.ts';
import { parseYamlWith } from '../schema/friendly-error.ts';
import { parseTerm } from './normalize.ts';

/** Every kind a label can name; 'unknown' is what is left when none matches. */
export const KindName = z.enum(NODE_KINDS).exclude(['unknown']);
export type ClassifiableKind = z.infer<typeof KindName>;

/** "load balanc*": words matched whole, except a trailing `*` which makes the last word a prefix. */
const Term = z
  .string()
  .min(1)
  .refine((t) => !t.slice(0, -1).includes('*'), { message: '"*" may only end a term' })
  .refine((t) => parseTerm(t).tokens.some((w) => /^[a-z0-9]/.test(w)), {
    message: 'term has no letters or digits',
  })
  .refine((t) => !parseTerm(t).prefix || /^[a-z]/.test(parseTerm(t).tokens.at(-1) ?? ''), {
    message: 'a prefix term ("...*") must end with a word',
  });

/** A word or symbol standing alone ("and", "+", "->"). */
const SingleToken = z
  .string()
  .min(1)
  .refine((t) => parseTerm(t).tokens.length === 1 && !parseTerm(t).prefix, {
    message: 'expected a single word or symbol',
  });

const KindEntry = z.strictObject({
  /** Higher wins when a label names several kinds ("Monitoring client - Web server"). */
  priority: z.int().min(0).max(1000),
  /** A host word ("Server 1"): it yields to any component named in the same label. */
  container: z.boolean().default(false),
  /**
   * For a part installed on another component (a certificate, an agent, a host firewall), the kinds it is
   * installed on: joined to one of them in a label ("HAProxy + SSL certificate"), that one is the node.
   */
  'installed-on': z.array(KindName).default([]),
  terms: z.array(Term).min(1),
  /** Counted only when the label holds no other known term ("www.foobar.com" alone is the DNS). */
  weak: z.array(Term).default([]),
});

const RoleEntry = z.strictObject({
  role: z.enum(ROLES),
  /** The kinds this reading applies to ("primary" is a database primary but an active load balancer). */
  kinds: z.array(KindName).min(1),
  terms: z.array(Term).min(1),
});

const EdgeEntry = z.strictObject({
  protocol: z.enum(PROTOCOLS).nullable(),
  encrypted: z.boolean().nullable(),
  terms: z.array(Term).min(1),
  weak: z.array(Term).default([]),
});

export const VocabularySchema = z.strictObject({
  version: z.literal(1),
  kinds: z.record(KindName, KindEntry),
  /** Phrases that name no component ("web infrastructure"): they hide nothing but silence weak terms. */
  ignore: z.array(Term).default([]),
  roles: z.array(RoleEntry),
  /** Words after which a label names something else ("DNS resolves to Load Balancer"). */
  breaks: z.array(SingleToken).default([]),
  /** Words that say a component is absent ("(no firewall)", "sans pare-feu"): such a label names nothing. */
  negations: z.array(SingleToken).default([]),
  /** Words and symbols that join two names ("Web + App", "LB1 & LB2"). */
  joiners: z.array(SingleToken).min(1),
  /** Number words for counts ("two load balancers"). */
  numbers: z.record(z.string().regex(/^[a-z]+$/), z.int().min(2).max(99)).default({}),
  /** Two of these kinds joined in one label ("Nginx + App + MySQL") name the host instead. */
  combine: z.strictObject({ kinds: z.array(KindName).min(2), into: KindName }),
  /** In order: the first entry that matches gives the protocol; the first with `encrypted` set gives it. */
  edges: z.array(EdgeEntry).min(1),
});

export type Vocabulary = z.output<typeof VocabularySchema>;

/** Parses and validates vocabulary YAML; throws a SchemaError naming the file and line. */
export function parseVocabulary(text: string, file: string): Vocabulary {
  return parseYamlWith(text, file, VocabularySchema);
}
