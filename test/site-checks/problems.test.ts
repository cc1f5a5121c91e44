// The build check fails on Astro's [ERROR] lines (a missing quiz reference only logs one) and on broken links.
import { describe, expect, it } from 'vitest';
import { buildProblems } from '../../src/site-checks/problems.ts';

describe('buildProblems', () => {
  it('passes a clean build', () => {
    expect(
      buildProblems(0, '12:00:01 [build] 14 page(s) built\n12:00:02 [build] Complete!\n', []),
    ).toEqual([]);
  });

  it('fails on an [ERROR] line even when astro exits 0, as with a missing reference()', () => {
    const output =
      '06:03:47 [ERROR] [content] Invalid content reference: entry "tasks/3-scale-up" in collection "docs" (field: quiz) references "task-9" in collection "quizzes", but that entry does not exist.\n';
    expect(buildProblems(0, output, [])).toEqual([
      'astro reported an error: 06:03:47 [ERROR] [content] Invalid content reference: entry "tasks/3-scale-up" in collection "docs" (field: quiz) references "task-9" in collection "quizzes", but that entry does not exist.',
    ]);
  });

  it('fails on a non-zero exit and on each broken link', () => {
    expect(buildProblems(1, '', [{ page: '/index.html', target: '/nope/' }])).toEqual([
      'astro build exited with 1',
      'broken internal link on /index.html: /nope/',
    ]);
  });
});
