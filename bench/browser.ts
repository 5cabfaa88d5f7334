/**
 * The web extension (part of `npm run bench`): the size of the browser bundles (minified, as
 * `npm run package` ships them, and gzipped, as they travel) and the browser server's start in
 * Chromium: from creating its Worker to the first diagnostics of a 50 KB article. Fails above 1 s.
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
function bundleSizes(): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'support-tone-bundles-'));
  try {
    execFileSync(process.execPath, ['esbuild.mjs', '--production', '--outdir', folder], { cwd: repository });
    return ['client.browser.js', 'server.browser.js'].map((bundle) => {
      const code = readFileSync(join(folder, bundle));
      return `${bundle} ${kilobytes(code.length)} (gzip ${kilobytes(gzipSync(code).length)})`;
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(`Browser bundles, minified: ${bundleSizes().join(', ')}`);
  const text = article(random(11), 50_000);
  const uri = 'untitled:bench-article.md';
  const starts: number[] = [];
  for (let run = 0; run < 3; run++) {
    const server = await startBrowserServer();
    const client = await LspTestClient.connect(server);
    client.open(uri, text);
    await client.diagnosticsAt(uri, 1);
    starts.push(performance.now() - server.startedAt);
    await client.stop();
  }
  const best = Math.min(...starts);
  console.log(
    `Browser server in Chromium, 50 KB article: first diagnostics ${best.toFixed(0)} ms after the Worker is created ` +
      `(best of ${starts.length}: ${starts.map((ms) => ms.toFixed(0)).join(', ')} ms; budget ${START_BUDGET_MS} ms)`,
  );
  if (best > START_BUDGET_MS) throw new Error(`The browser server took ${best.toFixed(0)} ms to start, over ${START_BUDGET_MS} ms.`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
