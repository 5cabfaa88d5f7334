// Diagnostics in the real editor: the installed extension starts its language server, and what
// VS Code's diagnostics API holds matches the CLI finding for finding, range for range.
const assert = require('node:assert/strict');
const { resolve, sep } = require('node:path');
const vscode = require('vscode');
const {
  EXTENSION_ID,
  activateExtension,
  closeAllEditors,
  diagnosticSummaries,
  headlineLenses,
  openEditor,
  ourDiagnostics,
  ruleOf,
  waitForValue,
  workspaceUri,
} = require('./helpers');

const MACROS_ON_OPEN = [
  'require-apology 2:0-2:35',
  'require-empathy 2:0-2:35',
  'require-restatement 2:0-2:35',
  'no-blame 4:0-4:20',
  'no-condescension 4:33-4:39',
  'no-condescension 4:65-4:74',
  'no-vague-timeline 4:80-4:84',
];

describe('diagnostics in VS Code', function () {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('runs the extension installed from support-tone.vsix, not a development copy', async () => {
    const extension = await activateExtension();
    assert.equal(extension.isActive, true);
    assert.equal(extension.packageJSON.version, require('../../../package.json').version);
    // The packaged extension lives in code-server's (temporary) extensions folder.
    assert.match(extension.extensionPath, new RegExp(`\\${sep}extensions\\${sep}${EXTENSION_ID.replace('.', '\\.')}-[0-9.]+$`));
    assert.ok(!extension.extensionPath.startsWith(resolve(__dirname, '..', '..', '..') + sep), extension.extensionPath);
  });

  it('shows the expected rules at exact ranges when a macros file opens', async () => {
    const editor = await openEditor('macros.reply.md');
    const { uri } = editor.document;
    assert.equal(editor.document.languageId, 'support-reply');
    await waitForValue(() => diagnosticSummaries(uri), MACROS_ON_OPEN, 'diagnostics of macros.reply.md');

    const byRule = new Map(ourDiagnostics(uri).map((diagnostic) => [ruleOf(diagnostic), diagnostic]));
    const blame = byRule.get('no-blame');
    assert.equal(blame.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(blame.message, "'You should have read' makes the customer the cause: describe what happened and how to fix it.");
    assert.equal(blame.code.target.toString(true), 'https://github.com/support-tone/support-tone/blob/main/docs/rules/no-blame.md');
    assert.equal(byRule.get('no-vague-timeline').severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(byRule.get('require-empathy').severity, vscode.DiagnosticSeverity.Information);
    assert.equal(editor.document.getText(blame.range), 'You should have read');
  });

  it('checks KB articles: findings in one, none in the other', async () => {
    const refunds = workspaceUri('kb/refunds.md');
    await openEditor('kb/refunds.md');
    await waitForValue(
      () => diagnosticSummaries(refunds),
      ['no-legalese 2:0-2:11', 'no-vague-timeline 2:45-2:58'],
      'diagnostics of kb/refunds.md',
    );
    const clean = await openEditor('kb/restart-the-hub.md');
    // The headline lens answers only once the server has checked the document, so "no findings" is a result, not a race.
    await waitForValue(
      () => headlineLenses(clean.document.uri),
      [[0, '📰 Acme Publishes Clear Guide: "Restart the Acme hub" · no findings']],
      'the headline lens of kb/restart-the-hub.md',
    );
    assert.deepEqual(diagnosticSummaries(clean.document.uri), []);
  });

  it('re-checks after a WorkspaceEdit, and again after a second edit takes it back', async () => {
    const editor = await openEditor('macros.reply.md');
    const { uri } = editor.document;
    await waitForValue(() => diagnosticSummaries(uri), MACROS_ON_OPEN, 'diagnostics before the edit');

    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(4, 0), 'Well, ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForValue(
      () => diagnosticSummaries(uri),
      [
        'require-apology 2:0-2:35',
        'require-empathy 2:0-2:35',
        'require-restatement 2:0-2:35',
        'no-blame 4:6-4:26',
        'no-condescension 4:39-4:45',
        'no-condescension 4:71-4:80',
        'no-vague-timeline 4:86-4:90',
      ],
      'diagnostics after inserting "Well, "',
    );

    const undo = new vscode.WorkspaceEdit();
    undo.delete(uri, new vscode.Range(4, 0, 4, 6));
    assert.ok(await vscode.workspace.applyEdit(undo));
    await waitForValue(() => diagnosticSummaries(uri), MACROS_ON_OPEN, 'diagnostics after deleting "Well, " again');
  });
});
