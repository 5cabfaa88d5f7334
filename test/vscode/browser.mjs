// The browser side of the stage: Debian's chromium driven by playwright-core, and the in-host
// test run, which loads the workbench with a URL payload that makes the remote (Node)
// extension host run test/vscode/suite/index.js and report its result to
// `window.codeAutomationExit(code)`.
import { appendFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** A fresh headless chromium profile (so no workbench state carries over between windows). */
export async function launchBrowser(runFolder, name, viewport) {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium; .ci/run does this).`);
  const profile = mkdtempSync(join(runFolder, `chromium-${name}-`));
  return chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS, viewport });
}

/** The workbench URL for a folder, optionally with a payload (a list of [key, value] pairs). */
export function workbenchUrl(baseUrl, folder, payload) {
  const query = [`folder=${encodeURIComponent(folder)}`];
  if (payload) query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${baseUrl}/?${query.join('&')}`;
}

/** What suite/index.js puts before each line of mocha's report (see there). */
const OUTPUT_MARKER = '[support-tone-tests] ';

/**
 * Opens the workbench on `folder` with the test payload and waits for the extension host to
 * finish the tests. Resolves with the exit code the workbench reports (0 when every test passed).
 * Every console line goes to `consoleLog`; mocha's report lines are also passed to `print`.
 */
export async function runInHostTests({ context, baseUrl, folder, developmentPath, testsPath, timeoutMs, consoleLog, print }) {
  const page = context.pages()[0] ?? (await context.newPage());
  writeFileSync(consoleLog, '');
  let reportExit;
  const exited = new Promise((resolve) => (reportExit = resolve));
  await page.exposeFunction('codeAutomationExit', (code) => reportExit(code));
  page.on('console', (message) => {
    const text = message.text();
    appendFileSync(consoleLog, `[${message.type()}] ${text}\n`);
    const marker = text.indexOf(OUTPUT_MARKER);
    if (marker >= 0) print(text.slice(marker + OUTPUT_MARKER.length));
  });
  page.on('pageerror', (error) => appendFileSync(consoleLog, `[pageerror] ${error.stack ?? error.message}\n`));
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://remote${developmentPath}`],
    ['extensionTestsPath', `vscode-remote://remote${testsPath}`],
  ];
  await page.goto(workbenchUrl(baseUrl, folder, payload));
  let timer;
  const timedOut = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`The in-host tests did not finish within ${timeoutMs / 1000} s (browser console: ${consoleLog}).`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([exited, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
