// The error that stops the build when a lesson's diagram cannot be drawn: it names the file and the line.

export class DiagramBuildError extends Error {
  override readonly name = 'DiagramBuildError';
  readonly file: string;
  readonly line: number;
  /** What is wrong, without the location. */
  readonly reason: string;

  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}
