// Bundles the CLI, the language server and the VS Code client to CommonJS (absorbing the ESM-only retext packages),
// and the web extension: the browser client (CommonJS, as web extension hosts load it) and the browser server (a Worker script).
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';

// `--outdir <folder>` writes the bundles elsewhere (the benchmark measures packaged sizes without touching dist/).
const outIndex = process.argv.indexOf('--outdir');
const outdir = outIndex >= 0 ? process.argv[outIndex + 1] : 'dist';

/**
 * markdown-it's published build declares its class fields through Babel's `_defineProperty`, which
 * runs every field name of every token through `toPropertyKey` and `in` before defining it: about
 * 5% of a check's time. Its fields are plain string names on classes without accessors, where an
 * assignment does the same, so each call becomes one (`this.map = null`); the build fails if either
 * no longer holds.
 */
const markdownItFields = {
  name: 'markdown-it-fields',
  setup(bundler) {
    bundler.onLoad({ filter: /[\\/]markdown-it[\\/]dist[\\/]markdown-it\.mjs$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const helper = /^function _defineProperty\(e, r, t\) \{\n[^]*?\n\}$/m;
      const field = /_defineProperty\(\s*(this|MarkdownIt),\s*(?:\/\*\*[^]*?\*\/\s*)?"(\w+)",\s*([^]*?)\s*\);/g;
      const contents = source.replace(helper, '').replace(field, '$1.$2 = $3;');
      if (!helper.test(source) || contents.includes('_defineProperty') || /^\s*(?:static\s+)?[gs]et\s+\w+\s*\(/m.test(source))
        throw new Error(`${path} changed: update the markdown-it-fields plugin in esbuild.mjs`);
      return { contents, loader: 'js' };
    });
  },
};

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // `--production` (npm run package): minified, and no source maps in the extension.
  minify: process.argv.includes('--production'),
  sourcemap: !process.argv.includes('--production'),
  logLevel: 'warning',
  plugins: [markdownItFields],
  // jsonc-parser's UMD build hides its requires from the bundler; its ESM build does not.
  mainFields: ['module', 'main'],
  // ESM-only dependencies may read import.meta.url, which CommonJS lacks.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

/**
 * eld's language tables (1.6 MB of JavaScript) stay out of the Node bundles, in dist/eld.js, which
 * `loadEld` requires on first use: starting the CLI or the server no longer compiles them, and
 * English-only runs never load them.
 */
const eldBeside = {
  name: 'eld-beside',
  setup(bundler) {
    bundler.onResolve({ filter: /eld\/src\/entries\/static\.small\.js$/ }, () => ({ path: './eld.js', external: true }));
  },
};

/**
 * In the browser server eld's tables are a script of their own too, dist/eld.browser.js: whoever starts the worker puts its URL
 * in `SUPPORT_TONE_ELD_SCRIPT`, and the worker imports it on first use, so its start does not parse them. A worker that
 * cannot load it says so once and routes drafts by their marker words and settings only.
 */
const eldInWorker = {
  name: 'eld-in-worker',
  setup(bundler) {
    bundler.onResolve({ filter: /eld\/src\/entries\/static\.small\.js$/ }, () => ({ path: 'eld', namespace: 'eld-in-worker' }));
    bundler.onLoad({ filter: /.*/, namespace: 'eld-in-worker' }, () => ({
      loader: 'js',
      contents: `
        let eld;
        try {
          importScripts(self.SUPPORT_TONE_ELD_SCRIPT);
          eld = self.supportToneEld.default;
        } catch (error) {
          console.error('Support Tone could not load its language detector (' + error.message + '): ' +
            'drafts are routed by their marker words and settings only.');
          const unsure = { language: '', isReliable: () => false };
          eld = { detect: () => unsure, newInstance: () => eld, setLanguageSubset: () => undefined };
        }
        export default eld;`,
    }));
  },
};

/** The browser bundles: no Node. `node:path` (the config loader's path arithmetic) becomes its POSIX port. */
const browser = {
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  minify: shared.minify,
  sourcemap: shared.sourcemap,
  logLevel: 'warning',
  mainFields: ['browser', 'module', 'main'],
  plugins: [markdownItFields],
  alias: { 'node:path': 'path-browserify' },
};

await Promise.all([
  // piscina stays a runtime dependency: it starts its own worker script from its package folder.
  build({
    ...shared,
    entryPoints: { cli: 'server/src/cli/entry.ts', 'check-worker': 'server/src/cli/worker.ts' },
    outdir,
    external: ['piscina'],
    plugins: [markdownItFields, eldBeside],
  }),
  build({
    ...shared,
    entryPoints: { api: 'server/src/api.ts', server: 'server/src/lsp/main.node.ts' },
    outdir,
    plugins: [markdownItFields, eldBeside],
  }),
  build({ ...shared, entryPoints: { eld: 'node_modules/eld/src/entries/static.small.js' }, outdir }),
  build({ ...shared, entryPoints: { client: 'client/src/extension.ts' }, outdir, external: ['vscode'] }),
  build({
    ...browser,
    format: 'cjs',
    entryPoints: { 'client.browser': 'client/src/extension.browser.ts' },
    outdir,
    external: ['vscode'],
  }),
  build({
    ...browser,
    format: 'iife',
    entryPoints: { 'server.browser': 'server/src/lsp/main.browser.ts' },
    outdir,
    plugins: [...browser.plugins, eldInWorker],
  }),
  build({
    ...browser,
    format: 'iife',
    globalName: 'supportToneEld',
    entryPoints: { 'eld.browser': 'node_modules/eld/src/entries/static.small.js' },
    outdir,
  }),
]);
