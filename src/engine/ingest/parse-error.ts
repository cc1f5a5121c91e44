// Typed errors of ingest: a diagram that its parser rejected, at a file line and column.

export class DiagramParseError extends Error {
  override readonly name = 'DiagramParseError';
  readonly line: number;
  readonly column: number;
  readonly diagram: number;
  /** True when a repair let the diagram be read all the same. */
  readonly repaired: boolean;

  constructor(
    message: string,
    where: { line: number; column: number; diagram: number; repaired: boolean },
  ) {
    super(message);
    this.line = where.line;
    this.column = where.column;
    this.diagram = where.diagram;
    this.repaired = where.repaired;
  }

  toJSON(): { message: string; line: number; column: number; diagram: number; repaired: boolean } {
    return {
      message: this.message,
      line: this.line,
      column: this.column,
      diagram: this.diagram,
      repaired: this.repaired,
    };
  }
}
