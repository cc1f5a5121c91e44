// ESLint flat config: strict type-checked TypeScript rules, Astro components, plus the engine's purity rules (no DOM, node:*, clock or Math.random).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'scratch/', 'coverage/', 'reports/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly' },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Numbers in messages and reports (counts, milliseconds, percentages) print the same with
      // or without String(); only nullable values and objects are worth flagging.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // A one-line arrow whose body is a void call (forEach callbacks, event handlers,
      // expect(() => f()).toThrow()) reads clearly; braces would only add noise.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    // Vitest types its asymmetric matchers (expect.any, expect.stringContaining,
    // expect.objectContaining) as returning `any`, so every use inside toEqual trips this rule.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // Plain JavaScript and Astro components are outside the TypeScript project service,
    // so the rules that need type information are switched off for them.
    files: ['**/*.js', '**/*.mjs', '**/*.astro', '**/*.astro/*.ts'],
    ...tseslint.configs.disableTypeChecked,
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
