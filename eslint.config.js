import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** One `no-restricted-imports` rule from several groups (a later config block replaces a rule, it never merges it). */
const restrict = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }],
});

const SHARED_IS_PURE = [
  ['**/server/**', '**/web/**', '**/cli/**', 'node:*', 'kysely', 'fastify', 'pg', 'better-sqlite3', 'react'],
  'src/shared is pure: no I/O, no framework, no server/web/cli code.',
];
const WEB_OVER_HTTP = [['**/server/**', '**/cli/**', 'node:*'], 'The web app talks to the server over HTTP only.'];
const SERVER_ALONE = [['**/web/**', '**/cli/**'], 'The server does not depend on the web app or the CLI.'];
const THROUGH_SERVICES = [
  ['../*/*.repository', '../../server/*/*.repository', '../server/*/*.repository', '**/src/server/*/*.repository'],
  "Features meet through services: import another feature's service, never its repository.",
];

const ROLE_NAMES = 'administrator|unit_administrator|reception_officer|case_officer|supervisor|leader|data_clerk';
/** Authorisation is decided in src/server/auth (and the pure tables of src/shared/auth), nowhere else. */
const NO_ROLE_CHECKS = {
  'no-restricted-syntax': [
    'error',
    {
      selector: `BinaryExpression[operator=/^[!=]==?$/] > Literal[value=/^(${ROLE_NAMES})$/]`,
      message: 'No role comparisons outside src/server/auth: ask authorize.ts (or a feature policy) for an action.',
    },
    {
      selector: `CallExpression[callee.property.name='includes'] > Literal[value=/^(${ROLE_NAMES})$/]`,
      message: 'No role checks outside src/server/auth: ask authorize.ts (or a feature policy) for an action.',
    },
    {
      selector: `SwitchCase > Literal[value=/^(${ROLE_NAMES})$/]`,
      message: 'No role checks outside src/server/auth: ask authorize.ts (or a feature policy) for an action.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'e2e/artifacts/**', 'coverage/**', '.ci/out/**'] },
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
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/server/auth/**', 'src/shared/auth/**', 'src/**/*.test.ts', 'src/server/test/**'],
    rules: NO_ROLE_CHECKS,
  },
  // Imports flow one way: web, server and cli use shared; shared uses nothing but itself and pure libraries.
  { files: ['src/shared/**/*.ts'], ignores: ['src/shared/**/*.test.ts'], rules: restrict(SHARED_IS_PURE) },
  { files: ['src/web/**/*.{ts,tsx}'], rules: restrict(WEB_OVER_HTTP) },
  { files: ['src/server/**/*.ts'], ignores: ['src/server/test/**'], rules: restrict(SERVER_ALONE, THROUGH_SERVICES) },
  { files: ['src/cli/**/*.ts'], rules: restrict(THROUGH_SERVICES) },
  {
    files: ['src/server/db/migrations/**/*.ts'],
    rules: restrict([['../../*', '../../../*'], 'Migrations are frozen history: they import nothing from src/.']),
  },
);
