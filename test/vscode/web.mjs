// The web pass: the same installed extension, forced into the browser's web worker extension host
// (as on vscode.dev and github.dev) by the user setting `remote.extensionKind` = ["web"], which
// code-server honours for an extension with a `browser` entry. The browser client starts
// dist/server.browser.js in a Worker; nothing runs on Node. Checks squiggles, the headline CodeLenses,
// a quick fix and the front-page preview, measures the time to the first diagnostics and saves test-output/vscode-web.png.
import { appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workbenchUrl } from './browser.mjs';
import { removeSimplyFromLightBulb, runFromCommandPalette, waitForState } from './ui.mjs';

const STEP_TIMEOUT_MS = 30_000;

/** The user settings that move the extension into the web worker extension host. */
export const WEB_HOST_SETTINGS = { 'remote.extensionKind': { 'support-tone.support-tone': ['web'] } };

/** Processes running the installed extension's Node server (a Node extension host starts one per window). */
function nodeServerProcesses() {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return /support-tone\.support-tone-[^\0]*\/dist\/server\.js/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
      } catch {
        return false; // ended meanwhile
      }
    });
}

export async function checkWebExtensionHost({ context, baseUrl, folder, output, consoleLog, log }) {
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  const page = context.pages()[0] ?? (await context.newPage());
  // In the web worker host no Node server starts: the windows before this one started theirs.
  const nodeServersBefore = new Set(nodeServerProcesses());
  writeFileSync(consoleLog, '');
  page.on('console', (message) => appendFileSync(consoleLog, `[${message.type()}] ${message.text()}\n`));
  page.on('pageerror', (error) => appendFileSync(consoleLog, `[pageerror] ${error.stack ?? error.message}\n`));
  try {
    await page.goto(workbenchUrl(baseUrl, folder));
    await page.locator('.monaco-workbench').waitFor();
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'macros.reply.md' }).click();
    const opened = Date.now();
    await page.locator('.tabs-container .tab.active', { hasText: 'macros.reply.md' }).waitFor();
    await page.locator('.squiggly-error').first().waitFor();
    const firstDiagnosticsMs = Date.now() - opened;
    const started = nodeServerProcesses().filter((pid) => !nodeServersBefore.has(pid));
    if (started.length > 0)
      throw new Error(`web host: a Node language server started (pid ${started.join(', ')}): the extension ran in a Node host`);
    log(
      `web host: first diagnostics ${firstDiagnosticsMs} ms after opening macros.reply.md (extension activation and server start included)`,
    );

    await page.locator('.squiggly-warning').first().waitFor();
    const lenses = page.locator('.codelens-decoration', { hasText: '📰 Acme' });
    await waitForState(
      () => lenses.allInnerTexts(),
      (texts) =>
        texts.length === 2 &&
        texts[0].includes('📰 Acme Blames Customer: "You should have read the manual" · 1 error, 4 warnings, 2 notes'),
      'two headline CodeLenses in the web host',
    );
    log('web host: squiggles and both headline CodeLenses are shown');
    await removeSimplyFromLightBulb(page);
    log("web host: light bulb → Remove 'Simply' changed the editor text");

    mkdirSync(output, { recursive: true });
    const shot = join(output, 'vscode-web.png');
    await page.mouse.move(0, 0);
    await page.screenshot({ path: shot });
    log(`web host: saved ${shot}`);

    // The front-page preview: the client's webview, filled from the browser server's headlines.
    await runFromCommandPalette(page, 'Support Tone: Preview Headlines');
    const frontPage = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame').locator('body');
    await frontPage.getByText('Acme Blames Customer: "You should have read the manual"', { exact: true }).waitFor();
    log("web host: the front-page preview shows the first draft's headline");
    return { firstDiagnosticsMs };
  } catch (error) {
    const failureShot = join(output, 'vscode-web-failure.png');
    mkdirSync(output, { recursive: true });
    await page.screenshot({ path: failureShot }).catch(() => {});
    error.message += ` (the window at that moment: ${failureShot})`;
    throw error;
  }
}
