// Turns YAML syntax errors and zod issues on data read from YAML/JSON text into one SchemaError with file, path and line.

import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { ZodError, ZodType } from 'zod';

export interface SchemaIssue {
  /** Where in the data, e.g. "kinds.firewall.terms[2]"; "" for the whole file. */
  readonly path: string;
  /** 1-based line in the source text, or null when it cannot be located. */
  readonly line: number | null;
  readonly message: string;
}

/** Most issues listed in an error's message; all of them stay in `issues`. */
const MAX_LISTED = 20;

export class SchemaError extends Error {
  readonly file: string;
  readonly issues: readonly SchemaIssue[];

  constructor(file: string, issues: readonly SchemaIssue[]) {
    super(formatIssues(file, issues));
    this.name = 'SchemaError';
    this.file = file;
    this.issues = issues;
  }
}

/** One line per issue: `file:line: path: message` (line and path left out when unknown). */
export function formatIssues(file: string, issues: readonly SchemaIssue[]): string {
  const lines = issues.slice(0, MAX_LISTED).map((issue) => {
    const where = issue.line === null ? file : `${file}:${issue.line}`;
    return issue.path === ''
      ? `${where}: ${issue.message}`
      : `${where}: ${issue.path}: ${issue.message}`;
  });
  if (issues.length > MAX_LISTED) lines.push(`${file}: ... and ${issues.length - MAX_LISTED} more`);
  return lines.length > 0 ? lines.join('\n') : `${file}: invalid`;
}

type PathKey = string | number;

/** "kinds.firewall.terms[2]"; keys that are not plain words are quoted: `numbers["two words"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      out += /^[\p{L}\p{N}_-]+$/u.test(name)
        ? out === ''
          ? name
          : `.${name}`
        : `[${JSON.stringify(name)}]`;
    }
  }
  return out;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return `"${value.length > 40 ? `${value.slice(0, 40)}...` : value}"`;
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number' || typeof value === 'boolean')
    return `${typeof value} ${String(value)}`;
  return typeof value;
}

function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathKey, unknown>)[key];
  }
  return current;
}

function lineOfOffset(counter: LineCounter, offset: number): number {
  return counter.linePos(offset).line;
}

/** Line of the deepest existing node on `path`: a map key's own line, a list item's line, or a parent's. */
function locate(doc: Document, counter: LineCounter, path: readonly PathKey[]): number | null {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const parent: unknown = depth === 0 ? null : doc.getIn(path.slice(0, depth - 1), true);
    const key = path[depth - 1];
    if (depth > 0 && isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (pair !== undefined && isNode(pair.key) && pair.key.range) {
        return lineOfOffset(counter, pair.key.range[0]);
      }
    } else if (depth > 0 && isSeq(parent) && typeof key === 'number') {
      const item: unknown = parent.items[key];
      if (isNode(item) && item.range) return lineOfOffset(counter, item.range[0]);
    } else if (depth === 0 && isNode(doc.contents) && doc.contents.range) {
      return lineOfOffset(counter, doc.contents.range[0]);
    }
  }
  return null;
}

/** A parsed YAML file with its line counter, to locate issues without parsing again. */
export interface Located {
  readonly doc: Document;
  readonly counter: LineCounter;
}

function issueMessage(issue: ZodError['issues'][number], data: unknown): string {
  const value = valueAt(data, issue.path as PathKey[]);
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? `missing required field (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${describeValue(value)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(value)}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `expected at least ${String(issue.minimum)} item(s)`
        : issue.origin === 'string'
          ? `expected at least ${String(issue.minimum)} character(s)`
          : `expected ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}, got ${describeValue(value)}`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `expected at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'item(s)' : 'character(s)'}`
        : `expected ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}, got ${describeValue(value)}`;
    case 'invalid_union':
      return `does not match any allowed form (got ${describeValue(value)})`;
    default:
      return issue.message;
  }
}

/** Converts a zod error on `data` (parsed from `source`, YAML or JSON) into a SchemaError. */
export function schemaErrorFromZod(
  file: string,
  error: ZodError,
  data: unknown,
  source: string | Located | null = null,
): SchemaError {
  let located: Located | null = null;
  if (typeof source === 'string') {
    const counter = new LineCounter();
    located = { doc: parseDocument(source, { lineCounter: counter }), counter };
  } else located = source;
  const issues: SchemaIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((k): k is PathKey => typeof k !== 'symbol');
    const at = (p: readonly PathKey[]): number | null =>
      located ? locate(located.doc, located.counter, p) : null;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        issues.push({
          path: formatPath([...path, key]),
          line: at([...path, key]),
          message: `unknown field "${key}"`,
        });
      }
      continue;
    }
    issues.push({ path: formatPath(path), line: at(path), message: issueMessage(issue, data) });
  }
  issues.sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
  return new SchemaError(file, issues);
}

/** Parses YAML (or JSON) text and validates it; any syntax or schema problem throws a SchemaError. */
export function parseYamlWith<T>(text: string, file: string, schema: ZodType<T>): T {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new SchemaError(
      file,
      doc.errors.map((e) => ({
        path: '',
        line: e.linePos?.[0].line ?? lineOfOffset(counter, e.pos[0]),
        message: `YAML syntax: ${(e.message.split(' at line ')[0] ?? e.message).trim()}`,
      })),
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new SchemaError(file, [{ path: '', line: null, message: `YAML: ${message}` }]);
  }
  const result = schema.safeParse(data);
  if (!result.success) throw schemaErrorFromZod(file, result.error, data, { doc, counter });
  return result.data;
}
