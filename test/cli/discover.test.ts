// Discovery on real temp trees: folder links never followed, file links judged by the student's folder, near names.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover, type Discovered } from '../../src/cli/discover.ts';
import { LINK_OUTSIDE, LINKED_FOLDER } from '../../src/cli/discover-walk.ts';
import { nearTaskName } from '../../src/cli/near-name.ts';
import { isTaskFile } from '../../src/cli/task-choice.ts';
import { loadRubrics } from '../../src/platform/node-rubrics.ts';
import { tempDir } from '../fixtures/temp-dirs.ts';

const RUBRICS = loadRubrics();
const IS_TASK = isTaskFile(RUBRICS);
const NEAR = nearTaskName(RUBRICS);

function temp(): string {
  const dir = tempDir('discover');
  return dir;
}

function rows(found: readonly Discovered[], root: string): [string, string][] {
  return found.map((d) => [d.path.slice(root.length + 1), d.kind === 'file' ? 'file' : d.reason]);
}

describe('discover and links', () => {
  it('follows no folder link: 30 `ln -s . mN` loops give one row each, not thousands', () => {
    const root = temp();
    const alice = join(root, 'alice');
    mkdirSync(alice);
    writeFileSync(join(alice, '0-simple_web_stack'), 'answer');
    for (let i = 0; i < 30; i += 1) symlinkSync('.', join(root, `m${String(i)}`));
    for (let i = 0; i < 30; i += 1) symlinkSync('.', join(alice, `m${String(i)}`));
    const found = discover([root], IS_TASK);
    const files = found.filter((d) => d.kind === 'file');
    expect(files.map((d) => d.path)).toEqual([join(alice, '0-simple_web_stack')]);
    // The links at the class level stand where student folders would: one row each, saying why.
    const reasons = found.flatMap((d) => (d.kind === 'skipped' ? [d.reason] : []));
    expect(reasons).toEqual(Array.from({ length: 30 }, () => LINKED_FOLDER));
  });

  it('gives a linked student folder one row and ignores other folder links inside a student', () => {
    const root = temp();
    const elsewhere = temp();
    writeFileSync(join(elsewhere, '1-distributed_web_infrastructure'), 'copied');
    mkdirSync(join(root, 'bob'));
    writeFileSync(join(root, 'bob', '1-distributed_web_infrastructure'), 'own');
    symlinkSync(elsewhere, join(root, 'bob', 'notes'));
    symlinkSync(elsewhere, join(root, 'carol'));
    expect(rows(discover([root], IS_TASK), root)).toEqual([
      ['bob/1-distributed_web_infrastructure', 'file'],
      ['carol', LINKED_FOLDER],
    ]);
  });

  it("grades a file link inside the student's folder, not one to a peer's file or outside the root", () => {
    const root = temp();
    const outside = temp();
    writeFileSync(join(outside, '3-scale_up'), 'from outside');
    for (const s of ['alice', 'bob', 'dan', 'eve'])
      mkdirSync(join(root, s, 'drafts'), { recursive: true });
    writeFileSync(join(root, 'alice', 'drafts', 'final.md'), 'mine');
    symlinkSync(join('drafts', 'final.md'), join(root, 'alice', '3-scale_up'));
    writeFileSync(join(root, 'bob', '3-scale_up'), "bob's");
    symlinkSync(join(root, 'bob', '3-scale_up'), join(root, 'dan', '3-scale_up'));
    symlinkSync(join(outside, '3-scale_up'), join(root, 'eve', '3-scale_up'));
    symlinkSync(
      join(root, 'eve', 'missing'),
      join(root, 'eve', '2-secured_and_monitored_web_infrastructure'),
    );
    expect(rows(discover([root], IS_TASK), root)).toEqual([
      ['alice/3-scale_up', 'file'],
      ['bob/3-scale_up', 'file'],
      ['dan/3-scale_up', LINK_OUTSIDE],
      [
        'eve/2-secured_and_monitored_web_infrastructure',
        'broken symbolic link (no such file or folder)',
      ],
      ['eve/3-scale_up', LINK_OUTSIDE],
    ]);
  });

  it('treats a given single student folder as the student, links within it graded', () => {
    const repo = temp();
    const dir = join(repo, 'web_infrastructure_design');
    mkdirSync(dir);
    writeFileSync(join(repo, 'answer.md'), 'text');
    symlinkSync(join(repo, 'answer.md'), join(dir, '0-simple_web_stack'));
    expect(rows(discover([repo], IS_TASK), repo)).toEqual([
      ['web_infrastructure_design/0-simple_web_stack', 'file'],
    ]);
  });
});

describe('discover and names near a task', () => {
  it('gives a typo, another separator or a misspelling a rename row', () => {
    const root = temp();
    for (const [student, name] of [
      ['a', '1-distributed_web_infrastructur.md'],
      ['b', '2-secure_and_monitred_web_infrastructure'],
      ['c', '0 simple web stak.txt'],
      ['d', 'README.md'],
    ] as const) {
      mkdirSync(join(root, student));
      writeFileSync(join(root, student, name), 'x');
    }
    expect(rows(discover([root], IS_TASK, { near: NEAR }), root)).toEqual([
      [
        'a/1-distributed_web_infrastructur.md',
        "name looks like task 1's file but does not match: rename to 1-distributed_web_infrastructure",
      ],
      [
        'b/2-secure_and_monitred_web_infrastructure',
        "name looks like task 2's file but does not match: rename to 2-secured_and_monitored_web_infrastructure",
      ],
      [
        'c/0 simple web stak.txt',
        "name looks like task 0's file but does not match: rename to 0-simple_web_stack",
      ],
      ['d', 'no submission found in this folder'],
    ]);
  });

  it('says nothing of a near name beside the correctly named file', () => {
    const root = temp();
    writeFileSync(join(root, '0-simple_web_stack'), 'x');
    writeFileSync(join(root, '0-simple_web_stak'), 'draft');
    expect(rows(discover([root], IS_TASK, { near: NEAR }), root)).toEqual([
      ['0-simple_web_stack', 'file'],
    ]);
  });
});

describe('discover and the paths given', () => {
  it('marks a PATH that cannot be read (missing, under a file, a link loop) and goes on', () => {
    const root = temp();
    writeFileSync(join(root, 'file'), 'x');
    symlinkSync(join(root, 'loop'), join(root, 'loop'));
    mkdirSync(join(root, 'ok'));
    writeFileSync(join(root, 'ok', '0-simple_web_stack'), 'x');
    const found = discover(
      [join(root, 'missing'), join(root, 'file', 'sub'), join(root, 'loop'), join(root, 'ok')],
      IS_TASK,
    );
    expect(found.map((d) => (d.kind === 'skipped' ? [d.reason, d.unreadable] : ['file']))).toEqual([
      ['no such file or folder', true],
      ['a part of the path is a file, not a folder', true],
      ['symbolic link loop', true],
      ['file'],
    ]);
  });

  it('does not search the --out folder when it lies inside the class folder', () => {
    const root = temp();
    mkdirSync(join(root, 'alice'));
    writeFileSync(join(root, 'alice', '0-simple_web_stack'), 'x');
    mkdirSync(join(root, 'reports', 'feedback'), { recursive: true });
    writeFileSync(join(root, 'reports', 'feedback', '0-simple_web_stack.txt'), 'old report');
    expect(rows(discover([root], IS_TASK, { exclude: [join(root, 'reports')] }), root)).toEqual([
      ['alice/0-simple_web_stack', 'file'],
    ]);
  });
});
