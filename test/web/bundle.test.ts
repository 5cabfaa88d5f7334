import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';

const dist = join(__dirname, '..', '..', 'dist');

/** The Node built-ins a bundle loads: `require("…")`, `import("…")` and `from "…"` of `node:*` or a built-in name. */
function nodeBuiltinsIn(bundle: string): string[] {
  const loaded = [...bundle.matchAll(/\b(?:require|import)\s*\(\s*["'`]([^"'`]+)["'`]\s*\)|\bfrom\s*["']([^"']+)["']/g)].map(
    (match) => match[1] ?? match[2],
  );
  const builtins = new Set(builtinModules);
  return [...new Set(loaded.filter((name) => name.startsWith('node:') || builtins.has(name.split('/')[0])))].sort();
}

describe('browser bundles (vscode.dev, github.dev)', () => {
  for (const bundle of ['client.browser.js', 'server.browser.js', 'eld.browser.js'])
    it(`dist/${bundle} loads no Node built-in`, () => {
      assert.deepEqual(nodeBuiltinsIn(readFileSync(join(dist, bundle), 'utf8')), []);
    });

  it("keeps the language detector's tables out of the server, which imports them on first use", () => {
    const server = readFileSync(join(dist, 'server.browser.js'), 'utf8');
    assert.doesNotMatch(server, /ngramsData/);
    assert.match(server, /importScripts\(self\.SUPPORT_TONE_ELD_SCRIPT\)/);
    assert.match(readFileSync(join(dist, 'eld.browser.js'), 'utf8'), /var supportToneEld = [^]*ngramsData/);
  });

  it('the browser client loads vscode, the only module the web extension host supplies', () => {
    assert.match(readFileSync(join(dist, 'client.browser.js'), 'utf8'), /require\("vscode"\)/);
  });

  it('finds the Node built-ins a bundle loads, however it loads them', async () => {
    const entry = [
      "import { readFileSync } from 'fs';",
      "import { Worker } from 'node:worker_threads';",
      "export const run = () => [readFileSync, Worker, import('child_process')];",
    ].join('\n');
    for (const format of ['cjs', 'esm'] as const) {
      const output = await build({ stdin: { contents: entry, loader: 'ts' }, bundle: true, platform: 'node', format, write: false });
      assert.deepEqual(nodeBuiltinsIn(output.outputFiles[0].text), ['child_process', 'fs', 'node:worker_threads'], format);
    }
  });
});
