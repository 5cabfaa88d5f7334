import Ajv, { type ErrorObject } from 'ajv';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex } from '../engine/lineIndex';
import type { RuleSettings, ToneSettings } from '../engine/settings';
import { DEFAULT_SETTINGS } from '../engine/settings';
import type { Span } from '../engine/model';
import schema from './schema.json';

/** A mistake in a config file, at its place in the file. */
export interface ConfigProblem extends Span {
  file: string;
  /** 1-based line and column, for messages. */
  line: number;
  column: number;
  message: string;
}

/** What a `.support-tone.json` says, validated. Invalid parts are dropped and reported. */
export interface ParsedConfig {
  settings: Partial<Pick<ToneSettings, 'companyName' | 'skipQuotedInReplies'>> & { rules?: Record<string, RuleSettings> };
  kinds: { reply: string[]; article: string[] };
  /** Globs by language code (`language` in the file). */
  languages: Record<string, string[]>;
  problems: ConfigProblem[];
}

interface RawConfig {
  companyName?: string;
  skipQuotedInReplies?: boolean;
  kinds?: { reply?: string[]; article?: string[] };
  language?: Record<string, string[]>;
  rules?: Record<string, RuleSettings | RuleSettings['severity']>;
}

const validate = new Ajv({ allErrors: true, allowUnionTypes: true, verbose: true }).compile<RawConfig>(schema);

/** Parses and validates config text (JSON with comments). Never throws: problems come back with their place. */
export function parseConfig(text: string, file: string): ParsedConfig {
  const lines = new LineIndex(text);
  const problem = (span: Span, message: string): ConfigProblem => {
    const position = lines.positionAt(span.start);
    return { ...span, file, line: position.line + 1, column: position.character + 1, message };
  };
  const empty: ParsedConfig = { settings: {}, kinds: { reply: [], article: [] }, languages: {}, problems: [] };
  const syntaxErrors: ParseError[] = [];
  const tree = parseTree(text, syntaxErrors, { allowTrailingComma: true, disallowComments: false });
  if (syntaxErrors.length > 0 || !tree) {
    const first = syntaxErrors[0];
    const span = first ? { start: first.offset, end: first.offset + first.length } : { start: 0, end: 0 };
    return {
      ...empty,
      problems: [problem(span, `Invalid JSON: ${first ? printParseErrorCode(first.error) : 'empty file'}. Using default settings.`)],
    };
  }
  const raw = nodeValue(tree) as RawConfig;
  if (validate(raw)) return { ...toParsed(raw), problems: [] };

  const errors = dedupeErrors(validate.errors ?? []);
  const problems = errors.map((error) => {
    const node = nodeFor(tree, error);
    return problem({ start: node.offset, end: node.offset + node.length }, describeError(error));
  });
  return { ...toParsed(dropInvalid(raw, errors)), problems };
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

/** The node an error is about: for an unknown key, the key itself. */
function nodeFor(tree: Node, error: ErrorObject): Node {
  const path = pathOf(error);
  const node = findNodeAtLocation(tree, path) ?? tree;
  return isUnknownKey(error) && node.parent?.type === 'property' ? node.parent.children![0] : node;
}

function describeError(error: ErrorObject): string {
  const where = pathOf(error).join('.') || 'config';
  if (error.propertyName !== undefined) return `Unknown rule '${error.propertyName}'. It is ignored.`;
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

function toParsed(raw: RawConfig): Omit<ParsedConfig, 'problems'> {
  const rules: Record<string, RuleSettings> = {};
  for (const [ruleId, setting] of Object.entries(raw.rules ?? {})) {
    if (setting !== undefined) rules[ruleId] = typeof setting === 'string' ? { severity: setting } : { ...setting };
  }
  const settings: ParsedConfig['settings'] = { rules };
  if (raw.companyName !== undefined) settings.companyName = raw.companyName;
  if (raw.skipQuotedInReplies !== undefined) settings.skipQuotedInReplies = raw.skipQuotedInReplies;
  const globs = (list: unknown[] | undefined) => (list ?? []).filter((glob): glob is string => typeof glob === 'string');
  const languages = Object.fromEntries(Object.entries(raw.language ?? {}).map(([language, list]) => [language, globs(list)]));
  return { settings, kinds: { reply: globs(raw.kinds?.reply), article: globs(raw.kinds?.article) }, languages };
}

/** Engine settings: defaults, then each layer in order (editor settings, then the config file). */
export function mergeSettings(...layers: ParsedConfig['settings'][]): ToneSettings {
  const rules: Record<string, RuleSettings> = {};
  for (const layer of layers) {
    for (const [ruleId, setting] of Object.entries(layer.rules ?? {})) rules[ruleId] = { ...rules[ruleId], ...setting };
  }
  return Object.freeze({
    ...DEFAULT_SETTINGS,
    ...(Object.assign({}, ...layers.map(({ rules: _rules, ...rest }) => rest)) as Partial<ToneSettings>),
    rules,
  });
}
