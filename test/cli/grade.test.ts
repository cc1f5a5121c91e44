// `scaleup grade` and `scaleup check` on real submissions laid out as instructors get them, and on bad input.
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFileOf, corpusPath, SEEDS_DIR } from '../fixtures/shared.ts';
import { main } from '../../src/cli/main.ts';
import { runCli } from './run-cli.ts';
import { tempDir } from '../fixtures/temp-dirs.ts';

interface JsonReport {
  engine: string;
  rubrics: Record<string, string>;
  submissions: {
    path: string;
    task: string | null;
    status: string;
    reason: string | null;
    score: number;
    maxScore: number;
    criteria: {
      id: string;
      verdict: string;
      points: number;
      maxPoints: number;
      evidence: unknown;
    }[];
  }[];
}

/** A class folder: one folder per student, each a repository with web_infrastructure_design/<task file>. */
function classFolder(): string {
  const root = tempDir('class');
  const students: [string, string, string][] = [
    ['alice', corpusFileOf('029', '2'), '2-secured_and_monitored_web_infrastructure'],
    ['bob', corpusFileOf('062', '0'), '0-simple_web_stack'],
  ];
  for (const [name, file, task] of students) {
    const dir = join(
      root,
      name,
      'holbertonschool-system_engineering-devops',
      'web_infrastructure_design',
    );
    mkdirSync(dir, { recursive: true });
    cpSync(corpusPath(file), join(dir, task));
  }
  const carol = join(root, 'carol');
  mkdirSync(carol);
  writeFileSync(join(carol, '3-scale_up'), Buffer.from([0x47, 0x49, 0x46, 0x38, 0x00, 0x00, 0x01]));
  const dave = join(root, 'dave');
  mkdirSync(dave);
  writeFileSync(
    join(dave, '1-distributed_web_infrastructure.md'),
    Buffer.from([0x23, 0x20, 0xc3, 0x28, 0xa0, 0xa1]),
  );
  const erin = join(root, 'erin');
  mkdirSync(erin);
  writeFileSync(join(erin, '0-simple_web_stack'), 'x'.repeat(2 * 1024 * 1024));
  mkdirSync(join(root, 'frank'));
  const outside = tempDir('outside');
  writeFileSync(join(outside, '2-secured_and_monitored_web_infrastructure'), '# secret');
  mkdirSync(join(root, 'gina'));
  symlinkSync(
    join(outside, '2-secured_and_monitored_web_infrastructure'),
    join(root, 'gina', '2-secured_and_monitored_web_infrastructure'),
  );
  const hank = join(root, 'hank');
  mkdirSync(hank);
  execFileSync('mkfifo', [join(hank, '3-scale_up')]);
  return root;
}

describe('scaleup grade', () => {
  it('grades a class of real submissions; bad input becomes not-gradable rows with their reasons', async () => {
    const root = classFolder();
    const run = await runCli('grade', root, '--format', 'json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.engine).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Object.values(report.rubrics).every((h) => /^[0-9a-f]{16}$/.test(h))).toBe(true);
    const rows = Object.fromEntries(
      report.submissions.map((s) => [s.path.split('/').slice(-4).join('/'), s]),
    );
    const find = (student: string) =>
      report.submissions.filter(
        (s) => s.path.includes(`/${student}/`) || s.path.endsWith(`/${student}`),
      );
    expect(find('alice')[0]).toMatchObject({
      status: 'graded',
      task: '2-secured_and_monitored_web_infrastructure',
    });
    expect(find('bob')[0]).toMatchObject({ status: 'graded', task: '0-simple_web_stack' });
    expect(find('carol')[0]).toMatchObject({
      status: 'not-gradable',
      reason: expect.stringContaining('binary'),
    });
    expect(find('dave')[0]).toMatchObject({
      status: 'not-gradable',
      reason: expect.stringContaining('UTF-8'),
    });
    expect(find('erin')[0]).toMatchObject({
      status: 'not-gradable',
      reason: expect.stringContaining('too large'),
    });
    expect(find('frank')[0]).toMatchObject({
      status: 'not-gradable',
      reason: 'no submission found in this folder',
    });
    expect(find('gina')[0]).toMatchObject({
      status: 'not-gradable',
      reason: expect.stringContaining('outside'),
    });
    expect(find('hank')[0]).toMatchObject({ status: 'not-gradable', reason: 'not a regular file' });
    expect(Object.keys(rows).length).toBe(report.submissions.length);
    for (const s of report.submissions.filter((x) => x.status === 'graded')) {
      for (const c of s.criteria) expect(Number.isInteger(c.points)).toBe(true);
      expect(s.score).toBe(s.criteria.reduce((a, c) => a + c.points, 0));
    }
  });

  it('gives byte-identical output when run twice', async () => {
    const root = classFolder();
    const a = await runCli('grade', root, '--format', 'json', '--task', 'auto');
    const b = await runCli('grade', root, '--format', 'json', '--task', 'auto');
    const strip = (s: string) => s.replaceAll(/scaleup-(class|outside)-[A-Za-z0-9]+/g, 'X');
    expect(strip(a.stdout)).toBe(strip(b.stdout));
    expect(a.stdout).toBe(b.stdout);
  });

  it('tells the process how many submissions it is about to grade', async () => {
    const sizes: number[] = [];
    const code = await main(['grade', classFolder(), '--format', 'csv'], {
      stdout: { write: () => true },
      stderr: { write: () => true },
      beforeGrading: (n) => sizes.push(n),
    });
    expect(code).toBe(0);
    expect(sizes).toEqual([
      (JSON.parse((await runCli('grade', classFolder(), '--format', 'json')).stdout) as JsonReport)
        .submissions.length,
    ]);
  });

  it('writes every report asked for into --out', async () => {
    const root = classFolder();
    const out = tempDir('out');
    const run = await runCli(
      'grade',
      root,
      '--format',
      'csv,md,html,junit,gradescope,classroom',
      '--out',
      out,
    );
    expect(run.code).toBe(0);
    expect(readFileSync(join(out, 'grades.csv'), 'utf8')).toContain('not-gradable');
    expect(readFileSync(join(out, 'grades.html'), 'utf8')).toContain('<table');
    expect(readFileSync(join(out, 'junit.xml'), 'utf8')).toContain('<testsuite');
    expect(run.stdout).toContain('PATH');
  });

  it('rejects an unknown format or task', async () => {
    expect(await runCli('grade', SEEDS_DIR, '--format', 'pdf')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown format'),
    });
    expect(await runCli('grade', SEEDS_DIR, '--task', '7')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown task'),
    });
  });
});

