import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient } from '../support/lspClient';

const binary = join(__dirname, '..', '..', 'bin', 'support-tone.js');

/** A folder with one draft and the given `.support-tone.json` (a string, or a directory when undefined). */
function workspace(config: string | undefined): string {
  const folder = mkdtempSync(join(tmpdir(), 'support-tone-config-'));
  writeFileSync(join(folder, 'draft.md'), 'Simply restart the hub.\n');
  if (config === undefined) mkdirSync(join(folder, '.support-tone.json'));
  else writeFileSync(join(folder, '.support-tone.json'), config);
  return folder;
}

const CASES: [string, string | undefined, string][] = [
  [
    'malformed JSON',
    '{\n  "companyName": "Acme"\n  "rules": {}\n}\n',
    '.support-tone.json:3:3: config error Invalid JSON: CommaExpected. Using default settings.',
  ],
  [
    'a wrong type',
    '{\n  "companyName": ["Acme"]\n}\n',
    ".support-tone.json:2:18: config error 'companyName' must be string. It is ignored.",
  ],
  [
    'an unknown rule',
    '{\n  "rules": {\n    "no-shouting-loudly": "off"\n  }\n}\n',
    ".support-tone.json:3:5: config error Unknown rule 'no-shouting-loudly'. It is ignored.",
  ],
  [
    'a wrong severity',
    '{ "rules": { "no-blame": "fatal" } }',
    ".support-tone.json:1:26: config error 'rules.no-blame' must be one of: error, warning, info, hint, off. It is ignored.",
  ],
  [
    'a directory in place of the file',
    undefined,
    '.support-tone.json:1:1: config error Cannot read the config file: it is a directory. Using default settings.',
  ],
];

describe('config errors', () => {
  for (const [name, config, message] of CASES) {
    it(`CLI: ${name} exits 2 naming the file and line, and still checks`, () => {
      const folder = workspace(config);
      const result = spawnSync(process.execPath, [binary, 'check', 'draft.md', '--format', 'json'], {
        cwd: folder,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      assert.equal(result.status, 2);
      assert.equal(result.stderr, `${message}\n`);
      assert.equal(JSON.parse(result.stdout).files[0].findings[0].ruleId, 'no-condescension');
    });
  }

  it('language server: a config that is a directory gets a diagnostic, and checking goes on', async () => {
    const folder = workspace(undefined);
    const client = await LspTestClient.start();
    try {
      const uri = pathToFileURL(join(folder, 'draft.md')).href;
      client.open(uri, 'Simply restart the hub.\n');
      const configProblem = await client.diagnosticsFor(pathToFileURL(join(folder, '.support-tone.json')).href);
      assert.match(configProblem.diagnostics[0].message as string, /Cannot read the config file: it is a directory/);
      assert.equal((await client.diagnosticsAt(uri, 1))[0].code, 'no-condescension');
    } finally {
      await client.stop();
    }
  });
});
