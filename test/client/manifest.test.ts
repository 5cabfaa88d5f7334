import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';

const repository = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(repository, 'package.json'), 'utf8'));

describe('extension manifest', () => {
  it('activates on its languages only, never on * nor on every JSON or YAML file (a config file may name some)', () => {
    assert.deepEqual(manifest.activationEvents, [
      'onLanguage:html',
      'onLanguage:markdown',
      'onLanguage:mdx',
      'onLanguage:plaintext',
      'onLanguage:support-reply',
      'workspaceContains:**/*.replies.json',
      'workspaceContains:**/*.replies.{yml,yaml}',
      'workspaceContains:**/*macro*.json',
      'workspaceContains:**/*macro*.{yml,yaml}',
      'workspaceContains:**/*saved-replies*.json',
      'workspaceContains:**/*saved-replies*.{yml,yaml}',
      'workspaceContains:**/.support-tone.json',
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
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/client.browser.js',
      'dist/client.js',
      'dist/eld.browser.js',
      'dist/eld.js',
      'dist/server.browser.js',
      'dist/server.js',
      'images/icon.png',
      'l10n/bundle.l10n.json',
      'language-configuration.json',
      'package.json',
      'server/src/config/schema.json',
      'syntaxes/placeholders-json.injection.tmLanguage.json',
      'syntaxes/placeholders-yaml.injection.tmLanguage.json',
      'syntaxes/placeholders.injection.tmLanguage.json',
      'syntaxes/support-reply.tmLanguage.json',
    ]);
  });
});

/** The categories the Visual Studio Marketplace accepts (Open VSX takes the same list). */
const MARKETPLACE_CATEGORIES = [
  'AI',
  'Azure',
  'Chat',
  'Data Science',
  'Debuggers',
  'Education',
  'Extension Packs',
  'Formatters',
  'Keymaps',
  'Language Packs',
  'Linters',
  'Machine Learning',
  'Notebooks',
  'Other',
  'Programming Languages',
  'SCM Providers',
  'Snippets',
  'Testing',
  'Themes',
  'Visualization',
];

describe('marketplace listing (Visual Studio Marketplace and Open VSX)', () => {
  it('names the extension, its publisher, version, licence and VS Code range', () => {
    assert.match(manifest.name, /^[a-z0-9][a-z0-9-]*$/);
    assert.match(manifest.publisher, /^[a-z0-9][a-z0-9-]*$/);
    assert.match(manifest.version, /^\d+\.\d+\.\d+$/);
    assert.equal(manifest.license, 'MIT');
    assert.ok(existsSync(join(repository, 'LICENSE')));
    assert.match(manifest.engines.vscode, /^\^\d+\.\d+\.\d+$/);
    assert.ok(manifest.displayName && manifest.description, 'displayName and description');
  });

  it('links the repository, the issue tracker and the homepage over https', () => {
    for (const url of [manifest.repository.url, manifest.bugs.url, manifest.homepage])
      assert.match(url, /^https:\/\/github\.com\/support-tone\//);
  });

  it('has a PNG icon of at least 128×128 pixels (SVG icons are refused) and a gallery banner', () => {
    const icon = readFileSync(join(repository, manifest.icon));
    assert.equal(icon.subarray(1, 4).toString('latin1'), 'PNG');
    assert.ok(icon.readUInt32BE(16) >= 128 && icon.readUInt32BE(20) >= 128, `${icon.readUInt32BE(16)}×${icon.readUInt32BE(20)}`);
    assert.match(manifest.galleryBanner.color, /^#[0-9a-f]{6}$/i);
    assert.ok(['dark', 'light'].includes(manifest.galleryBanner.theme));
  });

  it('is listed under Linters, with at most 30 keywords', () => {
    assert.ok(manifest.categories.includes('Linters'));
    for (const category of manifest.categories) assert.ok(MARKETPLACE_CATEGORIES.includes(category), category);
    assert.ok(manifest.keywords.length > 0 && manifest.keywords.length <= 30, `${manifest.keywords.length} keywords`);
  });

  it('runs on the desktop (main) and on the web (browser), in virtual and untrusted workspaces', () => {
    assert.equal(manifest.main, './dist/client.js');
    assert.equal(manifest.browser, './dist/client.browser.js');
    assert.deepEqual(manifest.extensionKind, ['workspace']);
    assert.equal(manifest.capabilities.virtualWorkspaces, true);
  });

  it('keeps a change log with an entry for the current version', () => {
    const changelog = readFileSync(join(repository, 'CHANGELOG.md'), 'utf8');
    assert.match(changelog, /^## Unreleased$/m);
    assert.match(changelog, new RegExp(`^## ${manifest.version.replaceAll('.', '\\.')}$`, 'm'));
  });

  it("renders the README's images and links on both marketplaces: relative targets exist and are packaged against the repository", () => {
    const readme = readFileSync(join(repository, 'README.md'), 'utf8');
    const relative = [...readme.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)]
      .map((match) => match[1])
      .filter((target) => !/^[a-z]+:/.test(target));
    assert.ok(relative.some((target) => target.endsWith('.png')));
    for (const target of relative) assert.ok(existsSync(join(repository, target)), `README links to a missing ${target}`);
    const base = manifest.repository.url;
    assert.ok(manifest.scripts.package.includes(`--baseContentUrl ${base}/blob/main`), 'package script: --baseContentUrl');
    assert.ok(manifest.scripts.package.includes(`--baseImagesUrl ${base}/raw/main`), 'package script: --baseImagesUrl');
  });
});
