/**
 * The web extension (part of `npm run bench`): the size of the browser bundles (minified, as
 * `npm run package` ships them, and gzipped, as they travel) and the minified browser server in
 * Chromium: from creating its Worker until its answer to `initialize`, and its first diagnostics of a
 * 50 KB article, reach the page (fails above 1 s).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startBrowserServer } from '../test/support/browserServer';
import { LspTestClient } from '../test/support/lspClient';
import { article, random } from './generate';

const START_BUDGET_MS = 1000;
const repository = join(__dirname, '..');
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** The browser bundles as `npm run package` ships them (minified), built into a temporary folder. */
function buildProductionBundles(folder: string): string[] {
  execFileSync(process.execPath, ['esbuild.mjs', '--production', '--outdir', folder], { cwd: repository });
  return ['client.browser.js', 'server.browser.js', 'eld.browser.js'].map((bundle) => {
    const code = readFileSync(join(folder, bundle));
    return `${bundle} ${kilobytes(code.length)} (gzip ${kilobytes(gzipSync(code).length)})`;
  });
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'support-tone-bundles-'));
  try {
    console.log(`Browser bundles, minified: ${buildProductionBundles(folder).join(', ')}`);
    const text = article(random(11), 50_000);
    const uri = 'untitled:bench-article.md';
    const runs: { start: number; diagnostics: number }[] = [];
    for (let run = 0; run < 3; run++) {
      const server = await startBrowserServer(join(folder, 'server.browser.js'));
      const client = await LspTestClient.connect(server);
      client.open(uri, text);
      await client.diagnosticsAt(uri, 1);
      const { ready, diagnostics } = await server.timings();
      if (ready === undefined || diagnostics === undefined)
        throw new Error('The browser server did not answer initialize or publish diagnostics.');
      runs.push({ start: ready, diagnostics });
      await client.stop();
    }
    const best = runs.reduce((a, b) => (b.diagnostics < a.diagnostics ? b : a));
    console.log(
      `Browser server in Chromium (minified bundle): ready (initialize answered) ` +
        `${best.start.toFixed(0)} ms after its Worker is created, ` +
        `first diagnostics of a 50 KB article at ${best.diagnostics.toFixed(0)} ms (best of ${runs.length}; ` +
        `first diagnostics ${runs.map((each) => each.diagnostics.toFixed(0)).join(', ')} ms; budget ${START_BUDGET_MS} ms)`,
    );
    if (best.diagnostics > START_BUDGET_MS)
      throw new Error(
        `The browser server took ${best.diagnostics.toFixed(0)} ms to its first diagnostics of the 50 KB article, ` +
          `over ${START_BUDGET_MS} ms.`,
      );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
