// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layering described in the README, as errors. The README's architecture
// picture is true only while these rules pass.

const nodeModules = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

// Names that exist identically in every runtime we use; everything else of the
// DOM or of Node is off limits in shared/.
const universalGlobals = new Set(['TextEncoder', 'TextDecoder', 'URL', 'console']);
const esGlobals = new Set(Object.keys(globals.es2021));
const platformGlobals = [...new Set([...Object.keys(globals.browser), ...Object.keys(globals.node)])]
  .filter((name) => !esGlobals.has(name) && !universalGlobals.has(name))
  .map((name) => ({ name, message: 'shared/ is pure: no DOM or Node globals. Pass the capability in as a parameter.' }));

const restrictedPaths = (zones) => ['error', { zones }];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/unit/lint/fixtures/**', '**/*.tmp.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['shared/tsconfig.json', 'electron/tsconfig.json', 'renderer/tsconfig.json', 'tests/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
      'import-x/no-default-export': 'error',
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...platformGlobals],
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeModules, 'electron', 'react', 'react-dom', 'dexie', 'react-router'].map((name) => ({
            name,
            message: 'shared/ is pure TypeScript: no Electron, Node, DOM, Dexie or React.',
          })),
          patterns: [{ group: ['@renderer/*', '@main/*', 'react-dom/*', 'react-router/*'], message: 'shared/ must not depend on a process layer.' }],
        },
      ],
      'import-x/no-restricted-paths': restrictedPaths([
        { target: './shared', from: './electron', message: 'shared/ must not import electron/.' },
        { target: './shared', from: './renderer', message: 'shared/ must not import renderer/.' },
      ]),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', ...nodeModules].map((name) => ({
            name,
            message: 'renderer/ talks to the outside only through the Host interface.',
          })),
          patterns: [{ group: ['@main/*', 'electron/*'], message: 'renderer/ must not import the main process.' }],
        },
      ],
      'import-x/no-restricted-paths': restrictedPaths([
        { target: './renderer', from: './electron', message: 'renderer/ must not import electron/.' },
      ]),
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/launcher/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@renderer/*'], message: 'electron/ never imports renderer/.' }] }],
      'import-x/no-restricted-paths': restrictedPaths([
        { target: './electron', from: './renderer', message: 'electron/ never imports renderer/.' },
      ]),
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', allowImportNames: ['contextBridge', 'ipcRenderer'], message: 'The preload uses only contextBridge and ipcRenderer.' }],
          patterns: [{ regex: '^(?!electron$|@shared/ipc/)', message: 'The preload imports only electron and @shared/ipc.' }],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'tools/**/*.ts', 'vite.config.ts', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'import-x/no-default-export': 'off' },
  },
  {
    // Ambient declarations need interfaces and vars to merge with the platform's own.
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/consistent-type-definitions': 'off', 'no-var': 'off' },
  },
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
