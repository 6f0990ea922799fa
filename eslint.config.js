// Lint: type-checked TypeScript, React hooks, Electron security, and the folder boundaries of DESIGN.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import electronSecurity from 'eslint-plugin-electron-security';
import globals from 'globals';

const noImport = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'out/**',
      'test-results/**',
      'coverage/**',
      'templates/schema.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...noImport(['**/electron/**', '**/cli/**', '**/core/node/**', 'node:*', 'electron']),
    },
  },
  {
    files: ['electron/**/*.ts'],
    plugins: { 'electron-security': electronSecurity },
    rules: { ...electronSecurity.configs.recommended.rules, ...noImport(['**/renderer/**', '**/cli/**']) },
  },
  // core is pure: nothing of ours but itself; Node built-ins only under core/node.
  {
    files: ['core/**/*.ts'],
    ignores: ['core/node/**'],
    rules: noImport([
      '**/electron/**',
      '**/renderer/**',
      '**/cli/**',
      '**/core/node/**',
      'node:*',
      'electron',
    ]),
  },
  {
    files: ['core/node/**/*.ts'],
    rules: noImport(['**/electron/**', '**/renderer/**', '**/cli/**', 'electron']),
  },
  { files: ['cli/**/*.ts'], rules: noImport(['**/electron/**', '**/renderer/**', 'electron']) },
);
