// Vitest configuration: unit, property and corpus tests under test/, mirroring src/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'test/site/**'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'threads',
  },
});
