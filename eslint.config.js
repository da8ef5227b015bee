// Lint: TypeScript rules plus the import boundaries of STYLE.md (which folder may import what).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { noImportCycle } from './scripts/lint/noImportCycle.ts';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'zlib', 'worker_threads'];
const restrict = (groups, message) => ({ group: groups, message });

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.tools/**', 'test-results/**', 'playwright-report/**', 'bench/results.json', '.scratch-*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // No import circles between files of src/, nor between the folders of the renderer
  // (canvas, commands, panels, views, store…), which import downward only.
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { vlinder: { rules: { 'no-import-cycle': noImportCycle } } },
    rules: { 'vlinder/no-import-cycle': ['error', { root: 'src', folders: ['src/renderer'] }] },
  },
  // src/shared: pure TypeScript — no Node, DOM frameworks, React, Electron or the SQLite driver.
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          restrict(nodeBuiltins, 'src/shared is pure: no Node built-ins.'),
          restrict(['react', 'react-dom', 'react/*', '@xyflow/*', 'zustand', 'zustand/*'], 'src/shared is pure: no React or UI libraries.'),
          restrict(['electron', 'better-sqlite3'], 'src/shared may not import Electron or the SQLite driver.'),
          restrict(['**/main/**', '**/renderer/**'], 'src/shared may not import from main or renderer.'),
        ],
      }],
    },
  },
  // The renderer talks to the Node side only through the API contract.
  {
    files: ['src/renderer/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          restrict(nodeBuiltins, 'The renderer runs in a browser sandbox: no Node built-ins.'),
          restrict(['electron', 'better-sqlite3'], 'The renderer may not import Electron or the SQLite driver; use the API client.'),
          restrict(['**/main/**'], 'The renderer may not import from src/main; go through the API contract.'),
        ],
      }],
    },
  },
  // Node side outside the Electron folder: no electron; outside storage: no SQLite driver.
  {
    files: ['src/main/**'],
    ignores: ['src/main/electron/**', 'src/main/storage/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          restrict(['electron'], 'Only src/main/electron imports electron.'),
          restrict(['better-sqlite3'], 'Only src/main/storage imports better-sqlite3.'),
          restrict(['**/renderer/**'], 'The Node side may not import the renderer.'),
        ],
      }],
    },
  },
  {
    files: ['src/main/storage/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [restrict(['electron'], 'Only src/main/electron imports electron.'), restrict(['**/renderer/**'], 'No renderer imports.')] }] },
  },
  {
    files: ['src/main/electron/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [restrict(['better-sqlite3'], 'Only src/main/storage imports better-sqlite3.'), restrict(['**/renderer/**'], 'No renderer imports.')] }] },
  },
);
