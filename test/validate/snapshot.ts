// `npm run snapshot -- FILE`: every grading of the vendored corpus, seeds, written fixtures and lessons, whole and
// altered, under every rubric, one JSON line each, so that a change meant to keep results can be diffed against them.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNodeGrader } from '../../src/platform/node-grader.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCES = [
  'test/fixtures/shared',
  'test/fixtures/written',
  'test/fixtures/workers',
  'content',
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return name.endsWith('.json') ? [] : [path];
  });
}

/** The text whole, then with every other line, every third line dropped, upper-cased, and its lines reversed. */
function variants(text: string): string[] {
  const lines = text.split('\n');
  return [
    text,
    lines.filter((_, i) => i % 2 === 0).join('\n'),
    lines.filter((_, i) => i % 3 !== 1).join('\n'),
    text.toUpperCase(),
    [...lines].reverse().join('\n'),
  ];
}

const out = process.argv[2];
if (out === undefined) {
  process.stderr.write('usage: npm run snapshot -- FILE\n');
  process.exit(2);
}
const files = SOURCES.flatMap((s) => filesUnder(join(ROOT, s))).sort();
const grader = createNodeGrader();
const lines: string[] = [];
for (const file of files) {
  const texts = variants(readFileSync(file, 'utf8'));
  for (const loaded of grader.rubrics) {
    for (const [v, text] of texts.entries()) {
      const graded = await grader.grade(text, loaded);
      lines.push(
        JSON.stringify({ f: relative(ROOT, file), task: loaded.rubric.task, v, g: graded }),
      );
    }
  }
}
await grader.close();
writeFileSync(out, `${lines.join('\n')}\n`);
const digest = createHash('sha1').update(lines.join('\n')).digest('hex');
console.log(`${files.length} files, ${lines.length} gradings, sha1 ${digest}: ${out}`);
