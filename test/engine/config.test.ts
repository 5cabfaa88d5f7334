import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import Ajv from 'ajv';
import { parse } from 'jsonc-parser';
import schema from '../../server/src/config/schema.json';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ConfigResolver,
  formatFromGlobs,
  kindFromGlobs,
  MAX_TEAM_RULES,
  readConfigFile,
  resolveExtends,
} from '../../server/src/config/loadConfig';
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

describe('formats globs', () => {
  const read = (files: Record<string, string>) => readConfigFile('/p/.support-tone.json', memoryHost(files), DEFAULT_PACK);
  const config = read({
    '/p/.support-tone.json': '{ "formats": { "yaml-replies": ["kb/answers/*.yml"], "macros": ["support/**/*.json", "kb/answers/**"] } }',
  });
  const cases: [path: string, expected: ReturnType<typeof formatFromGlobs>][] = [
    ['/p/support/billing/refunds.json', { format: 'macros', reason: "formats.macros glob 'support/**/*.json' in /p/.support-tone.json" }],
    // The first format in file order whose glob matches.
    ['/p/kb/answers/vat.yml', { format: 'yaml-replies', reason: "formats.yaml-replies glob 'kb/answers/*.yml' in /p/.support-tone.json" }],
    ['/p/kb/answers/old/vat.yml', { format: 'macros', reason: "formats.macros glob 'kb/answers/**' in /p/.support-tone.json" }],
    ['/p/support.json', undefined],
    ['/elsewhere/support/a.json', undefined],
  ];
  for (const [path, expected] of cases) it(`routes ${path}`, () => assert.deepEqual(formatFromGlobs(config, path), expected));

  it('reports a format it cannot route to and a glob that is not a string, and keeps the rest', () => {
    const text = '{\n  "formats": {\n    "html": ["pages/**"],\n    "macros": ["a/*.json", 3]\n  }\n}';
    assert.deepEqual(problemsOf(text), [
      "3:5 Unknown setting 'formats.html'. It is ignored.",
      "4:28 'formats.macros.1' must be string. It is ignored.",
    ]);
    assert.deepEqual(readConfigFile('/p/cfg.json', memoryHost({ '/p/cfg.json': text }), DEFAULT_PACK).formats, { macros: ['a/*.json'] });
  });

  it('belongs in the project config, not in a style file it extends', () => {
    const extended = read({
      '/p/.support-tone.json': '{ "extends": ["./style.json"] }',
      '/p/style.json': '{\n  "formats": { "macros": ["**/*.json"] }\n}',
    });
    assert.deepEqual(
      extended.problems.map(({ file, line, column, message }) => `${file}:${line}:${column} ${message}`),
      ["/p/style.json:2:3 'formats' belongs in a project's .support-tone.json, not in a style file. It is ignored."],
    );
    assert.deepEqual(extended.formats, {});
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

describe('team rules and style packages', () => {
  const rule = (extra: Record<string, unknown> = {}) => ({
    kind: 'phrase',
    summary: 'Old product name',
    principle: 'P9',
    severity: 'warning',
    message: 'is the old name.',
    phrases: [{ pattern: 'Acme Locker', replacement: 'Acme Vault' }],
    ...extra,
  });
  const json = (value: unknown) => JSON.stringify(value, null, 2);
  const load = (files: Record<string, string>, path = '/repo/.support-tone.json') => readConfigFile(path, memoryHost(files), DEFAULT_PACK);
  const problems = (files: Record<string, string>) =>
    load(files).problems.map(({ file, line, column, message }) => `${file}:${line}:${column} ${message}`);
  const teamIds = (files: Record<string, string>) => load(files).teamRules.map((team) => team.rule.id);

  it('loads rules from the config and from style files and packages it extends, later ones overriding earlier ones', () => {
    const files = {
      '/repo/.support-tone.json': json({
        extends: ['@acme/support-style', './styles/local.json'],
        companyName: 'Acme Ops',
        rules: { 'acme/old-name': 'error', 'no-legalese': 'off' },
      }),
      '/node_modules/@acme/support-style/package.json': json({ name: '@acme/support-style', supportTone: 'style.json' }),
      '/node_modules/@acme/support-style/style.json': json({
        companyName: 'Acme',
        vocab: ['NOT Bank'],
        docsUrl: 'https://style.acme.example/#{rule}',
        rules: { 'acme/old-name': rule(), 'acme/asap': rule({ phrases: ['asap'] }), 'no-legalese': 'info' },
      }),
      '/repo/styles/local.json': json({ vocab: ['Acme Vault'], rules: { 'acme/asap': rule({ phrases: ['a.s.a.p.'] }) } }),
    };
    const config = load(files);
    assert.deepEqual(config.problems, []);
    assert.deepEqual(config.files, ['/repo/.support-tone.json', '/node_modules/@acme/support-style/style.json', '/repo/styles/local.json']);
    assert.deepEqual(config.settings, {
      companyName: 'Acme Ops',
      vocabulary: ['NOT Bank', 'Acme Vault'],
      rules: { 'no-legalese': { severity: 'off' }, 'acme/old-name': { severity: 'error' } },
    });
    assert.deepEqual(
      config.teamRules.map(({ rule, source }) => [rule.id, source.file, rule.docs]),
      [
        ['acme/old-name', '/node_modules/@acme/support-style/style.json', 'https://style.acme.example/#acme/old-name'],
        ['acme/asap', '/repo/styles/local.json', 'file:///repo/styles/local.json'],
      ],
    );
    assert.deepEqual(
      config.rules.map((shipped) => shipped.id),
      [...DEFAULT_PACK.rules.map((shipped) => shipped.id), 'acme/old-name', 'acme/asap'],
    );
  });

  it('finds a package in the nearest node_modules up the tree, its style.json by default, or a file inside it', () => {
    const host = memoryHost({
      '/repo/node_modules/house-style/package.json': '{ "name": "house-style" }',
      '/node_modules/@acme/style/package.json': '{ "name": "@acme/style" }',
    });
    assert.equal(resolveExtends('house-style', '/repo/kb/.support-tone.json', host), '/repo/node_modules/house-style/support-tone.json');
    assert.equal(resolveExtends('@acme/style/strict.json', '/repo/.support-tone.json', host), '/node_modules/@acme/style/strict.json');
    assert.equal(resolveExtends('../base.json', '/repo/kb/.support-tone.json', host), '/repo/base.json');
    assert.throws(() => resolveExtends('missing-style', '/repo/.support-tone.json', host), /Cannot find the style package 'missing-style'/);
    assert.throws(() => resolveExtends('Not A Name', '/repo/.support-tone.json', host), /neither a relative path/);
  });

  it('reports each mistake at its line in the file that has it, and keeps everything else', () => {
    const files = {
      '/repo/.support-tone.json': [
        '{',
        '  "extends": ["./base.json", "missing-style", "./base.json"],',
        '  "rules": {',
        '    "acme/typo": "error",',
        '    "acme/old-name": "error",',
        '    "no-blame": { "kind": "phrase" },',
        '    "acme/sorry": { "kind": "presence", "role": "apology" }',
        '  }',
        '}',
      ].join('\n'),
      '/repo/base.json': [
        '{',
        '  "kinds": { "reply": ["**"] },',
        '  "extends": ["./.support-tone.json"],',
        '  "rules": {',
        `    "acme/old-name": ${JSON.stringify(rule())},`,
        '    "acme/broken": {',
        '      "kind": "phrase", "summary": "s", "principle": "P1", "severity": "info", "message": "m",',
        '      "phrases": ["fine", { "pattern": "bad", "when": ["notAThing"] }]',
        '    }',
        '  }',
        '}',
      ].join('\n'),
    };
    assert.deepEqual(problems(files), [
      "/repo/.support-tone.json:2:30 Cannot find the style package 'missing-style' in node_modules: " +
        'install it (npm install --save-dev missing-style). It is ignored.',
      "/repo/.support-tone.json:4:5 Unknown rule 'acme/typo'. It is ignored.",
      "/repo/.support-tone.json:6:5 'no-blame' is a shipped rule: give a team rule an id of its own, such as 'acme/no-blame'. " +
        'It is not loaded.',
      "/repo/.support-tone.json:7:41 Rule 'acme/sorry': 'role' is reserved for the shipped checks. The rule is not loaded.",
      "/repo/base.json:2:3 'kinds' belongs in a project's .support-tone.json, not in a style file. It is ignored.",
      "/repo/base.json:3:15 './.support-tone.json' extends a file that extends this one. It is ignored.",
      "/repo/base.json:8:55 Rule 'acme/broken': /phrases/1/when names 'notAThing'; the conditions are " +
        'imperative, noConcreteTime, noNamedAgent, clauseInitial, notQuestion, notConditional, notWish, notNegated, notReadersPlan, ' +
        'notThirdPartyProduct, notQuotation, notUiLabel, notLinkText, beforeLink, onlyInReplies, notInHeading, notInTable, ' +
        'notFaqAnswer, openingAnswer, noReassurance, noRequirementAfter, notPastReason, notExplainedInArticle, notListLeadIn, ' +
        'deliveryInArticles, notWithSteps, noAlternativeOffered, opensParenthesis. ' +
        'The rule is not loaded; the other rules still run.',
    ]);
    assert.deepEqual(teamIds(files), ['acme/old-name']);
  });

  it('loads rules for every language, names those for a language without a pack, and a setting for one is no unknown rule', () => {
    const files = {
      '/repo/.support-tone.json': json({
        rules: {
          'acme/du': rule({ languages: ['de'] }),
          'acme/pl': rule({ languages: ['pl'] }),
          'acme/en': rule({ languages: ['en'] }),
          'acme/any': rule(),
        },
      }),
      '/repo/sub/.support-tone.json': json({ extends: ['../.support-tone.json'], rules: { 'acme/du': 'off' } }),
    };
    assert.deepEqual(teamIds(files), ['acme/du', 'acme/pl', 'acme/en', 'acme/any']);
    assert.deepEqual(load(files).otherLanguageRules, ['acme/du']);
    assert.deepEqual(load(files, '/repo/sub/.support-tone.json').problems, []);
  });

  it(`loads at most ${MAX_TEAM_RULES} team rules`, () => {
    const rules = Object.fromEntries(Array.from({ length: MAX_TEAM_RULES + 2 }, (_, index) => [`acme/r${index}`, rule()]));
    const config = load({ '/repo/.support-tone.json': json({ rules }) });
    assert.equal(config.teamRules.length, MAX_TEAM_RULES);
    assert.deepEqual(
      config.problems.map((problem) => problem.message),
      [`More than ${MAX_TEAM_RULES} team rules: 'acme/r${MAX_TEAM_RULES}' and the rules after it are not loaded.`],
    );
  });

  it('reads every file through the config host', () => {
    const host = memoryHost({
      '/repo/.support-tone.json': json({ extends: ['style'] }),
      '/repo/node_modules/style/package.json': '{}',
      '/repo/node_modules/style/support-tone.json': json({ vocab: ['NOT Bank'] }),
    });
    readConfigFile('/repo/.support-tone.json', host, DEFAULT_PACK);
    assert.deepEqual(host.reads, [
      '/repo/.support-tone.json',
      '/repo/node_modules/style/package.json',
      '/repo/node_modules/style/support-tone.json',
    ]);
  });

  it('the editor’s schema (completion and validation) takes the example style package, and flags a broken definition', () => {
    const validate = new Ajv({ allowUnionTypes: true }).compile(schema);
    const style = parse(readFileSync(join(__dirname, '..', '..', 'examples', 'style-package', 'support-tone.json'), 'utf8')) as {
      rules: Record<string, Record<string, unknown>>;
    };
    assert.ok(validate(style), JSON.stringify(validate.errors));
    const broken = { rules: { 'acme/x': { ...style.rules['acme/product-name'], kind: 'length' } } };
    assert.equal(validate(broken), false);
  });
});
