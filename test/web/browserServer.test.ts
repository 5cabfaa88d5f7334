import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { startBrowserServer } from '../support/browserServer';
import { LspTestClient } from '../support/lspClient';

const uriOf = (path: string) => pathToFileURL(path).href;
const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 1, text), edits);

/** The browser server in Chromium, with configuration read through the client (see docs/browser.md). */
describe('browser language server', () => {
  let root: string;
  let client: LspTestClient;

  before(async function () {
    this.timeout(30000);
    root = mkdtempSync(join(tmpdir(), 'support-tone-browser-'));
    mkdirSync(join(root, 'team-a'));
    mkdirSync(join(root, 'team-b'));
    writeFileSync(join(root, 'team-a', '.support-tone.json'), '{ "rules": { "Not A Rule": "error" } }\n');
    writeFileSync(join(root, 'team-b', '.support-tone.json'), '{ "companyName": "Acme", "kinds": { "reply": ["**"] } }\n');
    client = await LspTestClient.connect(await startBrowserServer(), { rootUri: uriOf(root), settings: () => ({}) });
  });

  after(async () => {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it("keeps one folder's config problems on display while another folder's config is fetched", async function () {
    this.timeout(30000);
    const configA = uriOf(join(root, 'team-a', '.support-tone.json'));
    const documentA = uriOf(join(root, 'team-a', 'a.md'));
    client.open(documentA, 'Hi Ana,\n\nYou should have read the manual.\n\nBest,\nBo\n');
    await client.diagnosticsAt(documentA, 1);
    const problems = await client.diagnosticsFor(configA, (params) => params.diagnostics.length > 0);
    assert.deepEqual(
      problems.diagnostics.map((diagnostic) => diagnostic.message),
      ["'Not A Rule' is not a rule id: use lowercase words joined by '-' or '/'. It is ignored."],
    );

    // A document in the other folder: its config is fetched through the client, and read with team-b's globs.
    const documentB = uriOf(join(root, 'team-b', 'b.md'));
    client.open(documentB, 'You should have read the manual.\n');
    const diagnosticsB = await client.diagnosticsAt(documentB, 1);
    assert.ok(
      diagnosticsB.some((diagnostic) => diagnostic.code === 'require-apology'),
      'team-b/.support-tone.json makes b.md a reply (kinds glob), so replies-only checks run',
    );
    const latestA = await client.diagnosticsFor(configA);
    assert.equal(latestA.diagnostics.length, 1, "team-a's config problem is still shown");
  });

  it('applies every safe fix with source.fixAll.supportTone, as the Node server does', async function () {
    this.timeout(30000);
    const uri = 'untitled:fix-all.md';
    const text = 'Simply restart the hub. It will obviously sync ASAP!!!\n';
    client.open(uri, text);
    const [first] = await client.diagnosticsAt(uri, 1);
    const [fixAll] = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: first.range,
      context: { diagnostics: [first], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.equal(fixAll.kind, 'source.fixAll.supportTone');
    assert.equal(apply(text, fixAll.edit!.changes![uri]), 'Simply restart the hub. It will sync ASAP!\n');
  });

  it('explains a finding on hover', async function () {
    this.timeout(30000);
    const uri = 'untitled:hover.md';
    client.open(uri, 'The parcel left our warehouse.\n\nYou should have read the setup guide first.\n');
    await client.diagnosticsAt(uri, 1);
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 2, character: 10 },
    })) as Hover;
    assert.match(
      (hover.contents as { value: string }).value,
      /^\*\*Wording that makes the customer the cause of the problem\*\* · `no-blame`/,
    );
    assert.deepEqual(hover.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 20 } });
  });
});
