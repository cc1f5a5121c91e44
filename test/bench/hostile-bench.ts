// Grades each hostile file in its own fresh process (as `scaleup grade` would); returns lines of time and peak memory.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { HOSTILE_CASES } from './hostile-inputs.ts';

interface CaseFigures {
  readonly bytes: number;
  readonly ms: number;
  readonly peakMb: number;
  readonly outcome: string;
}

const TIMEOUT_MS = 300_000;

export function hostileBenchLines(): string[] {
  const script = fileURLToPath(new URL('./hostile-case.ts', import.meta.url));
  const lines = [
    'hostile inputs: one file graded per fresh process (time of that file; peak RSS of the process, Mermaid loaded)',
  ];
  for (const [i, hostile] of HOSTILE_CASES.entries()) {
    let row: string;
    try {
      const out = execFileSync(process.execPath, [script, String(i)], {
        encoding: 'utf8',
        timeout: TIMEOUT_MS,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const f = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as CaseFigures;
      row = `${(f.bytes / 1024).toFixed(0).padStart(5)} KiB ${f.ms.toFixed(0).padStart(6)} ms ${f.peakMb.toFixed(0).padStart(4)} MB  ${f.outcome}`;
    } catch (error) {
      row = `failed or over ${String(TIMEOUT_MS / 1000)} s: ${(error as Error).message.split('\n')[0] ?? ''}`;
    }
    lines.push(`  ${hostile.name.padEnd(38)} ${row}`);
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const line of hostileBenchLines()) console.log(line);
}
