// Turns a file-system error into words an instructor reads in a report row or an error line.

const WORDS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'symbolic link loop',
  ENAMETOOLONG: 'name too long',
  EISDIR: 'is a folder',
};

export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === undefined) return 'cannot read';
  return WORDS[code] ?? `cannot read (${code})`;
}
