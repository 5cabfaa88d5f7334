import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { LspTestClient } from '../support/lspClient';

const repository = join(__dirname, '..', '..');
const hook = join(__dirname, '..', 'support', 'blockNetwork.cjs');

function networkLog(): { file: string; read: () => string[] } {
  const file = join(mkdtempSync(join(tmpdir(), 'support-tone-net-')), 'network.log');
  return { file, read: () => readFileSync(file, 'utf8').trim().split('\n') };
}

/** Every file under a folder with its size and modification time. */
function snapshot(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const stat = statSync(path);
    files.set(relative(folder, path), `${stat.size}:${stat.mtimeMs}`);
  }
  return files;
}

describe('privacy: no network, no writes the user did not ask for', function () {
  this.timeout(60000);

  it('the CLI (with worker threads) attempts no network connection and writes nothing when checking', () => {
    const log = networkLog();
    const folder = mkdtempSync(join(tmpdir(), 'support-tone-privacy-'));
    cpSync(join(repository, 'examples'), folder, { recursive: true });
    const before = snapshot(folder);
    const result = spawnSync(
      process.execPath,
      ['--require', hook, join(repository, 'bin', 'support-tone.js'), 'check', '.', '--threads', '2', '--format', 'sarif'],
      {
        cwd: folder,
        encoding: 'utf8',
        env: { ...process.env, SUPPORT_TONE_NETWORK_LOG: log.file },
      },
    );
    assert.equal(result.status, 1, result.stderr);
    const lines = log.read();
    assert.deepEqual(
      lines.filter((line) => line.startsWith('attempt')),
      [],
    );
    assert.ok(
      lines.filter((line) => line.startsWith('hook')).length >= 3,
      `the hook ran in the main thread and both workers: ${lines.join(', ')}`,
    );
    assert.deepEqual(snapshot(folder), before);
  });

  it('the language server attempts no network connection', async () => {
    const log = networkLog();
    process.env.SUPPORT_TONE_NETWORK_LOG = log.file;
    const client = await LspTestClient.start({
      command: [process.execPath, '--require', hook, join(repository, 'dist', 'server.js'), '--stdio'],
    });
    try {
      client.open('untitled:a.md', 'Hi Sam,\n\nYou should have read https://example.com/manual first.\n\nBest,\nAlex\n');
      await client.diagnosticsAt('untitled:a.md', 1);
      await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: 'untitled:a.md' } });
      await client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: 'untitled:a.md' },
        position: { line: 2, character: 2 },
      });
    } finally {
      await client.stop();
      delete process.env.SUPPORT_TONE_NETWORK_LOG;
    }
    assert.deepEqual(log.read(), ['hook 0']);
  });

  it('declares untrusted workspaces supported: its configuration is data only', () => {
    const manifest = JSON.parse(readFileSync(join(repository, 'package.json'), 'utf8'));
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
  });
});
