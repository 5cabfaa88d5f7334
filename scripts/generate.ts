/**
 * Writes every file derived from rule metadata and the format registry, so no list of rule ids
 * is kept by hand: the `supportTone.rules` settings and activation events in package.json, the
 * rule ids and the team rule definition schema in `.support-tone.json`'s schema, the metadata line of each rule page and the
 * rules table in docs/rules/README.md; and the extension's strings for translators, `l10n/bundle.l10n.json`, from the
 * client's `vscode.l10n.t` calls; and each pack's `rules/index.ts`, importing every rule data file in its folder, so a new
 * data rule is one file (and its docs page).
 *
 * `npm run generate` writes them; `npm test` fails when a committed file differs (test/generated.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getL10nJson } from '@vscode/l10n-dev';
import type { Rule } from '../server/src/engine/rule';
import { CONDITION_NAMES } from '../server/src/rulekit/conditions';
import { ACTIVATION_EVENTS, FORMATS, ROUTABLE_FORMATS } from '../server/src/shared/formats';

const ROOT = join(__dirname, '..');
const TABLE_START = '<!-- generated from rule metadata by scripts/generate.ts: start -->';
const TABLE_END = '<!-- generated from rule metadata by scripts/generate.ts: end -->';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const yesNo = (value: boolean) => (value ? 'yes' : 'no');

const SEVERITY = { enum: ['error', 'warning', 'info', 'hint', 'off'] };
/** What a rule id may be: the pattern of the rule schema's `id`. */
const RULE_ID_PATTERN = (JSON.parse(read('server/src/rulekit/rule.schema.json')) as { properties: { id: { pattern: string } } }).properties
  .id.pattern;

/** "warning", or "warning (articles: info)" when a kind's default differs. */
function defaultSeverity(rule: Rule): string {
  const byKind = Object.entries(rule.severityByKind ?? {}).map(([kind, severity]) => `${kind}s: ${severity}`);
  return byKind.length > 0 ? `${rule.severity} (${byKind.join(', ')})` : rule.severity;
}

/** One rule's editor setting: a severity, or an object with severities and phrase lists. */
const RULE_SETTING = {
  anyOf: [
    {
      ...SEVERITY,
      enumDescriptions: [
        'Shown as an error; the CLI exits 1',
        'Shown as a warning',
        'Shown as information',
        'Shown as a hint',
        'Not checked',
      ],
    },
    {
      type: 'object',
      additionalProperties: false,
      properties: {
        severity: SEVERITY,
        reply: SEVERITY,
        article: SEVERITY,
        extraPhrases: { type: 'array', items: { type: 'string' } },
        allowPhrases: { type: 'array', items: { type: 'string' } },
      },
    },
  ],
};

/**
 * The JSON schema of `supportTone.rules` in the extension manifest: what the server accepts. The shipped rules are
 * properties (so the editor suggests them); any other id written as a rule id is a team rule's and takes the same setting.
 */
function ruleSettingsSchema(rules: readonly Rule[]): Record<string, unknown> {
  return {
    type: 'object',
    scope: 'resource',
    default: {},
    markdownDescription:
      'Severity per rule (`error`, `warning`, `info`, `hint` or `off`), or an object with `severity`, a severity per kind ' +
      '(`reply`, `article`), `extraPhrases` and `allowPhrases`; team rules from `.support-tone.json` or a style package ' +
      '(such as `acme/no-unfortunately`) too. A `.support-tone.json` file overrides these settings.',
    propertyNames: { pattern: RULE_ID_PATTERN },
    properties: Object.fromEntries(
      rules.map((rule) => [
        rule.id,
        {
          ...RULE_SETTING,
          default: rule.severity,
          markdownDescription: `${rule.summary} (${rule.principle}). Default: ${defaultSeverity(rule)}. [Docs](${rule.docs})`,
        },
      ]),
    ),
    additionalProperties: { ...RULE_SETTING, markdownDescription: 'A team rule: its definition and default come from its config.' },
  };
}

