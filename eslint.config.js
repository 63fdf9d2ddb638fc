// Lint, and the layering rule: src/core is pure TypeScript that runs in the
// renderer, the main process and the CLI alike, so it may not reach for Node,
// the DOM, Electron, React or the database. The renderer talks to the back end
// only through the API contract in src/core/api. See shared DESIGN.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads', 'zlib', 'events'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'release/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // One typed IPC contract (shared DESIGN.md, after GitHub Desktop): raw ipcMain and ipcRenderer
    // only in electron/ipc.ts and electron/preload.ts, where every channel is a contract method and
    // every sender is checked. Placed before the layering blocks, which ban electron outright where they apply.
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs', '**/*.cjs'],
    ignores: ['electron/ipc.ts', 'electron/preload.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: 'raw IPC only in electron/ipc.ts and electron/preload.ts; go through the API contract.' }],
      }],
      'no-restricted-syntax': ['error', {
        selector: 'MemberExpression[property.name=/^(ipcMain|ipcRenderer)$/]',
        message: 'raw IPC only in electron/ipc.ts and electron/preload.ts; go through the API contract.',
      }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'bad layering: src/core must stay pure (no Node built-ins).' },
          { group: ['electron', 'electron/*', 'react', 'react-dom', 'react/*', 'better-sqlite3', '@codemirror/*', 'codemirror'], message: 'bad layering: src/core must not import Electron, React, editor or database code.' },
          { group: ['**/node/**', '**/electron/**', '**/renderer/**'], message: 'bad layering: src/core may not import from outer layers.' },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'process', message: 'bad layering: src/core has no process object.' },
        { name: 'Buffer', message: 'bad layering: src/core has no Buffer; use Uint8Array.' },
        { name: 'window', message: 'bad layering: src/core has no DOM.' },
        { name: 'document', message: 'bad layering: src/core has no DOM.' },
        { name: 'require', message: 'bad layering: src/core is ESM only.' },
      ],
    },
  },
  {
    files: ['src/node/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*', 'react', 'react-dom', '**/renderer/**', '**/electron/**'], message: 'bad layering: src/node serves Electron and the web server but must not depend on them or on the UI.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: [...nodeBuiltins, 'electron', 'electron/*', 'better-sqlite3'], message: 'bad layering: the renderer reaches the back end only through the API contract.' },
          { group: ['**/src/node/**', '**/electron/**'], message: 'bad layering: the renderer reaches the back end only through the API contract.' },
        ],
      }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'scripts/**/*.js', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
