// The complexity budget of one submission file, checked before Mermaid reads it: far above any real submission.

/**
 * Limits of one file: counts add up over all its Mermaid diagrams (nesting and line length are per
 * line or diagram). The vendored corpus and seeds (140 files) stay far below each: their maxima are
 * 2 diagrams, depth 1, 6 subgraphs, 47 statements, 26 arrows, lines of 94 characters. A file over any
 * limit is refused with a TooComplexError before Mermaid sees it (Mermaid's parser and layout model
 * grow faster than linearly on such input). A file at the limits grades in well under a second
 * (`npm run bench`, hostile inputs), so any file of 1 MiB is graded or refused within 2 s.
 */
export const COMPLEXITY_LIMITS = {
  /** Diagrams (Mermaid and ASCII) in the file. */
  diagrams: 50,
  /** Subgraphs open inside one another. */
  subgraphDepth: 50,
  /** Subgraphs, all diagrams together. */
  subgraphs: 500,
  /** Statements, all diagrams together: non-blank lines, plus statements joined on a line with `;`. */
  statements: 5000,
  /** Arrows (edges and messages), all diagrams together. */
  arrows: 5000,
  /** Characters in one line (labels included). */
  lineLength: 2000,
} as const;

export type ComplexityMeasure = keyof typeof COMPLEXITY_LIMITS;

/** Words the "too complex" reason uses for each measure. */
export const MEASURE_NAMES: Readonly<Record<ComplexityMeasure, string>> = {
  diagrams: 'diagrams',
  subgraphDepth: 'subgraph nesting depth',
  subgraphs: 'subgraphs',
  statements: 'statements',
  arrows: 'arrows',
  lineLength: 'line length',
};
