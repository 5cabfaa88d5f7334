import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Hover } from 'vscode-languageserver-protocol';
import { createChecker } from '../../server/src/api';
import { DEFAULT_PACK } from '../../server/src/api';
import { FAILING_RULE } from '../support/failingRule';
import { LspTestClient } from '../support/lspClient';

const TEXT = 'Boom. You should have read the manual. Simply restart the hub.\n\nAnother boom here.\n';

describe('a rule that throws is contained', () => {
  it('in the engine: reported once by id, every other rule still reports', () => {
    const result = createChecker([...DEFAULT_PACK.rules, FAILING_RULE]).check(TEXT, {
      format: 'markdown',
      kind: { kind: 'article', reason: 'test' },
    });
    assert.deepEqual(result.ruleFailures, [{ ruleId: 'test-failing-rule', message: 'boom is not allowed' }]);
    const failures = result.findings.filter((finding) => finding.ruleId === 'test-failing-rule');
    assert.equal(failures.length, 1);
    assert.equal(
      failures[0].message,
      'The rule test-failing-rule failed on this document, so its findings are missing (boom is not allowed). Please report this.',
    );
    const others = result.findings.filter((finding) => finding.ruleId !== 'test-failing-rule').map((finding) => finding.ruleId);
    assert.deepEqual(
      others,
      createChecker()
        .check(TEXT, { format: 'markdown', kind: { kind: 'article', reason: 'test' } })
        .findings.map((finding) => finding.ruleId),
    );
  });

  it('in the language server: one diagnostic and one log line, and the server keeps serving', async function () {
    this.timeout(30000);
    const client = await LspTestClient.start({
      command: [process.execPath, '--import', 'tsx', join(__dirname, '..', 'support', 'failingRuleServer.ts'), '--stdio'],
    });
    const logs: string[] = [];
    client.connection.onNotification('window/logMessage', (params: { message: string }) => {
      logs.push(params.message);
    });
    try {
      client.open('untitled:a.md', TEXT);
      client.open('untitled:b.md', 'Boom again.\n');
      const diagnostics = await client.diagnosticsAt('untitled:a.md', 1);
      assert.equal(diagnostics.filter((diagnostic) => diagnostic.code === 'test-failing-rule').length, 1);
      assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'no-blame'));
      await client.diagnosticsAt('untitled:b.md', 1);
      const hover = (await client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: 'untitled:a.md' },
        position: { line: 0, character: 8 },
      })) as Hover;
      assert.match((hover.contents as { value: string }).value, /no-blame/);
      assert.deepEqual(logs.filter((line) => line.includes('test-failing-rule')).length, 1, 'logged once for both documents');
    } finally {
      await client.stop();
    }
  });
});
