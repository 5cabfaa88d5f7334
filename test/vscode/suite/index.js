// The in-host test runner: code-server's extension host loads this module (the URL payload's
// `extensionTestsPath`) and awaits `run()`; a rejection makes the workbench exit with code 1.
// Mocha comes from the repository: the host runs on code-server's Node 24, outside any npm project.
const { readdirSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { format } = require('node:util');

const REPOSITORY = resolve(__dirname, '..', '..', '..');
const Mocha = require(join(REPOSITORY, 'node_modules', 'mocha'));

/** Marks the reporter's lines in the browser console, where the runner (run.mjs) picks them out. */
const OUTPUT_MARKER = '[support-tone-tests]';

/** Runs every `*.test.js` file of this folder with mocha; rejects when a test fails. */
function run() {
  // Extension-host console output reaches the page console without printf-style formatting
  // (mocha's `%s`/`%d` would stay as they are), so each reporter line is formatted here.
  Mocha.reporters.Base.consoleLog = (...args) => console.log(`${OUTPUT_MARKER} ${format(...args)}`);
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  const filter = process.env.SUPPORT_TONE_VSCODE_GREP;
  if (filter) mocha.grep(filter);
  for (const file of readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort())
    mocha.addFile(join(__dirname, file));
  return new Promise((resolvePromise, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} in-host test(s) failed`)) : resolvePromise()));
    } catch (error) {
      reject(error);
    }
  });
}

module.exports = { run };
