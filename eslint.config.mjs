// Lint for every source file. TypeScript: typescript-eslint's recommended type-checked rules, with
// floating promises as errors (a dropped promise in the server loses a diagnostic silently).
// JavaScript (build and stage scripts, the real VS Code stage, the in-host tests): the recommended
// rules without type information, with the globals of the environment each file runs in.
import js from '@eslint/js';
import globals from 'globals';
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
    ['server/src/shared/**/*.ts'],
    `${NODE}|/(packs|rulekit|lsp|cli|config)/|/api$|/engine/(?!model$|pack$)`,
    'shared/ is what the client bundles: the engine model and pack types at most, no engine code, no host.',
  ),
  zone(
    ['server/src/packs/**/*.ts'],
    `${NODE}|^vscode-|/(lsp|cli|config)/|/api$`,
    'Language packs are data and rules: no host, no LSP, no CLI.',
  ),
];

/**
 * What is not source: builds, installs, generated corpora, and fixtures that are byte-exact inputs.
 * test/lint/lineWidth.test.ts checks the width of every line of the rest.
 */
export const NOT_SOURCE = [
  'dist/**',
  'out/**',
  '.tools/**',
  'node_modules/**',
  'test/vscode/workspace/**',
  'bench/.corpus*/**',
  'test-output/**',
  'test/fixtures/**',
  'test/grammar/**',
];

export default tseslint.config(
  { ignores: NOT_SOURCE },
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
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
    rules: tseslint.configs.disableTypeChecked.rules,
  },
  {
    // CommonJS: the npm bin, the network-blocking preload and the in-host tests, which VS Code's extension host requires.
    files: ['**/*.cjs', 'bin/**/*.js', 'test/vscode/suite/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/vscode/suite/**/*.test.js'],
    languageOptions: { globals: globals.mocha },
  },
  {
    // The real VS Code stage waits on a browser and an extension host: a promise it forgets races the next step.
    // test/vscode/tsconfig.json gives its JavaScript types (Node, playwright-core, vscode, mocha) for these rules.
    files: ['test/vscode/**/*.{js,mjs}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    // The stage's playwright drivers: the callbacks they pass to evaluate() run in the page, where these are defined.
    files: ['test/vscode/*.mjs'],
    languageOptions: { globals: { getComputedStyle: 'readonly' } },
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