function manifest(rules: readonly Rule[]): string {
  const current = JSON.parse(read('package.json')) as {
    activationEvents: string[];
    contributes: { configuration: { properties: Record<string, unknown> } };
  };
  current.activationEvents = [...ACTIVATION_EVENTS];
  current.contributes.configuration.properties['supportTone.rules'] = ruleSettingsSchema(rules);
  return json(current);
}

/** `formats` in `.support-tone.json`: globs per format that reads only some files of its type (JSON and YAML of replies). */
function formatsSchema(): Record<string, unknown> {
  return {
    type: 'object',
    additionalProperties: false,
    description:
      'Globs (relative to this file) of files to read as help-desk macros or saved replies whatever their name or shape, by format. ' +
      'A routed file that holds none gets a note saying so.',
    properties: Object.fromEntries(
      ROUTABLE_FORMATS.map((id) => [
        id,
        { type: 'array', items: { type: 'string' }, description: `Read as ${FORMATS.find((format) => format.id === id)!.only!.expects}.` },
      ]),
    ),
  };
}

/**
 * `.support-tone.json`'s schema: a setting per shipped rule (for completion), and under any other
 * id a setting or a team rule definition — the rule schema itself, without `id` (the key is the id);
 * `formats` from the format registry.
 */
function configSchema(rules: readonly Rule[]): string {
  const schema = JSON.parse(read('server/src/config/schema.json')) as {
    properties: { rules: { properties: Record<string, unknown> }; formats?: unknown };
    definitions: Record<string, unknown>;
  };
  schema.properties.formats = formatsSchema();
  schema.properties.rules.properties = Object.fromEntries(
    rules.map((rule) => [rule.id, { $ref: '#/definitions/ruleSetting', description: `${rule.summary} (${rule.principle}).` }]),
  );
  const ruleSchema = JSON.parse(read('server/src/rulekit/rule.schema.json')) as {
    properties: Record<string, unknown>;
    required: string[];
    definitions: Record<string, unknown>;
  };
  const { $schema: _schema, id: _id, ...properties } = ruleSchema.properties;
  const { definitions, ...definition } = { ...ruleSchema, properties, required: ruleSchema.required.filter((key) => key !== 'id') };
  const { $schema: _draft, title: _title, ...ruleDefinition } = definition as Record<string, unknown>;
  // The editor completes condition names; the loader reports a wrong one with the whole list.
  const conditions = { type: 'array', items: { enum: CONDITION_NAMES }, uniqueItems: true };
  schema.definitions = { ...schema.definitions, ...definitions, conditions, ruleDefinition };
  return json(schema);
}

/** The line under each rule page's title. */
function metadataLine(rule: Rule): string {
  const appliesTo = rule.scope === 'draft' && !rule.kinds.includes('article') ? 'replies only' : 'replies and articles';
  return [
    `> ${rule.summary}`,
    `Principle ${rule.principle}`,
    `Default severity: ${defaultSeverity(rule)}`,
    `Quick fix: ${yesNo(rule.fixable)}`,
    `Applies to: ${appliesTo}`,
  ].join('  ·  ');
}

function rulePage(rule: Rule): string {
  const lines = read(`docs/rules/${rule.id}.md`).split('\n');
  lines[0] = `# ${rule.id}`;
  lines[2] = metadataLine(rule);
  return lines.join('\n');
}

