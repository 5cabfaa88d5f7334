import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { KindDecision, LanguageDecision } from '../engine/model';
import type { LanguagePack } from '../engine/pack';
import type { Rule } from '../engine/rule';
import { runsIn } from '../engine/rule';
import { INSTALLED_PACKS } from '../packs';
import { loadRule, RuleDefinitionError, TEAM_RULE_LIMITS } from '../rulekit/load';
import { CONFIG_FILE_NAME, type FormatId } from '../shared/formats';
import type { ConfigHost } from './host';
import {
  mergeLayers,
  parseConfig,
  type ConfigProblem,
  type FormatGlobs,
  type ParsedConfig,
  type RuleSource,
  type SettingsLayer,
} from './parseConfig';

export { CONFIG_FILE_NAME };

/** The file a style package names in its package.json `supportTone` field; this one when it names none. */
export const STYLE_FILE_NAME = 'support-tone.json';

/** At most this many team rules apply to one project: more is a mistake, and each rule costs every check. */
export const MAX_TEAM_RULES = 200;

/** A team rule, loaded, and where it is defined. */
export interface TeamRule {
  rule: Rule;
  source: RuleSource;
}

/** A config file found on disk, parsed, with the style files it extends merged in. */
export interface LoadedConfig {
  /** Absolute path of the config file; undefined when none was found. */
  path?: string;
  settings: SettingsLayer;
  kinds: { reply: string[]; article: string[] };
  /** Globs by language code: the project's own `language`, like `kinds`. */
  languages: Record<string, string[]>;
  /** Globs by format id: the project's own `formats`, like `kinds`. */
  formats: FormatGlobs;
  /** Mistakes in the config file and the files it extends. */
  problems: ConfigProblem[];
  /** The language pack's rules, then the team's. */
  rules: readonly Rule[];
  teamRules: readonly TeamRule[];
  /** Team rules whose `languages` name no installed pack: checked for mistakes, never run. */
  otherLanguageRules: readonly string[];
  /** The config file and every style file it extends, read or not: a change to any of them changes the config. */
  files: readonly string[];
}

const NO_KINDS = { reply: [], article: [] };

/** What applies where no config file is found. */
export function noConfig(pack: LanguagePack): LoadedConfig {
  return {
    settings: {},
    kinds: NO_KINDS,
    languages: {},
    formats: {},
    problems: [],
    rules: pack.rules,
    teamRules: [],
    otherLanguageRules: [],
    files: [],
  };
}

/** One file of a config's chain (the config or a style file it extends, directly or not) and what it says. */
interface Layer {
  parsed: ParsedConfig;
  file: string;
}

/**
 * Reads a config file and the style files it extends (through the host, so a browser host can
 * supply them), merges them, and loads the team's rules. Never throws: every mistake becomes a
 * problem at its place, and the rest still applies.
 */
