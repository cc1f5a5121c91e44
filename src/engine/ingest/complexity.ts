// Measures a file's diagrams in one linear pass and refuses the file, with a TooComplexError, when it is over budget.
import { COMPLEXITY_LIMITS, MEASURE_NAMES, type ComplexityMeasure } from './complexity-limits.ts';

/** A file over the complexity budget: which measure, its value, the limit, and the file line where it passed. */
export class TooComplexError extends Error {
  override readonly name = 'TooComplexError';
  readonly measure: ComplexityMeasure;
  readonly value: number;
  readonly limit: number;
  readonly line: number;

  constructor(measure: ComplexityMeasure, value: number, limit: number, line: number) {
    super(`too complex: ${MEASURE_NAMES[measure]} (${String(value)} > ${String(limit)})`);
    this.measure = measure;
    this.value = value;
    this.limit = limit;
    this.line = line;
  }

  toJSON(): { measure: ComplexityMeasure; value: number; limit: number; line: number } {
    return { measure: this.measure, value: this.value, limit: this.limit, line: this.line };
  }
}

export type Measures = Record<ComplexityMeasure, number>;

const SUBGRAPH_OPEN = /^\s*subgraph\b/;
const SUBGRAPH_END = /^\s*end\s*;?\s*$/;
// Arrow bodies of flowcharts, sequences and architecture diagrams: `-->`, `---`, `==>`, `-.->`, `->>`, `~~~`.
const ARROW = /<?(?:-{2,}|={2,}|-\.+-|~{3,}|->>?|--[x)o]?)[>x)o]?/g;
const KEYS = Object.keys(COMPLEXITY_LIMITS) as ComplexityMeasure[];

function count(line: string, pattern: RegExp): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(line) !== null) n += 1;
  return n;
}

function check(m: Measures, key: ComplexityMeasure, line: number): void {
  if (m[key] > COMPLEXITY_LIMITS[key])
    throw new TooComplexError(key, m[key], COMPLEXITY_LIMITS[key], line);
}

const zero = (): Measures => ({
  diagrams: 0,
  subgraphDepth: 0,
  subgraphs: 0,
  statements: 0,
  arrows: 0,
  lineLength: 0,
});

/** Adds one Mermaid diagram to `m` (depth and line length: the largest); with `first`, checks line by line. */
function measureInto(m: Measures, text: string, first?: number): Measures {
  m.diagrams += 1;
  let depth = 0;
  for (const [i, line] of text.split('\n').entries()) {
    m.lineLength = Math.max(m.lineLength, line.length);
    if (first !== undefined) check(m, 'lineLength', first + i);
    if (line.trim() === '' || /^\s*%%/.test(line)) continue;
    m.statements += 1 + count(line, /;(?=\s*\S)/g);
    m.arrows += count(line, ARROW);
    if (SUBGRAPH_OPEN.test(line)) {
      depth += 1;
      m.subgraphs += 1;
      m.subgraphDepth = Math.max(m.subgraphDepth, depth);
    } else if (SUBGRAPH_END.test(line)) {
      depth = Math.max(0, depth - 1);
    }
    if (first !== undefined) for (const key of KEYS) check(m, key, first + i);
  }
  return m;
}

/** One Mermaid diagram's measures; with `first` (file line of its first line), throws once one is over its limit. */
export function measureDiagram(text: string, first?: number): Measures {
  return measureInto(zero(), text, first);
}

/** Throws a TooComplexError when one diagram, starting at file line `first`, is over any limit. */
export function checkDiagramBudget(text: string, first: number): void {
  measureDiagram(text, first);
}

/** A file's measures, counts added up over its diagrams; throws a TooComplexError once one is over its limit. */
export function checkFileBudget(
  mermaid: readonly { readonly text: string; readonly line: number }[],
  ascii: readonly { readonly line: number }[],
): Measures {
  const m = zero();
  const blocks = [
    ...mermaid.map((b) => ({ text: b.text, line: b.line })),
    ...ascii.map((b) => ({ text: null, line: b.line })),
  ].sort((a, b) => a.line - b.line);
  for (const block of blocks) {
    if (block.text === null) m.diagrams += 1;
    else measureInto(m, block.text, block.line);
    check(m, 'diagrams', block.line);
  }
  return m;
}
