// Code actions in the real editor: what VS Code offers on a finding (the light bulb's list) and
// for `source.fixAll.supportTone`, applied with vscode.workspace.applyEdit, to the exact text.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const {
  activateExtension,
  closeAllEditors,
  codeActions,
  diagnosticSummaries,
  openEditor,
  ourDiagnostics,
  ruleOf,
  waitFor,
  waitForValue,
} = require('./helpers');

const BLAME_LINE = 'You should have read the manual. Simply restart the hub. It will obviously sync ASAP.';

/** Opens macros.reply.md and waits until its finding of `ruleId` at `character` on line 4 is there. */
async function findingOnBlameLine(ruleId, character) {
  const editor = await openEditor('macros.reply.md');
  assert.equal(editor.document.lineAt(4).text, BLAME_LINE);
  const diagnostic = await waitFor(
    () =>
      ourDiagnostics(editor.document.uri).find(
        (candidate) => ruleOf(candidate) === ruleId && candidate.range.start.line === 4 && candidate.range.start.character === character,
      ),
    `a ${ruleId} diagnostic at 4:${character}`,
  );
  return { editor, document: editor.document, diagnostic, original: editor.document.getText() };
}

describe('code actions in VS Code', function () {
  before(activateExtension);
  afterEach(closeAllEditors);

  it("offers Remove 'Simply' as the preferred quick fix, and applying it removes the word", async () => {
    const { document, diagnostic, original } = await findingOnBlameLine('no-condescension', 33);
    const actions = await codeActions(document.uri, diagnostic.range);
    // Only Support Tone offers actions in a support-reply document: the list is the light bulb's.
    assert.deepEqual(
      actions.map((action) => [action.title, action.kind?.value, action.isPreferred === true]),
      [
        ["Remove 'Simply'", 'quickfix', true],
        ['Disable no-condescension for this line', 'quickfix', false],
        ['Disable no-condescension for this file', 'quickfix', false],
        ["Add 'Simply' to allowed phrases of no-condescension", 'quickfix', false],
      ],
    );
    assert.ok(await vscode.workspace.applyEdit(actions[0].edit));
    assert.equal(document.getText(), original.replace('Simply restart', 'Restart'));
    assert.equal(document.lineAt(4).text, 'You should have read the manual. Restart the hub. It will obviously sync ASAP.');
    await waitFor(
      () => !ourDiagnostics(document.uri).some((candidate) => document.getText(candidate.range) === 'Simply'),
      "the 'Simply' diagnostic to go away",
    );
  });

  it('disables no-blame for one line with an inline directive', async () => {
    const { document, diagnostic, original } = await findingOnBlameLine('no-blame', 0);
    const actions = await codeActions(document.uri, diagnostic.range);
    const disable = actions.find((action) => action.title === 'Disable no-blame for this line');
    assert.ok(disable, `no "Disable no-blame for this line" among: ${actions.map((action) => action.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    const lines = original.split('\n');
    lines.splice(4, 0, '<!-- support-tone-disable-next-line no-blame -->');
    assert.equal(document.getText(), lines.join('\n'));
    await waitForValue(
      () => diagnosticSummaries(document.uri),
      [
        'require-apology 2:0-2:35',
        'require-empathy 2:0-2:35',
        'require-restatement 2:0-2:35',
        'no-condescension 5:33-5:39',
        'no-condescension 5:65-5:74',
        'no-vague-timeline 5:80-5:84',
      ],
      'diagnostics with no-blame disabled for the line',
    );
  });

  it('applies every safe fix with source.fixAll.supportTone', async () => {
    const { document, original } = await findingOnBlameLine('no-condescension', 65);
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(original.length));
    const actions = await codeActions(document.uri, whole, 'source.fixAll.supportTone');
    assert.deepEqual(
      actions.map((action) => [action.title, action.kind?.value]),
      [['Fix all safe Support Tone problems', 'source.fixAll.supportTone']],
    );
    assert.ok(await vscode.workspace.applyEdit(actions[0].edit));
    // Removing 'obviously' is safe. Removing the opening 'Simply' would capitalise 'restart' and 'ASAP' → 'by [time]'
    // leaves a placeholder: fix-all leaves both to the writer.
    assert.equal(
      document.getText(),
      original.replace(BLAME_LINE, 'You should have read the manual. Simply restart the hub. It will sync ASAP.'),
    );
  });
});
