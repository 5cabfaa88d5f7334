import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex } from '../engine/lineIndex';
import type { RuleSettings, ToneSettings } from '../engine/settings';
import { DEFAULT_SETTINGS } from '../engine/settings';
import type { Span } from '../engine/model';
import type { FormatId } from '../shared/formats';
import schema from './schema.json';

/** A mistake in a config file, at its place in the file. */
export interface ConfigProblem extends Span {
  file: string;
  /** 1-based line and column, for messages. */
  line: number;
  column: number;
  message: string;
}

/** A place in a config file, for problems found after parsing (a rule that fails to load, an unknown rule id). */
export type Locate = (path: readonly (string | number)[], message: string, options?: { key?: boolean }) => ConfigProblem;

/** A team rule definition as written in a config or style file: its id is its key under `rules`. */
export interface RuleSource {
  id: string;
  /** The definition with its `id` filled in from the key. */
  data: Record<string, unknown>;
  file: string;
  /** The file's `docsUrl` template, for rules without a `docs` link. */
  docsUrl?: string;
  locate: Locate;
}

/** The settings one config file gives: a layer that later layers override. */
export type SettingsLayer = Partial<Pick<ToneSettings, 'companyName' | 'skipQuotedInReplies' | 'vocabulary'>> & {
  rules?: Record<string, RuleSettings>;
};

/** What a `.support-tone.json` (or a style file it extends) says, validated. Invalid parts are dropped and reported. */
export interface ParsedConfig {
  settings: SettingsLayer;
  kinds: { reply: string[]; article: string[] };
  /** Globs by language code (`language` in the file). */
  languages: Record<string, string[]>;
  /** Globs by format id (`formats` in the file): files read in that format whatever their name or shape. */
  formats: FormatGlobs;
  problems: ConfigProblem[];
  /** The style files and packages this file extends, in order. */
  extends: { entry: string; locate: Locate }[];
  /** Team rule definitions, in file order. */
  definitions: RuleSource[];
  /** Where a setting is, for problems found once the whole chain of files is known. */
  locate: Locate;
}

/** Globs by format id, in file order. */
export type FormatGlobs = Partial<Record<FormatId, string[]>>;

interface RawConfig {
  extends?: string[];
  companyName?: string;
  skipQuotedInReplies?: boolean;
  vocab?: string[];
  docsUrl?: string;
  kinds?: { reply?: string[]; article?: string[] };
  language?: Record<string, string[]>;
  formats?: FormatGlobs;
  rules?: Record<string, RuleSettings | RuleSettings['severity'] | { kind: string }>;
}

/**
 * The config schema as Ajv checks it: a rule definition only has to be an object with a `kind`
 * here, because the rule loader validates it field by field (with the same rule schema the
 * editor's completion uses), and reports each mistake at its own line.
 */
const checkedSchema = {
  ...schema,
  // A shipped rule's id under a definition is the loader's to report too ("give a team rule an id of its own").
  properties: { ...schema.properties, rules: { ...schema.properties.rules, properties: {} } },
  definitions: { ...schema.definitions, ruleDefinition: { type: 'object', required: ['kind'] } },
};

/** Compiled on first use: compiling costs about 0.1 s at start-up, which runs without a config file never pay. */
let compiled: ValidateFunction<RawConfig> | undefined;
const validator = () => (compiled ??= new Ajv({ allErrors: true, allowUnionTypes: true, verbose: true }).compile<RawConfig>(checkedSchema));

/** Parses and validates config text (JSON with comments). Never throws: problems come back with their place. */
export function parseConfig(text: string, file: string): ParsedConfig {
  const lines = new LineIndex(text);
  const problem = (span: Span, message: string): ConfigProblem => {
    const position = lines.positionAt(span.start);
    return { ...span, file, line: position.line + 1, column: position.character + 1, message };
  };
  const syntaxErrors: ParseError[] = [];
  const tree = parseTree(text, syntaxErrors, { allowTrailingComma: true, disallowComments: false });
  if (syntaxErrors.length > 0 || !tree) {
    const first = syntaxErrors[0];
    const span = first ? { start: first.offset, end: first.offset + first.length } : { start: 0, end: 0 };
    const nowhere: Locate = (_path, message) => problem(span, message);
    return {
      settings: {},
      kinds: { reply: [], article: [] },
      languages: {},
      formats: {},
      extends: [],
      definitions: [],
      locate: nowhere,
      problems: [problem(span, `Invalid JSON: ${first ? printParseErrorCode(first.error) : 'empty file'}. Using default settings.`)],
    };
  }
  const locate: Locate = (path, message, options) => {
    let node = findNodeAtLocation(tree, [...path]);
    // A path into a value that is not there (a missing field) points at the nearest value that is.
    for (let length = path.length - 1; !node && length >= 0; length--) node = findNodeAtLocation(tree, path.slice(0, length));
    node ??= tree;
    const at = options?.key && node.parent?.type === 'property' ? node.parent.children![0] : node;
    return problem({ start: at.offset, end: at.offset + at.length }, message);
  };
  const raw = nodeValue(tree) as RawConfig;
  const validate = validator();
  if (validate(raw)) return { ...toParsed(raw, file, locate), problems: [] };

  const errors = dedupeErrors(validate.errors ?? []);
  const problems = errors.map((error) => locate(pathOf(error), describeError(error), { key: isUnknownKey(error) }));
  return { ...toParsed(dropInvalid(raw, errors), file, locate), problems };
}

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(
        (node.children ?? []).map((property) => [
          property.children![0].value,
          property.children![1] ? nodeValue(property.children![1]) : undefined,
        ]),
      );
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function pathOf(error: ErrorObject): (string | number)[] {
  const path: string[] = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'additionalProperties') path.push((error.params as { additionalProperty: string }).additionalProperty);
  if (error.propertyName !== undefined) path.push(error.propertyName);
  return path.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** An unknown key: an extra property, or a rule id that does not exist. */
