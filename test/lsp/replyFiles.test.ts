import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, DocumentFilter, TextDocumentRegistrationOptions } from 'vscode-languageserver-protocol';
import { namedReplyFilters } from '../../server/src/shared/formats';
import type { InitializationOptions } from '../../server/src/shared/protocol';
import { LspTestClient } from '../support/lspClient';

const uriOf = (path: string) => pathToFileURL(path).href;
const selectorOf = (options: TextDocumentRegistrationOptions[]) => options[0]?.documentSelector as DocumentFilter[] | undefined;
const brief = (diagnostics: Diagnostic[]) =>
  diagnostics
    .filter((diagnostic) => diagnostic.code === undefined || String(diagnostic.code).startsWith('no-'))
    .map(({ code, severity, range, message }) => ({ code, severity, range, ...(code === undefined ? { message } : {}) }));

/**
 * JSON and YAML files of replies are not whole languages: the server asks the client for them (dynamic registration), by name and
 * by the `formats` globs of `.support-tone.json`, and checks the routed ones whatever their shape.
 */
describe('language server: JSON and YAML files of replies', function () {
  this.timeout(30000);
  const root = mkdtempSync(join(tmpdir(), 'support-tone-reply-files-'));
  const config = join(root, '.support-tone.json');
  const team = join(root, 'team', '.support-tone.json');
  let client: LspTestClient;

  before(async () => {
    mkdirSync(join(root, 'support'), { recursive: true });
    mkdirSync(join(root, 'team', 'answers'), { recursive: true });
    writeFileSync(config, '{ "formats": { "macros": ["support/*.json", "support/*.jsonc"] } }');
    writeFileSync(team, '{ "formats": { "yaml-replies": ["answers/*.yml"] } }');
    const initializationOptions: InitializationOptions = { documentSchemes: ['file', 'vscode-vfs'], configFiles: [uriOf(team)] };
    client = await LspTestClient.start({
      rootUri: uriOf(root),
      initializationOptions,
      capabilities: {
        textDocument: {
          synchronization: { dynamicRegistration: true },
          codeAction: { dynamicRegistration: true },
          hover: { dynamicRegistration: true },
        },
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
      },
    });
  });
  after(async () => {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('registers files named as replies on the client’s file systems and those of every config’s globs, for sync and features', async () => {
    const expected: DocumentFilter[] = [
      ...namedReplyFilters(['file', 'vscode-vfs']),
      // In both JSON languages of VS Code: it opens `.jsonc` files as JSON with comments, and others where files.associations says so.
      ...['json', 'jsonc'].flatMap((language) =>
        ['support/*.json', 'support/*.jsonc'].map((pattern) => ({ language, pattern: { baseUri: uriOf(root), pattern } })),
      ),
      { language: 'yaml', pattern: { baseUri: uriOf(join(root, 'team')), pattern: 'answers/*.yml' } },
    ];
    const sorted = (filters: DocumentFilter[] | undefined) => [...(filters ?? [])].map((filter) => JSON.stringify(filter)).sort();
    for (const method of [
      'textDocument/didOpen',
      'textDocument/didChange',
      'textDocument/didClose',
      'textDocument/codeAction',
      'textDocument/hover',
    ])
      assert.deepEqual(
        sorted(
          selectorOf(
            await client.registered<TextDocumentRegistrationOptions>(
              method,
              (options) => options.length === 1 && sorted(selectorOf(options)).length === expected.length,
            ),
          ),
        ),
        sorted(expected),
        method,
      );
    // The client draws no server CodeLens for it (no dynamic registration of CodeLens), and pushes are used: no diagnostic provider.
    assert.deepEqual(await client.registered('textDocument/codeLens', () => true), []);
  });

  it('checks a routed file without the macro shape, notes one that holds no replies, and leaves other JSON alone', async () => {
    const answers = uriOf(join(root, 'support', 'answers.json'));
    const settings = uriOf(join(root, 'support', 'settings.json'));
    const other = uriOf(join(root, 'package.json'));
    client.open(other, '{ "description": "It failed because you did it." }', 'json');
    client.open(answers, '[{ "title": "Late", "id": 7,\n  "body": "It failed because you didn\\u2019t pick a range." }]\n', 'json');
    client.open(settings, '{ "theme": "dark" }\n', 'json');
    assert.deepEqual(brief(await client.diagnosticsAt(answers, 1)), [
      { code: 'no-blame', severity: 1, range: { start: { line: 1, character: 21 }, end: { line: 1, character: 44 } } },
    ]);
    assert.deepEqual(brief(await client.diagnosticsAt(settings, 1)), [
      {
        code: undefined,
        severity: 3,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        message:
          `Not checked: no macros or saved replies found (formats.macros glob 'support/*.json' in ${config}). Expected JSON: a Zendesk ` +
          'macro whose actions set comment_value or comment_value_html, { "macros": [ … ] }, or a list of { "title", "body" } objects.',
      },
    ]);
    // Checked in the order opened: the file opened first would have had its diagnostics by now.
    assert.deepEqual(client.published(other), []);
  });

  it('checks a routed file in JSON with comments as the CLI does, comments and all', async () => {
    const answers = uriOf(join(root, 'support', 'answers.jsonc'));
    const reply = `[{ "title": "Late", /* kept */ "body": "It failed because you didn't pick a range." }]`;
    client.open(answers, `// Exported from the help desk.\n${reply}\n`, 'jsonc');
    assert.deepEqual(brief(await client.diagnosticsAt(answers, 1)), [
      { code: 'no-blame', severity: 1, range: { start: { line: 1, character: 50 }, end: { line: 1, character: 68 } } },
    ]);
  });

  it('registers again when a config’s globs change', async () => {
    writeFileSync(config, '{ "formats": { "macros": ["help/**/*.json"] } }');
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(config), type: 2 }] });
    // The new registration comes first, then the previous one goes (a file in both stays open).
    const options = await client.registered<TextDocumentRegistrationOptions>(
      'textDocument/didOpen',
      (registered) => registered.length === 1 && JSON.stringify(registered).includes('help/**/*.json'),
    );
    assert.ok(!JSON.stringify(options).includes('support/*.json'));
  });
});
