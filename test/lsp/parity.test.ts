import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { JsonReport } from '../../server/src/cli/report';
import { FORMATS, formatOf } from '../../server/src/shared/formats';
import { startBrowserServer } from '../support/browserServer';
import { LspTestClient, type StartOptions } from '../support/lspClient';

const repository = join(__dirname, '..', '..');
const CORPUS = ['examples', 'test/labeled/drafts', 'test/fixtures/documents', 'test/fixtures/cli/project'];
const SEVERITY = { error: 1, warning: 2, info: 3, hint: 4 } as const;

/** The two builds of the language server: on Node (desktop, other editors) and in a browser worker (vscode.dev, github.dev). */
const SERVERS: { name: string; start: (options: StartOptions) => Promise<LspTestClient> }[] = [
  { name: 'the Node server', start: (options) => LspTestClient.start(options) },
  // Configuration reaches it through the client (supportTone/readFile), as in a virtual workspace.
  { name: 'the browser server in Chromium', start: async (options) => LspTestClient.connect(await startBrowserServer(), options) },
];

/** The editor and CI must agree: the server's diagnostics equal the CLI's JSON findings, file by file. */
describe('editor and CLI parity', () => {
  let report: JsonReport;
  before(function () {
    this.timeout(60000);
    const cli = spawnSync(
      process.execPath,
      [join(repository, 'bin', 'support-tone.js'), 'check', ...CORPUS, '--format', 'json', '--exit-zero'],
      { cwd: repository, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    report = JSON.parse(cli.stdout) as JsonReport;
  });

  it('runs the CLI on every format of the registry', () => {
    assert.ok(report.files.length > 60, `${report.files.length} files`);
    // Every format of the registry is in the corpus, so the editor and the CLI are compared on each.
    const formats = new Set(report.files.map((file) => formatOf({ path: file.path }).id));
    assert.deepEqual([...formats].sort(), FORMATS.map((format) => format.id).sort());
    // A file without the shape of replies, read because its folder's config routes it (`formats`): the server must route it too.
    assert.ok(report.files.some((file) => file.path === 'test/fixtures/documents/routed-saved-replies/input.json'));
  });

  for (const server of SERVERS)
    it(`${server.name} publishes exactly the findings \`support-tone check --format json\` reports`, async function () {
      this.timeout(60000);
      const client = await server.start({ rootUri: pathToFileURL(repository).href, settings: () => ({}) });
      try {
        for (const file of report.files) {
          const uri = pathToFileURL(resolve(repository, file.path)).href;
          client.open(uri, readFileSync(resolve(repository, file.path), 'utf8'), formatOf({ path: file.path }).languageIds[0]);
        }
        for (const file of report.files) {
          const uri = pathToFileURL(resolve(repository, file.path)).href;
          const diagnostics = await client.diagnosticsAt(uri, 1);
          assert.deepEqual(
            diagnostics.map((diagnostic) => ({
              ruleId: diagnostic.code,
              severity: diagnostic.severity,
              message: diagnostic.message,
              range: diagnostic.range,
            })),
            file.findings.map((finding) => ({
              ruleId: finding.ruleId,
              severity: SEVERITY[finding.severity],
              message: finding.message,
              range: finding.range,
            })),
            file.path,
          );
        }
      } finally {
        await client.stop();
      }
    });
});
