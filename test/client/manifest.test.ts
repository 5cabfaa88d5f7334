import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';

const repository = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(repository, 'package.json'), 'utf8'));

describe('extension manifest', () => {
  it('activates on its languages only, never on * nor on every JSON file', () => {
    assert.deepEqual(manifest.activationEvents, [
      'onLanguage:html',
      'onLanguage:markdown',
      'onLanguage:mdx',
      'onLanguage:plaintext',
      'onLanguage:support-reply',
      'workspaceContains:**/*.replies.json',
      'workspaceContains:**/*macro*.json',
      'workspaceContains:**/*saved-replies*.json',
    ]);
  });

  it('supports untrusted workspaces: configuration is data only', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
  });

  it('validates .support-tone.json and style files (support-tone.json) with the shipped schema', () => {
    const [binding] = manifest.contributes.jsonValidation;
    assert.deepEqual(binding.fileMatch, ['.support-tone.json', 'support-tone.json']);
    assert.ok(existsSync(join(repository, binding.url)));
  });

  it('contributes exactly the commands the client registers', () => {
    const source = readdirSync(join(repository, 'client', 'src'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
      .join('\n');
    const constants = new Map([...source.matchAll(/const (\w+) = '([^']+)'/g)].map((match) => [match[1], match[2]]));
    const registered = [...source.matchAll(/registerCommand\(\s*(?:'([^']+)'|(\w+))/g)].map((match) => match[1] ?? constants.get(match[2]));
    assert.deepEqual(registered.sort(), manifest.contributes.commands.map((command: { command: string }) => command.command).sort());
  });

  // VS Code validates settings with this schema: team rule ids must pass, typos in the shape must not.
  const rulesSetting = new Ajv({ strict: false }).compile(manifest.contributes.configuration.properties['supportTone.rules']);
  const ruleSettings: [string, unknown, boolean][] = [
    ['a shipped rule off', { 'no-blame': 'off' }, true],
    ['a team rule by severity', { 'acme/no-unfortunately': 'warning' }, true],
    ['a team rule with phrases', { 'acme/no-unfortunately': { reply: 'error', allowPhrases: ['unfortunately not'] } }, true],
    ['a team rule without a namespace', { 'no-jargon': 'info' }, true],
    ['a team rule with an unknown severity', { 'acme/no-unfortunately': 'loud' }, false],
    ['a shipped rule with an unknown key', { 'no-blame': { level: 'error' } }, false],
    ['an id that no rule can have', { 'No Blame': 'off' }, false],
  ];
  for (const [name, value, valid] of ruleSettings)
    it(`supportTone.rules ${valid ? 'accepts' : 'rejects'} ${name}`, () => assert.equal(rulesSetting(value), valid));

  it('lists every setting with a description', () => {
    for (const [name, setting] of Object.entries(manifest.contributes.configuration.properties) as [string, Record<string, unknown>][]) {
      assert.ok(setting.description || setting.markdownDescription, `${name} has no description`);
    }
  });
});

describe('packaged extension (.vsix)', () => {
  it('holds only the bundles, manifest, grammars, schema and docs: no sources, tests, maps or node_modules', function () {
    this.timeout(60_000); // vsce reads the whole tree, node_modules included
    const listing = spawnSync(process.execPath, [join(repository, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], {
      cwd: repository,
      encoding: 'utf8',
    });
    assert.equal(listing.status, 0, listing.stderr);
    const files = listing.stdout.trim().split('\n').sort();
    assert.deepEqual(files, [
      'LICENSE',
      'README.md',
      'dist/client.js',
      'dist/server.js',
      'language-configuration.json',
      'package.json',
      'server/src/config/schema.json',
      'syntaxes/placeholders-json.injection.tmLanguage.json',
      'syntaxes/placeholders.injection.tmLanguage.json',
      'syntaxes/support-reply.tmLanguage.json',
    ]);
  });
});
