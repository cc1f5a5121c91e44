// Every file under a folder, sorted, as absolute paths (for comparing two builds).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function allFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...allFiles(full));
    else out.push(full);
  }
  return out;
}
