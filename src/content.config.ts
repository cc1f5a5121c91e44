// Content collections: lessons (Starlight docs schema plus the quiz and the content points each teaches) and lesson quizzes.
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { lessonQuizSchema } from './engine/quiz/lesson-quiz-schema.ts';

export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content' }),
    schema: docsSchema({
      extend: z.object({
        /** The quiz of quizzes/lessons/ that closes the lesson. */
        quiz: reference('quizzes').optional(),
        /** Ids of ../shared/CONTENT-POINTS.md this lesson teaches (P01...P24). */
        points: z.array(z.string().regex(/^P\d{2}$/)).default([]),
      }),
    }),
  }),
  quizzes: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './quizzes/lessons' }),
    schema: lessonQuizSchema,
  }),
};
