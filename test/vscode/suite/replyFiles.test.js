// JSON files of replies in the real editor: the server registers the files its config's `formats`
// globs name (as JSON and as JSON with comments), so a routed export is checked (diagnostics, quick
// fixes, headline lens) while other JSON files are never synced to it.
const assert = require('node:assert/strict');
const {
  activateExtension,
  closeAllEditors,
  codeActions,
  diagnosticSummaries,
  headlineLenses,
  openEditor,
  ourDiagnostics,
  ruleOf,
  waitForValue,
} = require('./helpers');

describe('JSON files of replies in VS Code', function () {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('checks a file a formats glob routes, though it lacks the macro shape', async () => {
    const editor = await openEditor('support/answers.json');
    const { uri } = editor.document;
    assert.equal(editor.document.languageId, 'json');
    await waitForValue(
      () => diagnosticSummaries(uri).filter((summary) => summary.startsWith('no-')),
      ['no-hidden-agent 3:52-3:74', 'no-blame 3:83-3:104', 'no-condescension 3:123-3:132'],
      'diagnostics of support/answers.json',
    );
    const condescension = ourDiagnostics(uri).find((diagnostic) => ruleOf(diagnostic) === 'no-condescension');
    const titles = (await codeActions(uri, condescension.range, 'quickfix')).map((action) => action.title);
    assert.ok(titles.includes("Remove 'obviously'"), titles.join(', '));
    await waitForValue(async () => (await headlineLenses(uri)).length, 1, 'the headline lens of support/answers.json');
  });

  it('checks a routed file VS Code opens as JSON with comments', async () => {
    const editor = await openEditor('support/answers.jsonc');
    const { uri } = editor.document;
    assert.equal(editor.document.languageId, 'jsonc');
    await waitForValue(
      () => diagnosticSummaries(uri).filter((summary) => summary.startsWith('no-')),
      ['no-blame 3:51-3:69'],
      'diagnostics of support/answers.jsonc',
    );
    await waitForValue(async () => (await headlineLenses(uri)).length, 1, 'the headline lens of support/answers.jsonc');
  });

  it('never checks other JSON files, whatever their text', async () => {
    // Opened first: had it been synced, its check would have come before the routed file's.
    const other = await openEditor('tools/data.json');
    const routed = await openEditor('support/answers.json');
    await waitForValue(() => diagnosticSummaries(routed.document.uri).length > 0, true, 'the routed file is checked');
    assert.deepEqual(await headlineLenses(other.document.uri), []);
    assert.deepEqual(diagnosticSummaries(other.document.uri), []);
  });
});
