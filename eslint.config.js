// ESLint flat config: TypeScript rules, plus the engine's purity rules (no DOM, node:*, clock or Math.random).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'scratch/', 'coverage/', 'reports/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'node:*',
            'astro',
            'astro:*',
            'fs',
            'path',
            'child_process',
            '**/platform/**',
            '**/cli/**',
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'performance', 'navigator'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Pass a seeded PRNG instead.' },
        { object: 'Date', property: 'now', message: 'Pass a simulated clock instead.' },
      ],
    },
  },
);
