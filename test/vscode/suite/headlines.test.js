// The headline test in the real editor: one CodeLens per draft of a saved-replies file, kept up
// to date as the draft is edited, and the front-page preview webview.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { activateExtension, closeAllEditors, headlineLenses, openEditor, waitFor, waitForValue } = require('./helpers');

const CLEAN_DRAFT_LENS = [11, '📰 Acme Apologizes, Promises to Send Replacement by Friday · no findings'];

/** The open webview tabs of the headline preview. */
function previewTabs() {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('supportTone.headlinePreview'));
}

/** Waits for exactly one preview tab, titled after the file once the server's headlines are rendered. */
function previewOf(fileName) {
  return waitFor(() => {
    const tabs = previewTabs();
    return tabs.length === 1 && tabs[0].label === `Headline: ${fileName}` && tabs[0];
  }, `one headline preview webview tab titled "Headline: ${fileName}"`);
}

describe('headline CodeLens and preview in VS Code', function () {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('gives each draft of a macros file one headline lens with its findings', async () => {
    const { document } = await openEditor('macros.reply.md');
    await waitForValue(
      () => headlineLenses(document.uri),
      [[2, '📰 Acme Blames Customer: "You should have read the manual" · 1 error, 4 warnings, 2 notes'], CLEAN_DRAFT_LENS],
      'headline lenses of macros.reply.md',
    );
    const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', document.uri);
    const lens = lenses.find((candidate) => candidate.range.start.line === 11);
    assert.equal(lens.command.command, 'supportTone.previewHeadline');
    assert.equal(lens.command.arguments[0].toString(), document.uri.toString());
    assert.equal(lens.command.arguments[1], 1);
  });

  it('changes the headline when an edit removes the blame', async () => {
    const { document } = await openEditor('macros.reply.md');
    const blame = 'You should have read the manual. ';
    const start = document.getText().indexOf(blame);
    const edit = new vscode.WorkspaceEdit();
    edit.delete(document.uri, new vscode.Range(document.positionAt(start), document.positionAt(start + blame.length)));
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(document.lineAt(4).text, 'Simply restart the hub. It will obviously sync ASAP.');
    await waitForValue(
      () => headlineLenses(document.uri),
      [[2, '📰 Acme Talks Down to Customer: "Simply restart the hub" · 4 warnings, 2 notes'], CLEAN_DRAFT_LENS],
      'headline lenses after removing the blame',
    );
  });

  it('opens the front-page preview webview with "Support Tone: Preview Headlines"', async () => {
    await openEditor('macros.reply.md');
    assert.deepEqual(previewTabs(), []);
    await vscode.commands.executeCommand('supportTone.previewHeadlines');
    const tab = await previewOf('macros.reply.md');
    assert.equal(tab.group.viewColumn, vscode.ViewColumn.Two);
    // It opens beside the draft, which stays the active text editor.
    assert.equal(vscode.window.tabGroups.all.length, 2);
    assert.equal(vscode.window.activeTextEditor?.document.fileName.endsWith('macros.reply.md'), true);
  });

  it("opens the preview with a headline lens's command", async () => {
    const { document } = await openEditor('macros.reply.md');
    const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', document.uri);
    const lens = lenses.find((candidate) => candidate.range.start.line === 11);
    await vscode.commands.executeCommand(lens.command.command, ...lens.command.arguments);
    await previewOf('macros.reply.md');
  });
});
