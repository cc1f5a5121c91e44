// `scaleup grade` and `check` on inputs they cannot use: one sanitized line on stderr, a non-zero exit, no stack trace.
import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';
import { tempDir } from '../fixtures/temp-dirs.ts';

const ESC = '\u001b';
/** A file name that would recolour the terminal (or worse) if printed raw. */
const HOSTILE = `bad${ESC}[31m${ESC}]0;owned\u0007name`;

function temp(): string {
  return tempDir('input');
}

function classWithOne(): string {
  const root = temp();
  mkdirSync(join(root, 'alice'));
  writeFileSync(join(root, 'alice', '0-simple_web_stack'), '# Simple web stack\n\nOne server.\n');
  return root;
}

function expectOneCleanLine(stderr: string): void {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(stderr).not.toContain(ESC);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('scaleup grade with a PATH it cannot read', () => {
  it('grades the other paths, keeps a row for the bad one, prints one sanitized line, exits 1', async () => {
    const root = classWithOne();
    const missing = join(temp(), HOSTILE);
    const run = await runCli('grade', root, missing, '--format', 'json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { submissions: { status: string; reason: string }[] };
    expect(report.submissions.map((s) => [s.status, s.reason])).toEqual([
      ['graded', null],
      ['not-gradable', 'no such file or folder'],
    ]);
    expectOneCleanLine(run.stderr);
    expect(run.stderr).toMatch(
      /^scaleup grade: cannot read .*\/badname: no such file or folder\n$/,
    );
  });

  it('says so for a path under a file (ENOTDIR) and for a file it may not read', async () => {
    const root = temp();
    writeFileSync(join(root, 'plain'), 'x');
    const under = await runCli('grade', join(root, 'plain', 'class'));
    expect(under.code).toBe(1);
    expect(under.stderr).toContain('a part of the path is a file, not a folder');
    expectOneCleanLine(under.stderr);
    // As root, chmod 000 changes nothing: the ENOTDIR case above stands in for "cannot read".
    if (process.getuid?.() !== 0) {
      const locked = join(root, 'locked');
      mkdirSync(locked);
      chmodSync(locked, 0o000);
      const denied = await runCli('grade', locked);
      chmodSync(locked, 0o700);
      expect(denied.code).toBe(1);
      expect(denied.stderr).toContain('permission denied');
    }
  });
});

describe('scaleup grade with bad options', () => {
  it('stops on a missing --rubrics folder or a file given as one, before grading', async () => {
    const root = classWithOne();
    const missing = await runCli('grade', root, '--rubrics', join(temp(), HOSTILE));
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expectOneCleanLine(missing.stderr);
    expect(missing.stderr).toContain('--rubrics: no such file or folder');
    const file = join(temp(), 'rubric.yaml');
    writeFileSync(file, 'id: x\n');
    const notFolder = await runCli(
      'check',
      join(root, 'alice', '0-simple_web_stack'),
      '--rubrics',
      file,
    );
    expect(notFolder.code).toBe(2);
    expect(notFolder.stderr).toContain('--rubrics must be a folder of .yaml rubrics');
    const empty = await runCli('grade', root, '--rubrics', temp());
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('no rubric (.yaml) in this folder');
  });

  it('checks --out before grading: a file where the folder should be stops with one line', async () => {
    const root = classWithOne();
    const out = join(temp(), `${HOSTILE}.txt`);
    writeFileSync(out, 'not a folder');
    const run = await runCli('grade', root, '--format', 'json', '--out', out);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expectOneCleanLine(run.stderr);
    expect(run.stderr).toContain('--out cannot be written: is a file, not a folder');
  });

  it('does not grade the --out folder placed inside the class folder, on a second run either', async () => {
    const root = classWithOne();
    const out = join(root, 'reports');
    for (let i = 0; i < 2; i += 1) {
      const run = await runCli('grade', root, '--format', 'json,feedback', '--out', out);
      expect(run.code).toBe(0);
      const report = JSON.parse(
        (await import('node:fs')).readFileSync(join(out, 'grades.json'), 'utf8'),
      ) as { submissions: { path: string }[] };
      expect(report.submissions.map((s) => s.path)).toEqual([
        join(root, 'alice', '0-simple_web_stack'),
      ]);
    }
    expect(readdirSync(join(out, 'feedback')).length).toBe(1);
  });

  it('prints a hostile file name in check errors without its escape sequences', async () => {
    const dir = temp();
    const file = join(dir, `0-simple_web_stack${HOSTILE}`);
    writeFileSync(file, Buffer.from([0, 1, 2]));
    const run = await runCli('check', file);
    expect(run.code).toBe(1);
    expectOneCleanLine(run.stderr);
    expect(run.stderr).toContain('binary file');
  });

  it('sanitizes names in every other error path: usage errors, inspect and simulate', async () => {
    const usage = await runCli('grade', 'x', `--${HOSTILE}`);
    expect(usage.code).toBe(2);
    expect(usage.stderr).not.toContain(ESC);
    expect(usage.stderr.split('\n')[0]).toBe('scaleup grade: unknown option --badname');
    const missing = join(temp(), HOSTILE);
    for (const command of ['inspect', 'simulate']) {
      const run = await runCli(command, missing);
      expect(run.code).not.toBe(0);
      expectOneCleanLine(run.stderr);
      expect(run.stderr).toContain('badname');
    }
  });
});
