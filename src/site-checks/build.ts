// `npm run build`: runs astro build, fails on any [ERROR] line it prints, then on any broken internal link.
import { spawn } from 'node:child_process';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brokenLinks } from './links.ts';
import { buildProblems } from './problems.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const extra = process.argv.slice(2);

const child = spawn(process.execPath, [astro, 'build', ...extra], {
  cwd: root,
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
const watch = (chunk: Buffer, out: NodeJS.WriteStream): void => {
  const text = chunk.toString('utf8');
  out.write(text);
  output += text;
};
child.stdout.on('data', (c: Buffer) => watch(c, process.stdout));
child.stderr.on('data', (c: Buffer) => watch(c, process.stderr));
const code: number = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));

const outDir = extra.includes('--outDir')
  ? (extra[extra.indexOf('--outDir') + 1] ?? 'dist')
  : 'dist';
// An absolute --outDir stays as given; join() keeps it relative to the project otherwise.
const broken = code === 0 ? brokenLinks(isAbsolute(outDir) ? outDir : join(root, outDir)) : [];
const problems = buildProblems(code, output, broken);
if (problems.length > 0) {
  process.stderr.write(`\nThe build is not good:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
  process.exit(1);
}
process.stdout.write('\nBuild checked: no [ERROR] line, no broken internal link.\n');
