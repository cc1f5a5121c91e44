// Vitest configuration for the tests over the built site (dist/): budget, determinism, and Chromium browser tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/site/**/*.test.ts', 'test/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
