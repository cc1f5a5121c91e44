// The typed error of an input the command cannot use (a missing rubrics folder, an unwritable --out).

export class InputError extends Error {
  override readonly name = 'InputError';
  readonly command: string;
  /** The path as the person typed it (printed through the terminal sanitizer). */
  readonly path: string;
  readonly problem: string;

  constructor(command: string, path: string, problem: string) {
    super(`${path}: ${problem}`);
    this.command = command;
    this.path = path;
    this.problem = problem;
  }
}
