// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'assert',
  'buffer',
  'child_process',
  'crypto',
  'events',
  'fs',
  'fs/promises',
  'http',
  'https',
  'net',
  'os',
  'path',
  'process',
  'stream',
  'url',
  'util',
  'worker_threads',
  'zlib',
];
const nodeImports = [
  { group: ['node:*'], message: 'Node built-ins belong in src/main.' },
  ...NODE_BUILTINS.map((name) => ({ group: [name], message: 'Node built-ins belong in src/main.' })),
];
const electronImport = {
  name: 'electron',
  message: "Only src/main/electron/ (and the preload) may import 'electron'.",
};

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', '.tmp/**', 'docs/**', '**/*.snap'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Pure domain code: runs anywhere, so no Node, Electron, DOM or React.
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport],
          patterns: [
            ...nodeImports,
            {
              group: ['react', 'react-dom', 'react-*', '@mantine/*', '@tanstack/*'],
              message: 'src/shared has no UI code.',
            },
            {
              group: ['**/main/**', '**/renderer/**', '**/preload/**'],
              message: 'src/shared depends on nothing else in src.',
            },
          ],
        },
      ],
    },
  },
  {
    // The renderer talks to main only through the typed API (src/shared/api, called from src/renderer/src/api).
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport],
          patterns: [
            ...nodeImports,
            { group: ['**/main/**', '**/preload/**'], message: 'The renderer reaches main only through the contract.' },
          ],
        },
      ],
    },
  },
  {
    // Shared components serve every page: they depend on no feature (the shell, which routes to
    // every feature, sits next to App.tsx).
    files: ['src/renderer/src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport],
          patterns: [
            ...nodeImports,
            { group: ['**/main/**', '**/preload/**'], message: 'The renderer reaches main only through the contract.' },
            { group: ['**/features/**'], message: 'components/ depends on no feature: move the shared part here.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts', 'test/**/*.ts', 'scripts/**/*', 'bench/**/*.ts', 'bin/**/*'],
    // test/renderer/ tests the renderer's pure modules (no DOM) under Node: it may import them.
    ignores: ['src/main/electron/**', 'test/renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport],
          patterns: [{ group: ['**/renderer/**'], message: 'main never imports the renderer.' }],
        },
      ],
    },
  },
);
