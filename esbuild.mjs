// Bundles the CLI, the language server and the VS Code client to CommonJS (absorbing the ESM-only retext packages).
import { build } from 'esbuild';

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // `--production` (npm run package): minified, and no source maps in the extension.
  minify: process.argv.includes('--production'),
  sourcemap: !process.argv.includes('--production'),
  logLevel: 'warning',
  // jsonc-parser's UMD build hides its requires from the bundler; its ESM build does not.
  mainFields: ['module', 'main'],
  // ESM-only dependencies may read import.meta.url, which CommonJS lacks.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

await Promise.all([
  // piscina stays a runtime dependency: it starts its own worker script from its package folder.
  build({
    ...shared,
    entryPoints: { cli: 'server/src/cli/entry.ts', 'check-worker': 'server/src/cli/worker.ts' },
    outdir: 'dist',
    external: ['piscina'],
  }),
  build({ ...shared, entryPoints: { api: 'server/src/api.ts', server: 'server/src/lsp/main.node.ts' }, outdir: 'dist' }),
  build({ ...shared, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
]);
