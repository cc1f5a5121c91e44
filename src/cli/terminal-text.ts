// Makes untrusted text (submission text, file names, error messages) safe to print on a terminal.
import { safeLine, safeText } from '../engine/report/safe-text.ts';

/** One line, escape sequences removed, at most `max` characters. */
export function safe(text: string, max = 80): string {
  const flat = safeLine(text);
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A file name on one line with escape sequences and controls removed; never shortened. */
export function safePath(path: string): string {
  return safeLine(path);
}

/** A message of one or more lines with escape sequences and controls removed. */
export function safeMessage(text: string): string {
  return safeText(text);
}
