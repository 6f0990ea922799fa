// Lint: type-checked TypeScript, React hooks, Electron security, and the folder boundaries of DESIGN.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import electronSecurity from 'eslint-plugin-electron-security';
import globals from 'globals';

// Each boundary says why it exists, so that the error a developer meets explains the layout (DESIGN.md, Layout).
const noImport = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }],
});
const noGlobals = (names, message) => ({
  'no-restricted-globals': ['error', ...names.map((name) => ({ name, message }))],
});

const NODE_GLOBALS = [
  'process',
  'Buffer',
  'require',
  'module',
  '__dirname',
  '__filename',
  'global',
  'setImmediate',
];
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'alert',
];
const NETWORK_GLOBALS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'];

const WHY = {
  uiOrShell: 'core/ is pure domain code: it must not know the desktop shell, the UI or the command line.',
  coreNode: 'File I/O lives in core/node, which only electron/ and cli/ may use; pure core stays portable.',
  nodeBuiltins: 'Pure core runs in the renderer too: Node built-ins belong in core/node.',
  rendererNode:
    'The renderer is a sandboxed web page: it reaches files and the system only through window.dpia.',
  rendererShell: 'The renderer talks to the main process only through window.dpia (DpiaApi in core/api.ts).',
  electronUi: 'The main process does not import the UI or the command line: both are separate programs.',
  cliShell: 'The dpia command runs without Electron and without the UI.',
};

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
      ...noImport(
        [['**/electron/**', 'electron'], WHY.rendererShell],
        [['**/cli/**'], WHY.rendererShell],
        [['**/core/node/**', 'node:*'], WHY.rendererNode],
      ),
      ...noGlobals(NODE_GLOBALS, WHY.rendererNode),
    },
  },
  {
    files: ['electron/**/*.ts'],
    plugins: { 'electron-security': electronSecurity },
    rules: {
      ...electronSecurity.configs.recommended.rules,
      ...noImport([['**/renderer/**', '**/cli/**'], WHY.electronUi]),
    },
  },
  // core is pure: nothing of ours but itself; Node built-ins only under core/node; no DOM, Node or network globals.
  {
    files: ['core/**/*.ts'],
    ignores: ['core/node/**'],
    rules: {
      ...noImport(
        [['**/electron/**', '**/renderer/**', '**/cli/**', 'electron'], WHY.uiOrShell],
        [['**/core/node/**'], WHY.coreNode],
        [['node:*'], WHY.nodeBuiltins],
      ),
      ...noGlobals([...NODE_GLOBALS, ...DOM_GLOBALS, ...NETWORK_GLOBALS], WHY.nodeBuiltins),
    },
  },
  {
    files: ['core/node/**/*.ts'],
    rules: noImport([['**/electron/**', '**/renderer/**', '**/cli/**', 'electron'], WHY.uiOrShell]),
  },
  {
    files: ['cli/**/*.ts'],
    rules: noImport([['**/electron/**', '**/renderer/**', 'electron'], WHY.cliShell]),
  },
);
