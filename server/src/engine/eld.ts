type Eld = typeof import('eld/small').default;

let loaded: Eld | undefined;

/**
 * eld's small database, loaded on first use: reading its tables costs about half a second, which
 * English-only runs never pay. Loaded by file path because the package exports it for `import`
 * only, and the TypeScript sources run as CommonJS under the test runner. The Node bundles load it
 * from dist/eld.js beside them (see esbuild.mjs), so they do not compile its tables at start-up.
 */
export function loadEld(): Eld {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= (require('../../../node_modules/eld/src/entries/static.small.js') as { default: Eld }).default;
  return loaded;
}
