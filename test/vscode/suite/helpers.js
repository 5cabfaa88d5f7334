// Shared helpers of the in-host tests: documents of the test workspace, Support Tone's
// diagnostics and headline lenses as short strings, and polling with a deadline (the language
// server answers asynchronously, so tests wait for a condition, never for a time).
const assert = require('node:assert/strict');
const { isDeepStrictEqual } = require('node:util');
const vscode = require('vscode');

const EXTENSION_ID = 'support-tone.support-tone';
const SOURCE = 'support-tone';
const WAIT_MS = 20_000;
const POLL_MS = 50;

/** The URI of a file in the test workspace (a temporary copy of test/vscode/workspace). */
function workspaceUri(relativePath) {
  const [folder] = vscode.workspace.workspaceFolders ?? [];
  assert.ok(folder, 'the test window has no workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'));
}

/** Activates the installed Support Tone extension (it also activates on opening Markdown). */
async function activateExtension() {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  await extension.activate();
  return extension;
}

/** Opens a workspace file in an editor and returns the editor. */
async function openEditor(relativePath) {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Support Tone's diagnostics of a document, in document order. */
function ourDiagnostics(uri) {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((diagnostic) => diagnostic.source === SOURCE)
    .sort((a, b) => a.range.start.compareTo(b.range.start) || String(ruleOf(a)).localeCompare(String(ruleOf(b))));
}

/** A diagnostic's rule id (the client turns code + docs link into `{ value, target }`). */
function ruleOf(diagnostic) {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}

/** `rule-id line:character-line:character` (zero-based, as the API has them). */
function diagnosticSummary(diagnostic) {
  const { start, end } = diagnostic.range;
  return `${ruleOf(diagnostic)} ${start.line}:${start.character}-${end.line}:${end.character}`;
}

/** The document's Support Tone diagnostics as summaries. */
function diagnosticSummaries(uri) {
  return ourDiagnostics(uri).map(diagnosticSummary);
}

/** The headline CodeLenses VS Code gets for a document, as `[line, title]`. */
async function headlineLenses(uri) {
  const lenses = (await vscode.commands.executeCommand('vscode.executeCodeLensProvider', uri)) ?? [];
  return lenses.filter((lens) => lens.command?.title.startsWith('📰')).map((lens) => [lens.range.start.line, lens.command.title]);
}

/**
 * Polls `read` until it returns a value deep-equal to `expected`, or fails after `timeoutMs`
 * with the last value read, so a wrong result shows as a diff rather than as a timeout.
 */
async function waitForValue(read, expected, message, timeoutMs = WAIT_MS) {
  const deadline = Date.now() + timeoutMs;
  let actual;
  for (;;) {
    actual = await read();
    if (isDeepStrictEqual(actual, expected)) return actual;
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  assert.deepEqual(actual, expected, `${message} (still different after ${timeoutMs / 1000} s)`);
  return actual;
}

/** Polls `probe` until it returns something truthy; fails after `timeoutMs` with `message`. */
async function waitFor(probe, message, timeoutMs = WAIT_MS) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`${message} (not within ${timeoutMs / 1000} s)`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * Reverts every unsaved document to its file on disk, so no test leaves an edit behind (and
 * closing editors never asks to save).
 */
async function revertAll() {
  for (const document of vscode.workspace.textDocuments.filter((candidate) => candidate.isDirty)) {
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.equal(document.isDirty, false, `could not revert ${document.uri.path}`);
  }
}

/** The code actions VS Code offers for a range, optionally only those of one kind. */
async function codeActions(uri, range, kind) {
  const args = ['vscode.executeCodeActionProvider', uri, range];
  if (kind) args.push(kind);
  // VS Code cancels a code-action request when the document changes under it (the revert after the
  // previous test can land late): ask again, a few times, rather than fail on the editor's own cancel.
  for (let attempt = 1; ; attempt++) {
    try {
      return (await vscode.commands.executeCommand(...args)) ?? [];
    } catch (error) {
      const canceled = error?.name === 'Canceled' || error?.message === 'Canceled';
      if (!canceled || attempt === 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** Reverts unsaved changes, then closes every editor and webview: each test file starts from an empty window. */
async function closeAllEditors() {
  await revertAll();
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

module.exports = {
  EXTENSION_ID,
  activateExtension,
  closeAllEditors,
  codeActions,
  diagnosticSummaries,
  headlineLenses,
  openEditor,
  ourDiagnostics,
  revertAll,
  ruleOf,
  waitFor,
  waitForValue,
  workspaceUri,
};
