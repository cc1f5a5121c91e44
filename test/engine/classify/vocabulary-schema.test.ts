// The vocabulary data: the real file is valid and complete, and mistakes in it are reported at their line.
import { describe, expect, it } from 'vitest';
import { parseVocabulary } from '../../../src/engine/classify/vocabulary-schema.ts';
import { parseTerm } from '../../../src/engine/classify/normalize.ts';
import { SchemaError } from '../../../src/engine/schema/friendly-error.ts';
import { NODE_KINDS } from '../../../src/engine/topology/model.ts';
import { loadVocabulary, VOCABULARY_FILE, vocabularyText } from './load-vocabulary.ts';

const text = vocabularyText();

/** The 1-based line of the first line of `text` equal to `line`. */
function lineOf(source: string, line: string): number {
  const index = source.split('\n').indexOf(line);
  if (index < 0) throw new Error(`no line ${JSON.stringify(line)}`);
  return index + 1;
}

function schemaError(source: string): SchemaError {
  try {
    parseVocabulary(source, VOCABULARY_FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(SchemaError);
    return error as SchemaError;
  }
  throw new Error('expected a SchemaError');
}

describe('quizzes/vocabulary.yaml', () => {
  const vocab = loadVocabulary();

  it('names every kind but unknown, each with terms in use', () => {
    expect(Object.keys(vocab.kinds).sort()).toEqual(
      NODE_KINDS.filter((k) => k !== 'unknown').sort(),
    );
    for (const kind of Object.values(vocab.kinds)) expect(kind.terms.length).toBeGreaterThan(0);
  });

  it('gives each kind its own priority so that ties never decide', () => {
    const priorities = Object.values(vocab.kinds).map((k) => k.priority);
    expect(new Set(priorities).size).toBe(priorities.length);
  });

  it('does not list the same term under two kinds', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [kind, entry] of Object.entries(vocab.kinds)) {
      for (const term of [...entry.terms, ...entry.weak]) {
        const { tokens, prefix } = parseTerm(term);
        const key = `${tokens.join(' ')}${prefix ? '*' : ''}`;
        const seen = owner.get(key);
        if (seen !== undefined && seen !== kind) clashes.push(`${key}: ${seen} and ${kind}`);
        owner.set(key, kind);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('gives every protocol at least one edge entry', () => {
    const protocols = new Set(vocab.edges.map((e) => e.protocol));
    for (const p of [
      'https',
      'http',
      'tcp',
      'mysql',
      'replication',
      'metrics',
      'heartbeat',
      'dns',
    ]) {
      expect(protocols).toContain(p);
    }
  });
});

describe('parseVocabulary errors', () => {
  it('reports a misspelt field at its line, and the field it replaced as missing', () => {
    const broken = text.replace('    terms:\n      - firewall*', '    terns:\n      - firewall*');
    const line = lineOf(broken, '    terns:');
    const error = schemaError(broken);
    expect(error.file).toBe('quizzes/vocabulary.yaml');
    expect(error.issues).toContainEqual({
      path: 'kinds.firewall.terns',
      line,
      message: 'unknown field "terns"',
    });
    expect(error.issues).toContainEqual({
      path: 'kinds.firewall.terms',
      line: lineOf(broken, '  firewall:'),
      message: 'missing required field (expected array)',
    });
  });

  it('reports a term of the wrong type at its line', () => {
    const broken = text.replace('      - fw\n', '      - 42\n');
    const line = lineOf(broken, '      - 42');
    const error = schemaError(broken);
    expect(error.issues).toEqual([
      { path: 'kinds.firewall.terms[1]', line, message: 'expected string, got number 42' },
    ]);
    expect(error.message).toBe(
      `quizzes/vocabulary.yaml:${line}: kinds.firewall.terms[1]: expected string, got number 42`,
    );
  });

  it('reports an unknown kind name and a bad role kind', () => {
    const broken = text
      .replace('  firewall:\n    priority: 90', '  firewal:\n    priority: 90')
      .replace('    kinds: [database, cache]', '    kinds: [databse, cache]');
    const error = schemaError(broken);
    expect(error.issues).toContainEqual({
      path: 'kinds.firewal',
      line: lineOf(broken, '  firewal:'),
      message: 'unknown field "firewal"',
    });
    const role = error.issues.find((i) => i.path === 'roles[1].kinds[0]');
    expect(role?.line).toBe(lineOf(broken, '    kinds: [databse, cache]'));
    expect(role?.message).toMatch(/^expected one of "user", "dns", .* got "databse"$/);
  });

  it('rejects terms that cannot match anything', () => {
    const broken = text.replace(
      '      - fw\n',
      '      - "*fw"\n      - "()"\n      - "ssl*cert"\n',
    );
    const messages = schemaError(broken).issues.map((i) => `${i.path}: ${i.message}`);
    expect(messages).toEqual([
      'kinds.firewall.terms[1]: "*" may only end a term',
      'kinds.firewall.terms[2]: term has no letters or digits',
      'kinds.firewall.terms[3]: "*" may only end a term',
    ]);
  });

  it('rejects a break made of several words', () => {
    const broken = text.replace('breaks: [to,', 'breaks: [points to,');
    const issue = schemaError(broken).issues[0];
    expect(issue).toEqual({
      path: 'breaks[0]',
      line: lineOf(broken, broken.split('\n').find((l) => l.startsWith('breaks:')) ?? ''),
      message: 'expected a single word or symbol',
    });
  });

  it('reports a YAML syntax error with its line', () => {
    const broken = text.replace('  firewall:\n', '  firewall: [\n');
    const error = schemaError(broken);
    expect(error.issues[0]?.line).toBeGreaterThanOrEqual(lineOf(broken, '  firewall: ['));
    expect(error.message).toMatch(/^quizzes\/vocabulary\.yaml:\d+: YAML syntax: /);
  });
});