describe('scaleup check', () => {
  it('exits 1 with feedback when a criterion does not pass, pointing at lines', async () => {
    const run = await runCli('check', join(SEEDS_DIR, '003_7607095f134c5ec2.txt'), '--task', '2');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/s2\.monitoring-service/);
    expect(run.stdout).toMatch(/line/);
  });

  it('prints the result as JSON with --json, the exit code unchanged', async () => {
    const run = await runCli(
      'check',
      join(SEEDS_DIR, '003_7607095f134c5ec2.txt'),
      '--task',
      '2',
      '--json',
    );
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as {
      status: string;
      criteria: { id: string; verdict: string }[];
    };
    expect(result.status).toBe('graded');
    expect(result.criteria.find((c) => c.id === 's2.monitoring-service')?.verdict).not.toBe('pass');
    expect(run.stdout).not.toMatch(/✓|✗/);
  });

  it('says when the task cannot be told from the name', async () => {
    const run = await runCli('check', join(SEEDS_DIR, '003_7607095f134c5ec2.txt'));
    expect(run).toMatchObject({ code: 1, stderr: expect.stringContaining('--task') });
  });
});

describe('a rubric with a typo', () => {
  it('stops before grading, naming the file, the field and the line', async () => {
    const dir = tempDir('rubrics');
    const source = new URL('../../quizzes/', import.meta.url);
    for (const f of [
      '0-simple_web_stack.yaml',
      '1-distributed_web_infrastructure.yaml',
      '3-scale_up.yaml',
    ]) {
      cpSync(new URL(f, source), join(dir, f));
    }
    const task2 = readFileSync(
      new URL('2-secured_and_monitored_web_infrastructure.yaml', source),
      'utf8',
    );
    const broken = task2.replace('rule: guards', 'rule: gaurds');
    writeFileSync(join(dir, '2-secured_and_monitored_web_infrastructure.yaml'), broken);
    const line = broken.split('\n').findIndex((l) => l.includes('gaurds')) + 1;
    const run = await runCli('grade', SEEDS_DIR, '--rubrics', dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `2-secured_and_monitored_web_infrastructure.yaml:${line}: criteria[3].rule: unknown diagram rule "gaurds"`,
    );
    expect(run.stdout).toBe('');
  });
});

describe('a named task in a repository holding every answer', () => {
  it("grades only that task's file", async () => {
    const repo = tempDir('repo');
    const dir = join(repo, 'web_infrastructure_design');
    mkdirSync(dir);
    cpSync(corpusPath(corpusFileOf('062', '0')), join(dir, '0-simple_web_stack'));
    cpSync(
      corpusPath(corpusFileOf('029', '2')),
      join(dir, '2-secured_and_monitored_web_infrastructure'),
    );
    const run = await runCli('grade', repo, '--task', '2', '--format', 'json');
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.submissions.map((s) => [s.path.split('/').at(-1), s.task])).toEqual([
      ['2-secured_and_monitored_web_infrastructure', '2-secured_and_monitored_web_infrastructure'],
    ]);
  });
});
