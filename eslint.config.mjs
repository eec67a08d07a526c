// `npm run lint`: ESLint with type information (typescript-eslint), Lit's and web components'
// rules. Formatting is Prettier's job (`npm run format`), so no stylistic rules here.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'dist/**',
      'types/**',
      '.angular/**',
      '.data/**',
      '.size/**',
      '.test-results/**',
      'demo/frameworks/**',
      'test/frameworks/types/**',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Lit binds `@event=${this.method}` listeners to the host, and the stores hand out closures.
      '@typescript-eslint/unbound-method': 'off',
      // Methods that implement a Promise-returning interface stay `async` even when they need no
      // await: a throw becomes a rejection, as callers expect.
      '@typescript-eslint/require-await': 'off',
      // An AbortSignal's reason is whatever the caller aborted with; it is passed on unchanged.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['components/**/*.ts', 'src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // Tests: node:test's `test()`/`describe()` return promises the runner awaits; chai reads
    // `expect(x).to.be.true` as an expression; JSON answers are read as `any` on purpose.
    files: ['test/**/*.ts', 'stand-ins/**/*.ts', 'scripts/**/*.ts', 'demo/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
      'no-empty-pattern': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/no-this-alias': 'off',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false } },
      ],
    },
  },
);
