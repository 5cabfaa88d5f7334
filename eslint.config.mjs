// Lint for the TypeScript sources: typescript-eslint's recommended type-checked rules, with
// floating promises as errors (a dropped promise in the server loses a diagnostic silently).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** Node's built-ins: pure layers run in a browser worker too. */
const NODE_BUILTINS = ['node:*', 'fs', 'path', 'url', 'os', 'crypto', 'worker_threads', 'child_process'];

/** An import zone: files that may not import the listed modules, with the reason shown on a violation. */
const zone = (files, forbidden, reason) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message: reason }] }] },
});

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
  // The layering: engine → rulekit → packs → api → lsp / cli; client → shared only.
  zone(
    ['server/src/engine/**'],
    [...NODE_BUILTINS, 'vscode-*', '**/packs/**', '**/rulekit/**', '**/lsp/**', '**/cli/**', '**/config/**', '**/api'],
    'The engine is pure and language-neutral: it takes packs, rules, formats and settings as inputs.',
  ),
  zone(
    ['server/src/rulekit/**'],
    [...NODE_BUILTINS, 'vscode-*', '**/packs/**', '**/lsp/**', '**/cli/**', '**/config/**', '**/api'],
    'Rule kinds and the rule loader build on the engine only.',
  ),
  zone(
    ['server/src/packs/**'],
    [...NODE_BUILTINS, 'vscode-*', '**/lsp/**', '**/cli/**', '**/config/**', '**/api'],
    'Language packs are data and rules: no host, no LSP, no CLI.',
  ),
);
