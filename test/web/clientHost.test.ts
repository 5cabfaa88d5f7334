import assert from 'node:assert/strict';
import { URI } from 'vscode-uri';
import { DEFAULT_PACK } from '../../server/src/api';
import { ClientConfigHost } from '../../server/src/config/clientHost';
import { ConfigResolver } from '../../server/src/config/loadConfig';
import { virtualPaths } from '../../server/src/lsp/paths';
import type { ReadFileResult } from '../../server/src/shared/protocol';

describe('configuration read through the client (the browser server)', () => {
  it('maps document URIs of any file system to paths and back', () => {
    const cases: [uri: string, path: string | undefined][] = [
      ['vscode-vfs://github/acme/kb/articles/reset.md', '/vscode-vfs:github/acme/kb/articles/reset.md'],
      ['vscode-remote://localhost:8080/home/ana/kb/a.md', '/vscode-remote:localhost:8080/home/ana/kb/a.md'],
      ['file:///home/ana/kb/a.md', '/file:/home/ana/kb/a.md'],
      ['untitled:Untitled-1', undefined],
    ];
    for (const [uri, path] of cases) {
      assert.equal(virtualPaths.pathOf(URI.parse(uri)), path, uri);
      if (path) assert.equal(virtualPaths.uriOf(path).toString(true), uri);
    }
    assert.throws(() => virtualPaths.uriOf('/.support-tone.json'), /not a document path/);
  });

  it('fetches the config and the style files it extends until nothing is missing, asking for each file once', async () => {
    const files: Record<string, ReadFileResult> = {
      '/vscode-vfs:github/acme/kb/.support-tone.json': { text: '{ "extends": ["./styles/base.json"], "companyName": "Acme" }' },
      '/vscode-vfs:github/acme/kb/styles/base.json': { text: '{ "rules": { "no-shouting": "off" } }' },
      '/vscode-vfs:github/acme/kb/styles': { error: 'it is a directory', missing: false },
    };
    const asked: string[] = [];
    const host = new ClientConfigHost((path) => {
      asked.push(path);
      return Promise.resolve(files[path] ?? { error: 'no such file', missing: true });
    });
    const path = '/vscode-vfs:github/acme/kb/articles/a.md';
    let rounds = 0;
    do {
      new ConfigResolver(host, DEFAULT_PACK).forFile(path);
      rounds++;
    } while (await host.fetchMissing());
    const config = new ConfigResolver(host, DEFAULT_PACK).forFile(path);
    assert.equal(config.path, '/vscode-vfs:github/acme/kb/.support-tone.json');
    assert.equal(config.settings.companyName, 'Acme');
    assert.deepEqual(config.settings.rules?.['no-shouting'], { severity: 'off' });
    assert.deepEqual(config.problems, []);
    assert.deepEqual(asked, [
      '/vscode-vfs:github/acme/kb/articles/.support-tone.json',
      '/vscode-vfs:github/acme/kb/.support-tone.json',
      '/vscode-vfs:github/acme/kb/styles/base.json',
    ]);
    assert.equal(rounds, 4);
  });

  it("reports an unreadable file with the client's reason, and forgets what it read when told", async () => {
    const host = new ClientConfigHost(() => Promise.resolve({ error: 'it is a directory', missing: false }));
    assert.throws(() => host.readFile('/file:/kb/x.json'), /not been read yet/);
    assert.equal(await host.fetchMissing(), true);
    assert.throws(() => host.readFile('/file:/kb/x.json'), /it is a directory/);
    assert.equal(await host.fetchMissing(), false);
    host.forget();
    assert.throws(() => host.readFile('/file:/kb/x.json'), /not been read yet/);
  });
});
