// Settings in the real editor: changing `supportTone.*` (written to the workspace's
// .vscode/settings.json by the configuration API) re-checks documents that are already open.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { activateExtension, closeAllEditors, diagnosticSummaries, headlineLenses, openEditor, waitForValue } = require('./helpers');

/** Sets a `supportTone` setting in the workspace (undefined removes it). */
function updateWorkspaceSetting(key, value) {
  return vscode.workspace.getConfiguration('supportTone').update(key, value, vscode.ConfigurationTarget.Workspace);
}

describe('settings in VS Code', function () {
  before(activateExtension);
  afterEach(async () => {
    await updateWorkspaceSetting('rules', undefined);
    await updateWorkspaceSetting('companyName', undefined);
    await closeAllEditors();
  });

  it('re-checks an open document when supportTone.rules changes a rule severity', async () => {
    const { document } = await openEditor('macros.reply.md');
    await waitForValue(
      () => diagnosticSummaries(document.uri).filter((summary) => summary.startsWith('no-')),
      ['no-blame 4:0-4:20', 'no-condescension 4:33-4:39', 'no-condescension 4:65-4:74', 'no-vague-timeline 4:80-4:84'],
      'sentence findings before the settings change',
    );
    await updateWorkspaceSetting('rules', { 'no-condescension': 'off', 'no-blame': 'warning' });
    await waitForValue(
      () => diagnosticSummaries(document.uri).filter((summary) => summary.startsWith('no-')),
      ['no-blame 4:0-4:20', 'no-vague-timeline 4:80-4:84'],
      'sentence findings with no-condescension off',
    );
    const blame = vscode.languages
      .getDiagnostics(document.uri)
      .find((diagnostic) => diagnostic.range.start.line === 4 && diagnostic.range.start.character === 0);
    assert.equal(blame.severity, vscode.DiagnosticSeverity.Warning);
    await waitForValue(
      () => headlineLenses(document.uri).then((lenses) => lenses[0]),
      [2, '📰 Acme Blames Customer: "You should have read the manual" · 3 warnings, 2 notes'],
      'the first headline lens with the new severities',
    );
  });

  it('re-checks an open document when supportTone.companyName changes (where no .support-tone.json names the company)', async () => {
    const teamB = await openEditor('team-b/welcome.reply.md');
    const macros = await openEditor('macros.reply.md');
    const teamBLens = (company) => [
      [0, `📰 ${company} Talks Down to Customer: "Obviously the hub needs power first" · 2 warnings, 2 notes`],
    ];
    await waitForValue(() => headlineLenses(teamB.document.uri), teamBLens('Support'), 'team-b headline with the default company name');

    await updateWorkspaceSetting('companyName', 'Globex');
    await waitForValue(
      () => headlineLenses(teamB.document.uri),
      teamBLens('Globex'),
      'team-b headline after setting supportTone.companyName',
    );
    // macros.reply.md sits under the workspace's .support-tone.json, whose companyName wins.
    const [first] = await headlineLenses(macros.document.uri);
    assert.equal(first[1].startsWith('📰 Acme Blames Customer'), true, first[1]);
  });
});
