// Lint for the TypeScript sources: typescript-eslint's recommended type-checked rules, with
// floating promises as errors (a dropped promise in the server loses a diagnostic silently).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** Node's built-ins and Node-only entry points: pure layers must also run in a browser worker. */
const NODE = '^(node:|(fs|path|url|os|crypto|worker_threads|child_process)(/|$)|vscode-languageserver/node$|vscode-languageclient/node$)';

/** A zone: files that may not import modules whose path matches `forbidden`, with the reason shown on a violation. */
const zone = (files, forbidden, message, ignores = []) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: forbidden, message }] }] },
});

/**
 * The layering review would otherwise have to catch: engine → rulekit → packs → api → lsp / cli;
 * the client talks to the server only through shared/ (protocol, presentation, formats); lsp/
 * stays free of Node outside its Node entry. test/lint/zones.test.ts proves each zone fires.
 */
export const layerZones = [
  zone(['client/src/**/*.ts'], '/server/src/(?!shared/)', 'The client may import only server/src/shared/ from the server.'),
  zone(['server/src/lsp/**/*.ts'], NODE, 'lsp/ must run without Node: take it from a host supplied by lsp/main.node.ts.', [
    'server/src/lsp/main.node.ts',
  ]),
  zone(
    ['server/src/engine/**/*.ts'],
    `${NODE}|^vscode-|/(packs|rulekit|lsp|cli|config)/|/api$`,
    'The engine is pure and language-neutral: packs, rules, formats and settings are its inputs.',
  ),
  zone(
    ['server/src/rulekit/**/*.ts'],
    `${NODE}|^vscode-|/(packs|lsp|cli|config)/|/api$`,
    'Rule kinds and the loader build on the engine only.',
  ),
  zone(
    ['server/src/packs/**/*.ts'],
    `${NODE}|^vscode-|/(lsp|cli|config)/|/api$`,
    'Language packs are data and rules: no host, no LSP, no CLI.',
  ),
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
    // The server may speak LSP over stdout, where a console.log corrupts the stream: log through connection.console.
    files: ['server/src/lsp/**/*.ts'],
    rules: { 'no-console': 'error' },
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
);