export function readConfigFile(path: string, host: ConfigHost, pack: LanguagePack): LoadedConfig {
  const problems: ConfigProblem[] = [];
  const files: string[] = [];
  const layers: Layer[] = [];

  const read = (file: string, chain: readonly string[], isStyle: boolean, blame: (message: string) => ConfigProblem): void => {
    files.push(file);
    let text: string;
    try {
      text = host.readFile(file);
    } catch (error) {
      const [what, consequence] = isStyle ? ['the style file', 'It is ignored.'] : ['the config file', 'Using default settings.'];
      problems.push(blame(`Cannot read ${what}: ${(error as Error).message}. ${consequence}`));
      return;
    }
    const parsed = parseConfig(text, file);
    problems.push(...parsed.problems);
    if (isStyle && (parsed.kinds.reply.length > 0 || parsed.kinds.article.length > 0)) {
      problems.push(
        parsed.locate(['kinds'], "'kinds' belongs in a project's .support-tone.json, not in a style file. It is ignored.", { key: true }),
      );
      parsed.kinds = NO_KINDS;
    }
    if (isStyle && Object.keys(parsed.formats).length > 0) {
      problems.push(
        parsed.locate(['formats'], "'formats' belongs in a project's .support-tone.json, not in a style file. It is ignored.", {
          key: true,
        }),
      );
      parsed.formats = {};
    }
    for (const { entry, locate } of parsed.extends) {
      let target: string;
      try {
        target = resolveExtends(entry, file, host);
      } catch (error) {
        problems.push(locate([], `${(error as Error).message} It is ignored.`));
        continue;
      }
      if (target === file || chain.includes(target))
        problems.push(locate([], `'${entry}' extends a file that extends this one. It is ignored.`));
      else read(target, [...chain, file], true, (message) => locate([], message));
    }
    layers.push({ parsed, file });
  };
  read(path, [], false, (message) => ({ file: path, start: 0, end: 0, line: 1, column: 1, message }));

  const { rules, teamRules, otherLanguageRules } = loadTeamRules(layers, pack, problems);
  // A setting may name any rule a file defines, loaded or not (a broken or other-language rule is no unknown rule).
  const known = new Set([
    ...pack.rules.map((rule) => rule.id),
    ...layers.flatMap(({ parsed }) => parsed.definitions.map((source) => source.id)),
  ]);
  for (const { parsed } of layers) {
    for (const ruleId of Object.keys(parsed.settings.rules ?? {})) {
      if (known.has(ruleId)) continue;
      problems.push(parsed.locate(['rules', ruleId], `Unknown rule '${ruleId}'. It is ignored.`, { key: true }));
      delete parsed.settings.rules![ruleId];
    }
  }
  // Problems in file order (the config, then the files it extends), then by place; a file extended twice reports once.
  const unique = [...new Map(problems.map((problem) => [`${problem.file}\0${problem.start}\0${problem.message}`, problem])).values()];
  unique.sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file) || a.start - b.start);
  const own = layers.at(-1);
  return {
    path,
    settings: mergeLayers(...layers.map((layer) => layer.parsed.settings)),
    kinds: own?.file === path ? own.parsed.kinds : NO_KINDS,
    languages: own?.file === path ? own.parsed.languages : {},
    formats: own?.file === path ? own.parsed.formats : {},
    problems: unique,
    rules,
    teamRules,
    otherLanguageRules,
    files: [...new Set(files)],
  };
}

/** Team rule definitions of every layer, later ones replacing earlier ones of the same id, loaded for the pack. */
function loadTeamRules(
  layers: readonly Layer[],
  pack: LanguagePack,
  problems: ConfigProblem[],
): { rules: readonly Rule[]; teamRules: TeamRule[]; otherLanguageRules: string[] } {
  const sources = new Map<string, RuleSource>();
  for (const { parsed } of layers) for (const source of parsed.definitions) sources.set(source.id, source);
  if (sources.size === 0) return { rules: pack.rules, teamRules: [], otherLanguageRules: [] };
  const shipped = new Set(pack.rules.map((rule) => rule.id));
  const teamRules: TeamRule[] = [];
  const otherLanguageRules: string[] = [];
  for (const source of sources.values()) {
    const at = (path: readonly (string | number)[], message: string, key = false) =>
      source.locate(['rules', source.id, ...path], message, { key });
    if (shipped.has(source.id)) {
      problems.push(
        at([], `'${source.id}' is a shipped rule: give a team rule an id of its own, such as 'acme/${source.id}'. It is not loaded.`, true),
      );
      continue;
    }
    if ('role' in source.data) {
      // Roles (apology, next step, …) are what the headline writer reads of the shipped checks; a team rule cannot take one over.
      problems.push(at(['role'], `Rule '${source.id}': 'role' is reserved for the shipped checks. The rule is not loaded.`, true));
      continue;
    }
    if (teamRules.length === MAX_TEAM_RULES) {
      problems.push(at([], `More than ${MAX_TEAM_RULES} team rules: '${source.id}' and the rules after it are not loaded.`, true));
      break;
    }
    const host = { messages: pack.messages, docsUrl: (id: string) => source.docsUrl?.replaceAll('{rule}', id) ?? fileUrl(source.file) };
    try {
      // The checker runs each team rule in the languages it names; one naming no installed pack never runs.
      const rule = loadRule(source.data, host, TEAM_RULE_LIMITS);
      teamRules.push({ rule, source });
      if (!INSTALLED_PACKS.some((installed) => runsIn(rule, installed.id))) otherLanguageRules.push(source.id);
    } catch (error) {
      if (!(error instanceof RuleDefinitionError)) throw error;
      const message = error.message.startsWith(`${source.id}: `) ? error.message.slice(source.id.length + 2) : error.message;
      problems.push(at(error.path, `Rule '${source.id}': ${message}. The rule is not loaded; the other rules still run.`));
    }
  }
  return { rules: [...pack.rules, ...teamRules.map((team) => team.rule)], teamRules, otherLanguageRules };
}

