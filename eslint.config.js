import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// Features meet only in src/app (routes): one feature folder may not import another.
const features = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureZones = features.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: 'Features do not import each other; compose them in src/app.',
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'coverage',
      'node_modules',
      'public/mockServiceWorker.js',
      'src/generated',
      'test-results',
      '.e2e-artifacts',
      'bench/tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    // Resolve imports as TypeScript does (paths @/ and @mocks/), so the import rules see every edge.
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod/mini',
              message: "The initial path uses 'zod-initial/mini' (docs/decisions/007); other code uses 'zod'.",
            },
          ],
          patterns: [
            {
              regex: '^(\\.\\./)+mocks(/|$)',
              message: "Import the mock layer as '@mocks/…', never by a relative path (one spelling to grep).",
            },
          ],
        },
      ],
      // A cycle makes load order matter and hides which module owns a fact.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureZones,
            {
              target: './src/features',
              from: './src/app',
              message: 'Features must not depend on the app composition layer.',
            },
            {
              target: ['./src/components', './src/lib', './src/config'],
              from: ['./src/features', './src/app'],
              message: 'Shared code must not depend on features or the app.',
            },
            {
              target: './src/lib/registries.ts',
              from: ['./src', './mocks'],
              message: 'The registry facts are a plain-data leaf that mocks/ reads too (docs/decisions/080).',
            },
            {
              // Each registry's facts file: plain data, importing only types from src/lib/registries.ts.
              target: './src/lib/registry-facts',
              from: './src',
              except: ['./lib/registries.ts'],
              message: 'A registry facts file is plain data that mocks/ reads too (docs/decisions/080).',
            },
            {
              target: './src/lib/registry-facts',
              from: './mocks',
              message: 'A registry facts file is plain data that mocks/ reads too (docs/decisions/080).',
            },
            {
              // Mocks never import the app's logic for what they check: only the generated contract
              // types and the registry facts (a leaf of plain data) (docs/decisions/080).
              target: './mocks',
              from: './src',
              except: ['./generated', './lib/registries.ts', './lib/registry-facts'],
              message:
                "The mock layer reads only src/generated and the registry facts (src/lib/registries.ts, src/lib/registry-facts), never the app's logic.",
            },
            {
              target: './src',
              from: './mocks',
              except: [],
              message: 'App code never imports the mock layer (main.tsx loads it dynamically).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    // main.tsx is the one place allowed to load the mock layer, behind a build-time flag.
    files: ['src/app/main.tsx', 'src/**/*.test.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['scripts/**', 'mocks/server.ts', 'tests/**', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
);
