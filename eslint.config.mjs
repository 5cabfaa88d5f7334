// Lint for the TypeScript sources: typescript-eslint's recommended type-checked rules, with
// floating promises as errors (a dropped promise in the server loses a diagnostic silently).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/**
 * Layering that review would otherwise have to catch: the client talks to the server only through
 * shared/ (protocol and presentation), and lsp/ stays free of Node outside its Node entry, so it can
 * run in a browser worker. test/lint/zones.test.ts proves each zone fires.
 */
export const layerZones = [
  {
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '/server/src/(?!shared/)', message: 'The client may import only server/src/shared/ from the server.' }] },
      ],
    },
  },
  {
    files: ['server/src/lsp/**/*.ts'],
    ignores: ['server/src/lsp/main.node.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(node:|(fs|path|url|worker_threads|child_process)(/|$)|vscode-languageserver/node$)',
              message: 'lsp/ must run without Node: take it from a host supplied by lsp/main.node.ts.',
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'out/**',
      '.tools/**',
      'node_modules/**',
      'test/vscode/**',
      'bench/.corpus*/**',
      'test-output/**',
      '**/*.mjs',
      '**/*.cjs',
      'bin/**',
      'test/fixtures/**',
      'test/grammar/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  prettier,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...layerZones,
  {
    // Tests read untyped JSON (reports, manifests, protocol payloads) and narrow it by assertion.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
);