function rulesIndex(rules: readonly Rule[]): string {
  const page = read('docs/rules/README.md');
  const start = page.indexOf(TABLE_START);
  const end = page.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error('docs/rules/README.md lacks the generated-table markers');
  const rows = rules.map(
    (rule) => `| [${rule.id}](${rule.id}.md) | ${rule.principle} | ${defaultSeverity(rule)} | ${yesNo(rule.fixable)} | ${rule.summary} |`,
  );
  const table = ['| Rule | Principle | Default severity | Quick fix | Summary |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
  return `${page.slice(0, start)}${TABLE_START}\n${table}\n${page.slice(end)}`;
}

const PACKS = 'server/src/packs';

/** `no-vague-timeline.json` → `noVagueTimeline`. */
const identifier = (fileName: string) =>
  fileName.replace(/\.json$/, '').replace(/[-_.]+(\w)/g, (_, letter: string) => letter.toUpperCase());

/** A pack's rule index: every `*.json` of its rules folder, imported and listed (formatted as Prettier would). */
function ruleIndex(folder: string): string {
  const names = readdirSync(join(ROOT, folder))
    .filter((name) => name.endsWith('.json'))
    .sort();
  const imports = names.map((name) => `import ${identifier(name)} from './${name}';`);
  const declaration = 'export const RULE_DATA: readonly unknown[] = [';
  const oneLine = `${declaration}${names.map(identifier).join(', ')}];`;
  const list = oneLine.length <= 140 ? [oneLine] : [declaration, ...names.map((name) => `  ${identifier(name)},`), '];'];
  return [
    '// Generated by `npm run generate` (scripts/generate.ts) from the files in this folder: add a rule as a file, not here.',
    ...imports,
    '',
    '/** Every data rule of the pack, one per file; the pack puts them in run order (see `inRunOrder`). */',
    ...list,
    '',
  ].join('\n');
}

/** Every pack's rules folder, from the repository root. */
const ruleFolders = () =>
  readdirSync(join(ROOT, PACKS), { withFileTypes: true })
    .map((entry) => `${PACKS}/${entry.name}/rules`)
    .filter((folder) => existsSync(join(ROOT, folder)));

/** Every pack's rule index: path → content. */
export function ruleIndexes(): Map<string, string> {
  return new Map(ruleFolders().map((folder) => [`${folder}/index.ts`, ruleIndex(folder)]));
}

/**
 * The English pack's rules, loaded on demand: the pack imports the rule indexes, which must be written first when a
 * rule file was added or removed.
 */
function shippedRules(): readonly Rule[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../server/src/api') as typeof import('../server/src/api')).DEFAULT_PACK.rules;
}

/** Every generated file: path (from the repository root) → the content it should have. */
export function generatedFiles(rules: readonly Rule[] = shippedRules()): Map<string, string> {
  return new Map([
    ...ruleIndexes(),
    ['package.json', manifest(rules)],
    ['server/src/config/schema.json', configSchema(rules)],
    ['docs/rules/README.md', rulesIndex(rules)],
    ...rules.map((rule): [string, string] => [`docs/rules/${rule.id}.md`, rulePage(rule)]),
  ]);
}

/** Where the extension's translations live: package.json's `l10n`, holding the English bundle translators start from. */
export const L10N_BUNDLE = 'l10n/bundle.l10n.json';

/** The English bundle: every `vscode.l10n.t` string of the client, as `@vscode/l10n-dev export` writes it. */
export async function l10nBundle(): Promise<string> {
  const sources = readdirSync(join(ROOT, 'client', 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((path) => ({ contents: readFileSync(path, 'utf8'), extension: '.ts' }));
  return json(await getL10nJson(sources));
}

/** Writes a file whose content differs; whether it did. */
function write(path: string, content: string): boolean {
  if (existsSync(join(ROOT, path)) && read(path) === content) return false;
  writeFileSync(join(ROOT, path), content);
  console.log(`wrote ${path}`);
  return true;
}

if (require.main === module) {
  // The rule indexes first: the rest is generated from the rules they list, which this process loaded before they changed.
  if ([...ruleIndexes()].filter(([path, content]) => write(path, content)).length > 0) {
    execFileSync(process.execPath, [...process.execArgv, __filename], { stdio: 'inherit' });
  } else {
    void (async () => {
      for (const [path, content] of [...generatedFiles(), [L10N_BUNDLE, await l10nBundle()] as const]) write(path, content);
    })();
  }
}
