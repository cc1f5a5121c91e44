// Safe, unique file names from submission paths: no directories, no traversal, portable characters.
import { safeLine } from './safe-text.ts';

const MAX_LENGTH = 120;
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/i;

/**
 * A single file-name component from a submission path: accents dropped, path separators
 * become "__", anything but letters, digits, ".", "_" and "-" becomes "_", no leading dots or
 * dashes, at most 120 characters (the start and the end kept). Never empty, "." or "..".
 */
export function safeFileName(path: string): string {
  let name = safeLine(path)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[/\\]+/g, '__')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._-]+/, '')
    .replace(/[. ]+$/, '');
  if (name.length > MAX_LENGTH) {
    const half = Math.floor((MAX_LENGTH - 1) / 2);
    name = `${name.slice(0, half)}~${name.slice(name.length - half)}`;
  }
  if (name === '') return 'submission';
  return WINDOWS_RESERVED.test(name) ? `_${name}` : name;
}

/**
 * Safe names for a list of paths, made unique (ignoring case, for case-insensitive file
 * systems) by a "-2", "-3", ... suffix in list order.
 */
export function uniqueFileNames(paths: readonly string[]): string[] {
  const taken = new Set<string>();
  return paths.map((path) => {
    const base = safeFileName(path);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    taken.add(name.toLowerCase());
    return name;
  });
}