const isUnknownKey = (error: ErrorObject) => error.keyword === 'additionalProperties' || error.propertyName !== undefined;

function describeError(error: ErrorObject): string {
  const where = pathOf(error).join('.') || 'config';
  if (error.propertyName !== undefined)
    return `'${error.propertyName}' is not a rule id: use lowercase words joined by '-' or '/'. It is ignored.`;
  if (error.keyword === 'additionalProperties') return `Unknown setting '${where}'. It is ignored.`;
  if (error.keyword === 'enum')
    return `'${where}' must be one of: ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}. It is ignored.`;
  return `'${where}' ${error.message ?? 'is invalid'}. It is ignored.`;
}

/**
 * Ajv reports every failed branch of a `oneOf` (a rule setting is a severity string or an
 * object): keep the errors of the branch the value was written for, one per place.
 */
function dedupeErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const byPath = new Map<string, ErrorObject>();
  for (const error of errors) {
    const isObject = typeof error.data === 'object' && error.data !== null;
    if (error.keyword === 'oneOf' || error.keyword === 'propertyNames') continue;
    // The branch for rule definitions: a setting was meant, so its own branch's errors say what is wrong.
    if (error.keyword === 'required' && (error.params as { missingProperty: string }).missingProperty === 'kind') continue;
    if (error.keyword === 'enum' && isObject && error.propertyName === undefined) continue;
    if (error.keyword === 'type' && (error.params as { type: string }).type === 'object' && typeof error.data === 'string') continue;
    const key = pathOf(error).join('/');
    if (!byPath.has(key)) byPath.set(key, error);
  }
  return [...byPath.values()];
}

/** Removes what each error points at, so the rest of the config still applies. */
function dropInvalid(raw: RawConfig, errors: readonly ErrorObject[]): RawConfig {
  const copy = structuredClone(raw) as Record<string | number, unknown>;
  for (const error of errors) {
    const path = pathOf(error);
    let parent: unknown = copy;
    for (const key of path.slice(0, -1))
      parent = parent && typeof parent === 'object' ? (parent as Record<string | number, unknown>)[key] : undefined;
    if (parent && typeof parent === 'object' && path.length > 0) delete (parent as Record<string | number, unknown>)[path[path.length - 1]];
  }
  return copy;
}

const isDefinition = (setting: unknown): setting is Record<string, unknown> =>
  typeof setting === 'object' && setting !== null && 'kind' in setting;

function toParsed(raw: RawConfig, file: string, locate: Locate): Omit<ParsedConfig, 'problems'> {
  const rules: Record<string, RuleSettings> = {};
  const definitions: RuleSource[] = [];
  for (const [ruleId, setting] of Object.entries(raw.rules ?? {})) {
    if (isDefinition(setting))
      definitions.push({ id: ruleId, data: { ...setting, id: ruleId }, file, locate, ...(raw.docsUrl ? { docsUrl: raw.docsUrl } : {}) });
    else if (setting !== undefined) rules[ruleId] = typeof setting === 'string' ? { severity: setting } : { ...setting };
  }
  const settings: SettingsLayer = { rules };
  if (raw.companyName !== undefined) settings.companyName = raw.companyName;
  if (raw.skipQuotedInReplies !== undefined) settings.skipQuotedInReplies = raw.skipQuotedInReplies;
  if (raw.vocab !== undefined) settings.vocabulary = raw.vocab;
  const globs = (list: unknown[] | undefined) => (list ?? []).filter((glob): glob is string => typeof glob === 'string');
  return {
    settings,
    kinds: { reply: globs(raw.kinds?.reply), article: globs(raw.kinds?.article) },
    languages: Object.fromEntries(Object.entries(raw.language ?? {}).map(([language, list]) => [language, globs(list)])),
    formats: Object.fromEntries(Object.entries(raw.formats ?? {}).map(([format, list]) => [format, globs(list)])),
    extends: (raw.extends ?? []).map((entry, index) => ({
      entry,
      locate: (_path, message) => locate(['extends', index], message),
    })),
    definitions,
    locate,
  };
}

/** One layer from several, later ones winning; rule settings merge per rule and vocabularies add up. */
export function mergeLayers(...layers: SettingsLayer[]): SettingsLayer {
  const rules: Record<string, RuleSettings> = {};
  for (const layer of layers) {
    for (const [ruleId, setting] of Object.entries(layer.rules ?? {})) rules[ruleId] = { ...rules[ruleId], ...setting };
  }
  const vocabulary = layers.flatMap((layer) => layer.vocabulary ?? []);
  return {
    ...(Object.assign({}, ...layers.map(({ rules: _rules, vocabulary: _vocabulary, ...rest }) => rest)) as SettingsLayer),
    ...(vocabulary.length > 0 ? { vocabulary } : {}),
    rules,
  };
}

/** Engine settings: defaults, then each layer in order (editor settings, then the config file). */
export function mergeSettings(...layers: SettingsLayer[]): ToneSettings {
  return Object.freeze({ ...DEFAULT_SETTINGS, ...mergeLayers(...layers) });
}
