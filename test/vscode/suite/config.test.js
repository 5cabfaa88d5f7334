// A broken .support-tone.json in the real editor: the mistake shows on the config file itself,
// documents next to it are still checked (with default settings), and fixing the file clears it.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const {
  activateExtension,
  closeAllEditors,
  diagnosticSummaries,
  headlineLenses,
  openEditor,
  waitFor,
  waitForValue,
  workspaceUri,
} = require('./helpers');

const BROKEN_CONFIG = '{\n  "companyName": "Acme",\n  "rules": { "no-blam": "off" }\n';
const REPLY = 'Hi Sam,\n\nYou should have read the manual. Simply restart the hub ASAP.\n\nBest,\nAlex\n';

const encode = (text) => new TextEncoder().encode(text);

/** Support Tone's diagnostics of a file as `[line:character, message]`. */
function configProblems(uri) {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((diagnostic) => diagnostic.source === 'support-tone')
    .map((diagnostic) => [`${diagnostic.range.start.line}:${diagnostic.range.start.character}`, diagnostic.message]);
}

describe('a broken .support-tone.json in VS Code', function () {
  before(activateExtension);
  const folder = workspaceUri('broken');
  const config = vscode.Uri.joinPath(folder, '.support-tone.json');

  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it('gets a diagnostic on the config file, and the reply next to it is still checked', async () => {
    await vscode.workspace.fs.createDirectory(folder);
    await vscode.workspace.fs.writeFile(config, encode(BROKEN_CONFIG));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'reply.md'), encode(REPLY));

    const { document } = await openEditor('broken/reply.md');
    await waitForValue(
      () => configProblems(config),
      [['3:0', 'Invalid JSON: CloseBraceExpected. Using default settings.']],
      'the diagnostic on broken/.support-tone.json',
    );
    await waitForValue(
      () => diagnosticSummaries(document.uri),
      [
        'require-apology 0:0-0:7',
        'require-empathy 0:0-0:7',
        'require-restatement 0:0-0:7',
        'no-blame 2:0-2:20',
        'no-condescension 2:33-2:39',
        'no-vague-timeline 2:56-2:60',
      ],
      'diagnostics of broken/reply.md',
    );
    // Default settings: the company is the setting's default, not the broken file's "Acme".
    const [[, title]] = await headlineLenses(document.uri);
    assert.equal(title.startsWith('📰 Support Blames Customer'), true, title);
  });

  it('clears the config diagnostic once the file is fixed on disk', async () => {
    await openEditor('broken/reply.md');
    await vscode.workspace.fs.writeFile(config, encode('{ "companyName": "Initech" }\n'));
    await waitForValue(() => configProblems(config), [], 'no diagnostics on the fixed .support-tone.json');
    await waitFor(
      async () => (await headlineLenses(workspaceUri('broken/reply.md')))[0]?.[1].startsWith('📰 Initech Blames Customer'),
      "the headline to name the fixed file's company",
    );
  });
});
