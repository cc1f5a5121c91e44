// The typed error of a command line that cannot be carried out as written (exit code 2).

export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly command: string;

  constructor(command: string, message: string) {
    super(message);
    this.command = command;
  }
}
