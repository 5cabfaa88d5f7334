import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Hover, Registration, TextEdit } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lspClient';

const repository = join(__dirname, '..', '..');
const uriOf = (path: string) => pathToFileURL(path).href;
const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 1, text), edits);
const summary = (diagnostics: Diagnostic[]) =>
  diagnostics
    .filter((diagnostic) => String(diagnostic.code).startsWith('acme/'))
    .map(
      (diagnostic) =>
        `${diagnostic.code} ${diagnostic.range.start.line}:${diagnostic.range.start.character}-${diagnostic.range.end.character}`,
    );

/** A local style file with one rule, `acme/asap`, flagging the given phrase. */
const localStyle = (phrase: string, extra = '') =>
  [
    '{',
    '  "rules": {',
    '    "acme/asap": {',
    '      "kind": "phrase", "summary": "Vague times", "principle": "P7", "severity": "warning",',
    `      "message": "is vague.",${extra}`,
    `      "phrases": [{ "pattern": "${phrase}", "replacement": "within a day" }]`,
    '    }',
    '  }',
    '}',
  ].join('\n');

describe('team rules in the language server', function () {
  const root = mkdtempSync(join(tmpdir(), 'support-tone-lsp-team-'));
  cpSync(join(repository, 'examples', 'style-package'), join(root, 'node_modules', '@acme', 'support-style'), { recursive: true });
  mkdirSync(join(root, 'styles'));
  const configPath = join(root, '.support-tone.json');
  const stylePath = join(root, 'styles', 'local.json');
  writeFileSync(configPath, JSON.stringify({ extends: ['@acme/support-style', './styles/local.json'] }, null, 2));
  writeFileSync(stylePath, localStyle('asap'));
  const replyPath = join(root, 'card.reply.md');
  const text =
    'Hi Sam,\n\nThis is about ticket #12. Your Acme Locker key arrives asap. We will email you the tracking number.\n\nBest,\nMo\n';
  writeFileSync(replyPath, text);
  const reply = uriOf(replyPath);

  let client: LspTestClient;
  const registrations: Registration[] = [];
  before(async () => {
    client = await LspTestClient.start({
      rootUri: uriOf(root),
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    client.connection.onRequest('client/registerCapability', (params: { registrations: Registration[] }) => {
      registrations.push(...params.registrations);
      return null;
    });
    client.open(reply, text);
  });
  after(() => client.stop());

  const teamDiagnostics = async () => (await client.diagnosticsFor(reply)).diagnostics.filter((d) => String(d.code).startsWith('acme/'));
  const actionsFor = (diagnostic: Diagnostic) =>
    client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: reply },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    }) as Promise<CodeAction[]>;

  it('publishes team findings from the package and the local style file, with their docs links', async () => {
    const diagnostics = await client.diagnosticsAt(reply, 1);
    assert.deepEqual(summary(diagnostics), ['acme/product-name 2:31-42', 'acme/asap 2:55-59']);
    const product = diagnostics.find((diagnostic) => diagnostic.code === 'acme/product-name')!;
    assert.equal(product.codeDescription?.href, 'https://style.acme.example/support#acme/product-name');
    assert.equal(product.severity, 1);
    assert.equal(product.message, "'Acme Locker' is the old product name. Try 'Acme Vault'.");
  });

  it('hovers with the rule’s summary, message, example and docs link', async () => {
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: reply },
      position: { line: 2, character: 33 },
    })) as Hover;
    const value = (hover.contents as { value: string }).value;
    assert.equal(
      value,
      [
        '**The retired name of the safe-deposit product** · `acme/product-name`',
        "'Acme Locker' is the old product name. Try 'Acme Vault'.",
        '*Why it matters (P9):* The retired name of the safe-deposit product',
        'Instead of:\n\n> Open Locker Pro and choose Export.\n\ntry:\n\n> Open Acme Vault and choose Export.',
        '[Rule documentation](https://style.acme.example/support#acme/product-name)',
        '*Language:* English (detected as English)',
      ].join('\n\n'),
    );
  });

  it('offers the substitution as a quick fix, and allowing the phrase in the file that defines the rule', async () => {
    const diagnostics = await teamDiagnostics();
    const [fix] = await actionsFor(diagnostics.find((diagnostic) => diagnostic.code === 'acme/product-name')!);
    assert.equal(fix.title, "Replace with 'Acme Vault'");
    assert.equal(
      apply(text, fix.edit!.changes![reply]).split('\n')[2],
      'This is about ticket #12. Your Acme Vault key arrives asap. We will email you the tracking number.',
    );
    const allow = (await actionsFor(diagnostics.find((diagnostic) => diagnostic.code === 'acme/asap')!)).find((action) =>
      action.title.startsWith('Add '),
    )!;
    assert.equal(allow.title, "Add 'asap' to allowed phrases of acme/asap");
    const config = readFileSync(configPath, 'utf8');
    assert.deepEqual(parse(apply(config, allow.edit!.changes![uriOf(configPath)])).rules, { 'acme/asap': { allowPhrases: ['asap'] } });
  });

  it('asks the client to watch the style files, and re-checks open documents when one changes', async () => {
    const watched = registrations
      .filter((registration) => registration.method === 'workspace/didChangeWatchedFiles')
      .flatMap(
        (registration) => (registration.registerOptions as { watchers: { globPattern: { baseUri: string; pattern: string } }[] }).watchers,
      )
      .map((watcher) => decodeURIComponent(`${watcher.globPattern.baseUri}/${watcher.globPattern.pattern}`));
    assert.deepEqual(watched, [
      `file://${join(root, 'node_modules', '@acme', 'support-style', 'support-tone.json')}`,
      `file://${stylePath}`,
    ]);
    writeFileSync(stylePath, localStyle('arrives'));
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(stylePath), type: 2 }] });
    const after = await client.diagnosticsFor(reply, (params) => summary(params.diagnostics).includes('acme/asap 2:47-54'));
    assert.deepEqual(summary(after.diagnostics), ['acme/product-name 2:31-42', 'acme/asap 2:47-54']);
  });

  it('shows a broken rule definition on the style file at its line, and the other rules keep working', async () => {
    writeFileSync(stylePath, localStyle('arrives', ' "when": ["notAThing"],'));
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(stylePath), type: 2 }] });
    const problems = await client.diagnosticsFor(uriOf(stylePath), (params) => params.diagnostics.length > 0);
    assert.deepEqual(
      problems.diagnostics.map((diagnostic) => [diagnostic.range.start, (diagnostic.message as string).slice(0, 60)]),
      [[{ line: 4, character: 38 }, "Rule 'acme/asap': /when names 'notAThing'; the conditions ar"]],
    );
    const after = await client.diagnosticsFor(reply, (params) => !summary(params.diagnostics).some((line) => line.startsWith('acme/asap')));
    assert.deepEqual(summary(after.diagnostics), ['acme/product-name 2:31-42']);
    writeFileSync(stylePath, localStyle('asap'));
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(stylePath), type: 2 }] });
    assert.deepEqual((await client.diagnosticsFor(uriOf(stylePath), (params) => params.diagnostics.length === 0)).diagnostics, []);
  });
});
