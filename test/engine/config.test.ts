import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigResolver, kindFromGlobs, readConfigFile } from '../../server/src/config/loadConfig';
import { nodeConfigHost } from '../../server/src/config/nodeHost';
import { mergeSettings, parseConfig } from '../../server/src/config/parseConfig';
import { DEFAULT_PACK } from '../../server/src/api';
import { memoryHost } from '../support/memoryHost';

const problemsOf = (text: string) =>
  readConfigFile('/p/cfg.json', memoryHost({ '/p/cfg.json': text }), DEFAULT_PACK).problems.map(
    ({ line, column, message }) => `${line}:${column} ${message}`,
  );

describe('config parsing', () => {
  it('reads JSON with comments and trailing commas', () => {
    const parsed = parseConfig(
      '{\n  // our brand\n  "companyName": "Acme",\n  "rules": { "no-legalese": "off", "no-shouting": { "allowPhrases": ["NOTE"] }, },\n}',
      'cfg.json',
    );
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.settings, {
      companyName: 'Acme',
      rules: { 'no-legalese': { severity: 'off' }, 'no-shouting': { allowPhrases: ['NOTE'] } },
    });
  });

  it('reports invalid JSON at its place and uses defaults', () => {
    const parsed = parseConfig('{\n  "companyName": "Acme"\n  "rules": {}\n}', 'cfg.json');
    assert.deepEqual(parsed.settings, {});
    assert.deepEqual(problemsOf('{\n  "companyName": "Acme"\n  "rules": {}\n}'), [
      '3:3 Invalid JSON: CommaExpected. Using default settings.',
    ]);
  });

  it('reports unknown keys, unknown rules and wrong values by line, and keeps the rest', () => {
    const text =
      '{\n  "companyName": "Acme",\n  "colour": "red",\n  "rules": {\n    "no-blam": ' +
      '"error",\n    "no-blame": "warn",\n    "no-legalese": { "severity": "off", ' +
      '"extra": [] }\n  }\n}';
    assert.deepEqual(problemsOf(text), [
      "3:3 Unknown setting 'colour'. It is ignored.",
      "5:5 Unknown rule 'no-blam'. It is ignored.",
      "6:17 'rules.no-blame' must be one of: error, warning, info, hint, off. It is ignored.",
      "7:41 Unknown setting 'rules.no-legalese.extra'. It is ignored.",
    ]);
    assert.deepEqual(readConfigFile('/p/cfg.json', memoryHost({ '/p/cfg.json': text }), DEFAULT_PACK).settings, {
      companyName: 'Acme',
      rules: { 'no-legalese': { severity: 'off' } },
    });
  });

  it('takes a severity per kind', () => {
    const parsed = parseConfig('{ "rules": { "require-next-step": { "article": "info", "reply": "error" } } }', 'cfg.json');
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.settings.rules, { 'require-next-step': { article: 'info', reply: 'error' } });
    assert.deepEqual(problemsOf('{ "rules": { "require-next-step": { "article": "loud" } } }'), [
      "1:48 'rules.require-next-step.article' must be one of: error, warning, info, hint, off. It is ignored.",
    ]);
  });

  it('reports a value of the wrong type', () => {
    assert.deepEqual(problemsOf('{ "companyName": 42 }'), ["1:18 'companyName' must be string. It is ignored."]);
  });

  it('merges layers over the defaults', () => {
    const settings = mergeSettings(
      { companyName: 'Acme', rules: { 'no-blame': { severity: 'warning' } } },
      { rules: { 'no-blame': { allowPhrases: ['user error'] } } },
    );
    assert.equal(settings.companyName, 'Acme');
    assert.equal(settings.skipQuotedInReplies, true);
    assert.deepEqual(settings.rules['no-blame'], { severity: 'warning', allowPhrases: ['user error'] });
  });
});

describe('config files', () => {
  const root = mkdtempSync(join(tmpdir(), 'support-tone-config-'));
  mkdirSync(join(root, 'kb', 'billing'), { recursive: true });
  mkdirSync(join(root, 'macros'), { recursive: true });
  writeFileSync(
    join(root, '.support-tone.json'),
    '{ "companyName": "Root", "kinds": { "reply": ["macros/**"], "article": ["kb/**/*.md"] } }',
  );
  writeFileSync(join(root, 'kb', '.support-tone.json'), '{ "companyName": "KB" }');

  it('uses the nearest config file', () => {
    const resolver = new ConfigResolver(nodeConfigHost, DEFAULT_PACK);
    assert.equal(resolver.forFolder(join(root, 'kb', 'billing')).settings.companyName, 'KB');
    assert.equal(resolver.forFolder(join(root, 'macros')).settings.companyName, 'Root');
  });

  it('decides kinds from globs relative to the config file', () => {
    const config = readConfigFile(join(root, '.support-tone.json'), nodeConfigHost, DEFAULT_PACK);
    assert.deepEqual(kindFromGlobs(config, join(root, 'macros', 'refunds.md')), {
      kind: 'reply',
      reason: `kinds.reply glob 'macros/**' in ${join(root, '.support-tone.json')}`,
    });
    assert.equal(kindFromGlobs(config, join(root, 'kb', 'billing', 'vat.md'))?.kind, 'article');
    assert.equal(kindFromGlobs(config, join(root, 'notes.md')), undefined);
  });

  it('reports a config path that is a directory instead of throwing', () => {
    mkdirSync(join(root, 'odd', '.support-tone.json'), { recursive: true });
    const config = new ConfigResolver(nodeConfigHost, DEFAULT_PACK).forFolder(join(root, 'odd'));
    assert.match(config.problems[0].message, /Cannot read the config file: it is a directory/);
    assert.deepEqual(config.settings, { rules: {} });
  });
});
