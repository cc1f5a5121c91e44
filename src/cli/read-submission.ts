// Reads a submission file safely: size limit, binary and invalid UTF-8 detection, never executes anything.
import { readFileSync, statSync } from 'node:fs';

export const MAX_SUBMISSION_BYTES = 1024 * 1024;

export type SubmissionRead =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

export function readSubmission(path: string): SubmissionRead {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
    size = stat.size;
  } catch (error) {
    return {
      ok: false,
      reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
    };
  }
  if (size > MAX_SUBMISSION_BYTES) {
    return { ok: false, reason: `too large: ${size} bytes (limit ${MAX_SUBMISSION_BYTES})` };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return {
      ok: false,
      reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
    };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.replace(/^\uFEFF/, '') };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
}
