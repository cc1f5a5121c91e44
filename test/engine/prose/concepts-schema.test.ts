// Tests of the concepts.yaml schema: the shipped file covers every prose criterion; mistakes name file, field and line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SchemaError } from '../../../src/engine/schema/friendly-error.ts';
import { parseConcepts } from '../../../src/engine/prose/concepts-schema.ts';
import { readSharedDoc } from '../../fixtures/shared.ts';

const FILE = 'quizzes/concepts.yaml';
const text = readFileSync(new URL('../../../quizzes/concepts.yaml', import.meta.url), 'utf8');
const criteriaDoc = readSharedDoc('CRITERIA.md');

/** Parses `text` with one substring replaced; returns the error thrown and the 1-based line of the change. */
function broken(from: string, to: string): { error: unknown; line: number } {
  const at = text.indexOf(from);
  expect(at, from).toBeGreaterThanOrEqual(0);
  const changed = text.slice(0, at) + to + text.slice(at + from.length);
  const line = text.slice(0, at).split('\n').length;
  try {
    parseConcepts(changed, FILE);
  } catch (error) {
    return { error, line };
  }
  return { error: null, line };
}

describe('parseConcepts', () => {
  it('reads the shipped concepts, one for every prose criterion of CRITERIA.md', () => {
    const concepts = parseConcepts(text, FILE);
    const prose = [...criteriaDoc.matchAll(/^\| `(s\d\.[a-z.-]+)` \| prose \|/gm)].map((m) => m[1]);
    expect(prose.length).toBe(29);
    expect(Object.keys(concepts.criteria).sort()).toEqual([...prose].sort());
  });

  it('names the file, the field path and the line of a misspelt field', () => {
    const { error, line } = broken('ordered: true, within: 15 }', 'ordered: true, withn: 15 }');
    expect(error).toBeInstanceOf(SchemaError);
    const e = error as SchemaError;
    expect(e.file).toBe(FILE);
    expect(e.issues[0]?.path).toBe('criteria["s0.explain.server"].claims[0].patterns[0].withn');
    expect(e.issues[0]?.line).toBe(line);
    expect(e.message).toContain(`${FILE}:${line}:`);
    expect(e.message).toContain('withn');
  });

  it('names a term list that does not exist', () => {
    const { error, line } = broken(
      'ideas: [server-definition, server-function]',
      'ideas: [server-definiton, server-function]',
    );
    expect(error).toBeInstanceOf(SchemaError);
    const e = error as SchemaError;
    expect(e.issues[0]?.path).toBe('criteria["s0.explain.server"].claims[0].patterns[0].ideas[0]');
    expect(e.issues[0]?.line).toBe(line);
    expect(e.message).toContain('server-definiton');
  });

  it('names a tagged term list that is not one of the pattern’s ideas', () => {
    const { error } = broken('tagged: [mode-any] }', 'tagged: [mode-traits, standby] }');
    expect(error).toBeInstanceOf(SchemaError);
    expect((error as SchemaError).message).toContain('"standby" is not one of the ideas');
  });

  it('refuses a phrasing with no word in it and an include of an unknown list', () => {
    const empty = broken('negation: [no, not,', 'negation: ["=", not,');
    expect(empty.error).toBeInstanceOf(SchemaError);
    expect((empty.error as SchemaError).issues[0]?.path).toBe('terms.negation[0]');
    const include = broken('negation: [no, not,', 'negation: ["@nowhere", not,');
    expect(include.error).toBeInstanceOf(SchemaError);
    expect((include.error as SchemaError).message).toContain('nowhere');
  });

  it('refuses a need larger than the number of claims', () => {
    const { error } = broken('    need: 2\n', '    need: 4\n');
    expect(error).toBeInstanceOf(SchemaError);
    expect((error as SchemaError).issues[0]?.path).toMatch(/\.need$/);
  });
});
