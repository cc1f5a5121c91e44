// Makes sure --out can be written before any grading starts: creates it and writes a probe file.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fsReason } from './fs-reason.ts';
import { InputError } from './input-error.ts';

export function prepareOut(out: string, command: string): void {
  const probe = join(out, `.scaleup-write-check-${String(process.pid)}`);
  try {
    mkdirSync(out, { recursive: true });
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem =
      code === 'EEXIST' || code === 'ENOTDIR' ? 'is a file, not a folder' : fsReason(error);
    throw new InputError(command, out, `--out cannot be written: ${problem}`);
  }
}
