// The course as data: every lesson has objectives, a recap, common mistakes and an existing quiz; P01-P24 are all taught.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lessonQuizSchema } from '../../src/engine/quiz/lesson-quiz-schema.ts';
import { readSharedDoc } from '../fixtures/shared.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const POINTS_MD = readSharedDoc('CONTENT-POINTS.md');
const ALL_POINTS = [...POINTS_MD.matchAll(/^- (P\d{2}) /gm)].map((m) => m[1] ?? '');

interface Lesson {
  readonly file: string;
  readonly front: {
    title?: string;
    quiz?: string;
    points?: string[];
    sidebar?: { order?: number };
  };
  readonly body: string;
}

function lessons(folder: string): Lesson[] {
  const dir = join(ROOT, 'content', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      return { file: `${folder}/${f}`, front: parse(front) as Lesson['front'], body };
    });
}

const TEACHING = [...lessons('tasks'), ...lessons('design')];

describe('the lessons', () => {
  it('are the four tasks and the five design steps', () => {
    expect(TEACHING.map((l) => l.file)).toEqual([
      'tasks/0-simple-web-stack.mdx',
      'tasks/1-distributed-web-infrastructure.mdx',
      'tasks/2-secured-and-monitored.mdx',
      'tasks/3-scale-up.mdx',
      'design/firewalls.mdx',
      'design/https-and-tls.mdx',
      'design/load-balancer-clustering.mdx',
      'design/monitoring.mdx',
      'design/primary-replica.mdx',
    ]);
  });

  it.each(TEACHING.map((l) => [l.file, l] as const))(
    '%s opens with objectives and ends with a recap, common mistakes and its quiz',
    (_f, l) => {
      const headings = [...l.body.matchAll(/^(#{2,6}) (.+)$/gm)].map((m) => m[2] ?? '');
      expect(headings.findIndex((h) => /learning objectives/i.test(h))).toBe(0);
      expect(headings.some((h) => /^recap/i.test(h))).toBe(true);
      expect(headings.some((h) => /common mistakes/i.test(h))).toBe(true);
      expect(l.front.quiz).toMatch(/^[\w-]+$/);
      expect(l.body).toContain(`<Quiz id="${l.front.quiz}" />`);
      const quizFile = join(ROOT, 'quizzes', 'lessons', `${l.front.quiz}.yaml`);
      expect(existsSync(quizFile)).toBe(true);
      expect(() => lessonQuizSchema.parse(parse(readFileSync(quizFile, 'utf8')))).not.toThrow();
      // No skipped heading levels: the page title is the h1.
      const levels = [...l.body.matchAll(/^(#{2,6}) /gm)].map((m) => (m[1] ?? '').length);
      levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 1)).toBeLessThanOrEqual(1));
    },
  );

  it('teach every content point P01-P24 between them, and the sidebar follows the course order', () => {
    expect(ALL_POINTS).toHaveLength(24);
    const taught = new Set(TEACHING.flatMap((l) => l.front.points ?? []));
    expect(ALL_POINTS.filter((p) => !taught.has(p))).toEqual([]);
    expect(lessons('tasks').map((l) => l.front.sidebar?.order)).toEqual([0, 1, 2, 3]);
    const design = lessons('design').sort(
      (a, b) => (a.front.sidebar?.order ?? 0) - (b.front.sidebar?.order ?? 0),
    );
    expect(design.map((l) => l.file)).toEqual([
      'design/firewalls.mdx',
      'design/https-and-tls.mdx',
      'design/load-balancer-clustering.mdx',
      'design/primary-replica.mdx',
      'design/monitoring.mdx',
    ]);
  });
});