/** A link to the file a rule is defined in: its docs when the rule and its style give none. */
function fileUrl(path: string): string {
  return `file://${encodeURI(path.split(sep).join('/')).replace(/^(?!\/)/, '/')}`;
}

/**
 * Where an `extends` entry points: a path relative to the file (`./styles/base.json`), or a style
 * package in `node_modules` of the file's folder or an ancestor (`@acme/support-style`, or a
 * file inside one: `@acme/support-style/strict.json`). A package's style file is the one its
 * package.json names in `supportTone`, else `support-tone.json`.
 */
export function resolveExtends(entry: string, fromFile: string, host: ConfigHost): string {
  if (/^\.{1,2}[\\/]/.test(entry) || isAbsolute(entry)) return resolve(dirname(fromFile), entry);
  const parts = entry.split('/');
  const nameLength = entry.startsWith('@') ? 2 : 1;
  const name = parts.slice(0, nameLength).join('/');
  const inside = parts.slice(nameLength).join('/');
  if (!/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/.test(name))
    throw new Error(`'${entry}' is neither a relative path ('./…') nor an npm package name.`);
  for (let folder = dirname(fromFile); ; folder = dirname(folder)) {
    const packageFolder = join(folder, 'node_modules', ...name.split('/'));
    let manifest: string | undefined;
    try {
      manifest = host.readFile(join(packageFolder, 'package.json'));
    } catch {
      manifest = undefined;
    }
    if (manifest !== undefined) {
      if (inside) return join(packageFolder, inside);
      let style: unknown;
      try {
        style = (JSON.parse(manifest) as { supportTone?: unknown }).supportTone;
      } catch {
        throw new Error(`The package.json of '${name}' is not valid JSON.`);
      }
      return join(packageFolder, typeof style === 'string' ? style : STYLE_FILE_NAME);
    }
    if (dirname(folder) === folder)
      throw new Error(`Cannot find the style package '${name}' in node_modules: install it (npm install --save-dev ${name}).`);
  }
}

/** Finds and reads config files, once per file per run. */
export class ConfigResolver {
  private readonly byFolder = new Map<string, LoadedConfig>();
  private readonly byFile = new Map<string, LoadedConfig>();
  /** What applies to a document no config file covers. */
  readonly none: LoadedConfig;

  constructor(
    private readonly host: ConfigHost,
    private readonly pack: LanguagePack,
  ) {
    this.none = noConfig(pack);
  }

  /** The config that applies to a document in `folder`. */
  forFolder(folder: string): LoadedConfig {
    let config = this.byFolder.get(folder);
    if (!config) {
      const path = this.host.findNearest(folder);
      config = path ? this.read(path) : this.none;
      this.byFolder.set(folder, config);
    }
    return config;
  }

  /** The config that applies to a document file. */
  forFile(filePath: string): LoadedConfig {
    return this.forFolder(dirname(filePath));
  }

