import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group, message })) }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'e2e/artifacts/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // Imports flow one way: web, server and cli use shared; shared uses nothing but itself and pure libraries.
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: restrict(
      [['**/server/**', '**/web/**', '**/cli/**', 'node:*', 'kysely', 'fastify', 'pg', 'better-sqlite3', 'react']],
      'src/shared is pure: no I/O, no framework, no server/web/cli code.',
    ),
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    rules: restrict([['**/server/**', '**/cli/**', 'node:*']], 'The web app talks to the server over HTTP only.'),
  },
  {
    files: ['src/server/**/*.ts'],
    rules: restrict([['**/web/**', '**/cli/**']], 'The server does not depend on the web app or the CLI.'),
  },
  {
    files: ['src/server/db/migrations/**/*.ts'],
    rules: restrict([['../../*', '../../../*']], 'Migrations are frozen history: they import nothing from src/.'),
  },
);
