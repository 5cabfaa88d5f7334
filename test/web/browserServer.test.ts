import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startBrowserServer } from '../support/browserServer';
import { LspTestClient } from '../support/lspClient';

const uriOf = (path: string) => pathToFileURL(path).href;

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
});