  read(path: string): LoadedConfig {
    let config = this.byFile.get(path);
    if (!config) {
      config = readConfigFile(path, this.host, this.pack);
      this.byFile.set(path, config);
    }
    return config;
  }

  /** Every problem of every config file read so far, once each (two configs may extend one style file). */
  problems(): ConfigProblem[] {
    const seen = new Set<string>();
    return [...this.byFile.values()]
      .flatMap((config) => config.problems)
      .filter((problem) => {
        const key = `${problem.file}\0${problem.start}\0${problem.message}`;
        return !seen.has(key) && Boolean(seen.add(key));
      });
  }
}

/**
 * What a file's workspace-relative settings are relative to, and where a new config file for it goes:
 * the innermost of `folders` that holds the file, else the file's own folder.
 */
export function baseFolderOf(filePath: string, folders: readonly string[]): string {
  const holding = folders.filter((folder) => filePath.startsWith(folder + sep));
  return holding.sort((a, b) => b.length - a.length)[0] ?? dirname(filePath);
}

/** The path of the config file in `folder`. */
export function configFileIn(folder: string): string {
  return join(folder, CONFIG_FILE_NAME);
}

/** The kind a config's `kinds` globs give a file, if any. */
export function kindFromGlobs(config: LoadedConfig, filePath: string): KindDecision | undefined {
  if (!config.path) return undefined;
  const configPath = config.path;
  return kindFromGlobList(config.kinds, dirname(configPath), filePath, (kind, glob) => `kinds.${kind} glob '${glob}' in ${configPath}`);
}

/** The language a config's `language` globs give a file, if any: the first language (in file order) with a matching glob. */
export function languageFromGlobs(config: LoadedConfig, filePath: string): LanguageDecision | undefined {
  const match = config.path && firstMatch(config.languages, dirname(config.path), filePath);
  return match ? { language: match.key, reason: `language.${match.key} glob '${match.glob}' in ${config.path}` } : undefined;
}

/** A format a config's `formats` globs route a file to, and why. */
export interface FormatDecision {
  format: FormatId;
  reason: string;
}

/** The format a config's `formats` globs route a file to, if any: the first format (in file order) with a matching glob. */
export function formatFromGlobs(config: LoadedConfig, filePath: string): FormatDecision | undefined {
  const match = config.path && firstMatch(config.formats, dirname(config.path), filePath);
  return match ? { format: match.key as FormatId, reason: `formats.${match.key} glob '${match.glob}' in ${config.path}` } : undefined;
}

const matchers = new Map<string, (path: string) => boolean>();

function matcherFor(pattern: string): (path: string) => boolean {
  let matches = matchers.get(pattern);
  if (!matches) matchers.set(pattern, (matches = picomatch(pattern, { dot: true })));
  return matches;
}

/** The first key (in order) with a glob, relative to `base`, that matches the file; compiled globs are cached. */
function firstMatch(
  globsByKey: Readonly<Record<string, readonly string[] | undefined>>,
  base: string,
  filePath: string,
): { key: string; glob: string } | undefined {
  const relativePath = relative(base, filePath).split(sep).join('/');
  for (const [key, globs] of Object.entries(globsByKey)) {
    const glob = globs?.find((pattern) => matcherFor(pattern)(relativePath));
    if (glob) return { key, glob };
  }
  return undefined;
}

/** The kind the first matching glob gives a file (replies first), globs relative to `base`. */
export function kindFromGlobList(
  kinds: { reply: readonly string[]; article: readonly string[] },
  base: string,
  filePath: string,
  reason: (kind: 'reply' | 'article', glob: string) => string,
): KindDecision | undefined {
  const match = firstMatch({ reply: kinds.reply, article: kinds.article }, base, filePath);
  return match ? { kind: match.key as 'reply' | 'article', reason: reason(match.key as 'reply' | 'article', match.glob) } : undefined;
}
