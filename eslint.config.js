// Lint rules, including the layer boundaries of the architecture (see README):
// shared/ is pure domain code; renderer/, electron/ and cli/ are edges that only import shared/.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Which layer may not import which: the rule that keeps the domain pure and the edges apart. */
export const layerZones = [
  {
    target: './shared',
    from: ['./renderer', './electron', './cli', './e2e', './scripts'],
    message:
      'shared/ is pure domain code: it imports nothing from the edges (renderer, electron, cli).',
  },
  {
    target: './renderer',
    from: ['./electron', './cli'],
    message:
      'renderer/ talks to the desktop only through window.desktop (renderer/platform), never by importing electron/.',
  },
  {
    target: './electron',
    from: ['./renderer', './cli'],
    message: 'electron/ serves the built renderer; it never imports renderer/ or cli/ code.',
  },
  {
    target: './cli',
    from: ['./renderer', './electron'],
    message: 'cli/ is an edge over shared/ only.',
  },
];

const forbiddenInShared = {
  paths: [
    { name: 'dexie', message: 'Dexie belongs in renderer/db (the repositories), not in shared/.' },
    { name: 'react', message: 'shared/ has no UI.' },
    { name: 'electron', message: 'shared/ has no desktop APIs.' },
  ],
  patterns: [{ regex: '^node:', message: 'shared/ runs in the browser too: no Node APIs.' }],
};

export default defineConfig([
  globalIgnores([
    'dist/**',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    'bench-results/**',
  ]),
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', 'scripts/*.mjs', 'bench/*.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.object.name="console"][callee.property.name="log"]',
          message: 'No console.log in app code; show the user a message instead.',
        },
      ],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': ['error', forbiddenInShared],
      'import-x/no-nodejs-modules': 'error',
    },
  },
  {
    files: ['renderer/**'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'import-x/no-nodejs-modules': 'error',
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Use renderer/platform (window.desktop).' }] },
      ],
    },
  },
  {
    files: ['scripts/**', 'e2e/**', 'cli/**', 'bench/**', '*.config.*', '*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
]);
