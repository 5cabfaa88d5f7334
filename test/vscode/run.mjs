#!/usr/bin/env node
// `npm run test:vscode`: the extension end to end in a real VS Code (code-server 4.139.1 on
// Node 24, both from npm, installed into .tools/ when missing).
//   1. packages the extension (npm run package) and installs support-tone.vsix into a fresh,
//      isolated code-server;
//   2. runs test/vscode/suite/*.test.js with mocha inside the real extension host;
//   3. drives the workbench UI once in Debian's chromium and saves screenshots to test-output/;
//   4. does it again with the extension in the browser's web worker extension host (web.mjs).
// Every wait has a deadline; code-server's process group is killed on success, failure,
// timeout or a signal. See test/vscode/README.md (also for the SUPPORT_TONE_* variables).
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, runInHostTests } from './browser.mjs';
import { addUserSettings, installExtension, prepareProfile, startCodeServer } from './codeServer.mjs';
import { killAllGroups, runCommand } from './processes.mjs';
import { ensureTools } from './tools.mjs';
import { checkUserInterface } from './ui.mjs';
import { checkWebExtensionHost, WEB_HOST_SETTINGS } from './web.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repository = resolve(here, '..', '..');
const output = join(repository, 'test-output');
const logs = join(output, 'vscode-logs');

/** The whole stage, installs included; a cold run took 2.5 min on 2 cores, a warm one about 35 s. */
const STAGE_TIMEOUT_MS = 9 * 60_000;
const PACKAGE_TIMEOUT_MS = 3 * 60_000;
const IN_HOST_TIMEOUT_MS = 3 * 60_000;

// `npm test` runs this stage in CI (where .ci/run has installed what it needs); on a developer's
// machine it says so and leaves it to `npm run test:vscode`, which installs about 800 MB of tools.
if (process.argv.includes('--in-ci-only') && !process.env.CI) {
  console.log('Real VS Code stage: runs in CI (CI=1); locally run `npm run test:vscode`.');
  process.exit(0);
}

const started = Date.now();
const log = (message) => console.log(`[vscode ${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}`);

/**
 * Copies the fixture workspace into `parent` (as `acme-support`, the name the window shows), so
 * tests and clicks never touch the repository's files.
 */
function copyWorkspace(parent) {
  const target = join(parent, 'acme-support');
  cpSync(join(here, 'workspace'), target, { recursive: true });
  return target;
}

async function packageExtension() {
  if (process.env.SUPPORT_TONE_VSIX) {
    log(`using ${process.env.SUPPORT_TONE_VSIX} from SUPPORT_TONE_VSIX instead of npm run package`);
    return resolve(process.env.SUPPORT_TONE_VSIX);
  }
  log('npm run package');
  const vsix = join(repository, 'support-tone.vsix');
  rmSync(vsix, { force: true });
  await runCommand('npm', ['run', 'package'], { cwd: repository, timeoutMs: PACKAGE_TIMEOUT_MS, label: 'npm run package' });
  if (!existsSync(vsix)) throw new Error(`npm run package did not write ${vsix}`);
  return vsix;
}

/** The run's temporary folder (profiles, workspace copies, code-server's HOME), removed on exit. */
let runFolder;

/** Ends every process the stage started and removes its temporary folder; safe to call twice. */
function cleanUp() {
  killAllGroups();
  if (runFolder) {
    const logFile = join(runFolder, 'code-server.log');
    if (existsSync(logFile)) copyFileSync(logFile, join(logs, 'code-server.log'));
    try {
      rmSync(runFolder, { recursive: true, force: true, maxRetries: 5 });
    } catch (error) {
      console.error(`Could not remove ${runFolder}: ${error.message}`);
    }
    runFolder = undefined;
  }
}

async function main() {
  const tools = await ensureTools(repository, log);
  const vsix = await packageExtension();

  mkdirSync(logs, { recursive: true });
  runFolder = mkdtempSync(join(tmpdir(), 'support-tone-vscode-'));
  let codeServer;
  try {
    const profile = prepareProfile(runFolder);
    log(await installExtension(tools, profile, vsix));
    codeServer = await startCodeServer(tools, profile, { SUPPORT_TONE_VSCODE_GREP: process.env.SUPPORT_TONE_VSCODE_GREP ?? '' });
    log(`code-server ${codeServer.baseUrl} (process group ${codeServer.pid}, run folder ${runFolder})`);

    log('in-host tests: mocha in the real extension host');
    const testsBrowser = await launchBrowser(runFolder, 'tests', { width: 1280, height: 800 });
    let exitCode;
    try {
      exitCode = await runInHostTests({
        context: testsBrowser,
        baseUrl: codeServer.baseUrl,
        folder: copyWorkspace(join(runFolder, 'tests')),
        developmentPath: join(here, 'suite'),
        testsPath: join(here, 'suite', 'index.js'),
        timeoutMs: IN_HOST_TIMEOUT_MS,
        consoleLog: join(logs, 'in-host-console.log'),
        print: (line) => console.log(`  ${line}`),
      });
    } finally {
      await testsBrowser.close();
    }
    if (exitCode !== 0)
      throw new Error(`The in-host tests failed (the workbench exited with code ${exitCode}); see the output above and ${logs}.`);

    if (process.env.SUPPORT_TONE_VSCODE_SKIP_UI !== '1') {
      log('user interface: explorer, squiggles, CodeLens, Problems, light bulb, preview');
      const uiBrowser = await launchBrowser(runFolder, 'ui', { width: 1280, height: 800 });
      try {
        await checkUserInterface({
          context: uiBrowser,
          baseUrl: codeServer.baseUrl,
          folder: copyWorkspace(join(runFolder, 'ui')),
          output,
          docsImage: join(repository, 'docs', 'images', 'vscode-editor.png'),
          log,
        });
      } finally {
        await uiBrowser.close();
      }
    }

    if (process.env.SUPPORT_TONE_VSCODE_SKIP_WEB !== '1') {
      log('web extension host: the extension as on vscode.dev: squiggles, CodeLens, light bulb');
      addUserSettings(profile, WEB_HOST_SETTINGS);
      const webBrowser = await launchBrowser(runFolder, 'web', { width: 1280, height: 800 });
      try {
        await checkWebExtensionHost({
          context: webBrowser,
          baseUrl: codeServer.baseUrl,
          folder: copyWorkspace(join(runFolder, 'web')),
          output,
          consoleLog: join(logs, 'web-console.log'),
          log,
        });
      } finally {
        await webBrowser.close();
      }
    }
  } finally {
    codeServer?.stop();
    cleanUp();
  }
  log('passed');
}

const stageTimer = setTimeout(() => {
  console.error(`test:vscode did not finish within ${STAGE_TIMEOUT_MS / 60_000} min; killing its processes.`);
  process.exit(1);
}, STAGE_TIMEOUT_MS);
stageTimer.unref();

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => process.exit(1));
// A closed output pipe (| head) must not skip the clean-up.
process.stdout.on('error', () => {});
process.on('exit', cleanUp);

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`\ntest:vscode FAILED: ${error.message}`);
    process.exit(1);
  },
);
