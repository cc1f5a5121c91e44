// Vitest configuration: unit, property and corpus tests under test/, mirroring src/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/fast-check.ts'],
    exclude: ['test/browser/**', 'test/site/**'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'threads',
  },
});
