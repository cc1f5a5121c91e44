// The complexity budget of one Mermaid diagram, checked before Mermaid reads it: far above any real submission.

/**
 * Limits per Mermaid diagram. The vendored corpus and seeds (140 files) stay far below each: their
 * maxima are depth 1, 6 subgraphs, 47 statements, 26 arrows, lines of 94 characters. A diagram over any
 * limit is refused with a TooComplexError instead of being handed to Mermaid, whose parser and layout
 * model grow faster than linearly on such input. A diagram at the limits grades in about a second
 * (`npm run bench`, hostile inputs), so any file of 1 MiB is graded or refused within 2 s.
 */
export const COMPLEXITY_LIMITS = {
  /** Subgraphs open inside one another. */
  subgraphDepth: 50,
  /** Subgraphs in the diagram. */
  subgraphs: 500,
  /** Statements: non-blank lines plus extra statements joined on one line with `;`. */
  statements: 5000,
  /** Arrows (edges and messages). */
  arrows: 5000,
  /** Characters in one line (labels included). */
  lineLength: 2000,
} as const;

export type ComplexityMeasure = keyof typeof COMPLEXITY_LIMITS;

/** Words the "too complex" reason uses for each measure. */
export const MEASURE_NAMES: Readonly<Record<ComplexityMeasure, string>> = {
  subgraphDepth: 'subgraph nesting depth',
  subgraphs: 'subgraphs',
  statements: 'statements',
  arrows: 'arrows',
  lineLength: 'line length',
};
