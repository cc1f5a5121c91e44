// Makes untrusted submission text safe to print on a terminal: one line, escape sequences removed, bounded.
import { safeLine } from '../engine/report/safe-text.ts';

export function safe(text: string, max = 80): string {
  const flat = safeLine(text);
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
