// Measures a Mermaid diagram in one linear pass and refuses it, with a TooComplexError, when it is over budget.
import { COMPLEXITY_LIMITS, MEASURE_NAMES, type ComplexityMeasure } from './complexity-limits.ts';

/** A diagram over the complexity budget: which measure, its value, the limit, and the file line where it passed. */
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

export type DiagramMeasures = Record<ComplexityMeasure, number>;

const SUBGRAPH_OPEN = /^\s*subgraph\b/;
const SUBGRAPH_END = /^\s*end\s*;?\s*$/;
// Arrow bodies of flowcharts, sequences and architecture diagrams: `-->`, `---`, `==>`, `-.->`, `->>`, `~~~`.
const ARROW = /<?(?:-{2,}|={2,}|-\.+-|~{3,}|->>?|--[x)o]?)[>x)o]?/g;

function count(line: string, pattern: RegExp): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(line) !== null) n += 1;
  return n;
}

/** The diagram's measures; with `first` (file line of its first line), throws as soon as one is over its limit. */
export function measureDiagram(text: string, first?: number): DiagramMeasures {
  const m: DiagramMeasures = {
    subgraphDepth: 0,
    subgraphs: 0,
    statements: 0,
    arrows: 0,
    lineLength: 0,
  };
  let depth = 0;
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
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

const KEYS = Object.keys(COMPLEXITY_LIMITS) as ComplexityMeasure[];

function check(m: DiagramMeasures, key: ComplexityMeasure, line: number): void {
  if (m[key] > COMPLEXITY_LIMITS[key])
    throw new TooComplexError(key, m[key], COMPLEXITY_LIMITS[key], line);
}

/** Throws a TooComplexError when the diagram starting at file line `first` is over any limit. */
export function checkDiagramBudget(text: string, first: number): void {
  measureDiagram(text, first);
}
