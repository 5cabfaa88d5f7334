import { dirname, join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { KindDecision, LanguageDecision } from '../engine/model';
import type { ConfigHost } from './host';
import { parseConfig, type ConfigProblem, type ParsedConfig } from './parseConfig';

export const CONFIG_FILE_NAME = '.support-tone.json';

/** A config file found on disk, parsed. */
export interface LoadedConfig extends ParsedConfig {
  /** Absolute path of the config file; undefined when none was found. */
  path?: string;
}

/** What applies where no config file is found. */
export const NO_CONFIG: LoadedConfig = { settings: {}, kinds: { reply: [], article: [] }, languages: {}, problems: [] };

/** Reads and parses a config file. Unreadable files become a problem, not an exception. */
export function readConfigFile(path: string, host: ConfigHost): LoadedConfig {
  let text: string;
  try {
    text = host.readFile(path);
  } catch (error) {
    const problem: ConfigProblem = {
      file: path,
      start: 0,
      end: 0,
      line: 1,
      column: 1,
      message: `Cannot read the config file: ${(error as Error).message}. Using default settings.`,
    };
    return { ...NO_CONFIG, path, problems: [problem] };
  }
  return { ...parseConfig(text, path), path };
}

/** Finds and reads config files, once per file per run. */
export class ConfigResolver {
  private readonly byFolder = new Map<string, LoadedConfig>();
  private readonly byFile = new Map<string, LoadedConfig>();

  constructor(private readonly host: ConfigHost) {}

  /** The config that applies to a document in `folder`. */
  forFolder(folder: string): LoadedConfig {
    let config = this.byFolder.get(folder);
    if (!config) {
      const path = this.host.findNearest(folder);
      config = path ? this.read(path) : NO_CONFIG;
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
      config = readConfigFile(path, this.host);
      this.byFile.set(path, config);
    }
    return config;
  }

  /** Every problem of every config file read so far. */
  problems(): ConfigProblem[] {
    return [...this.byFile.values()].flatMap((config) => config.problems);
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
  if (!config.path) return undefined;
  const relativePath = relative(dirname(config.path), filePath).split(sep).join('/');
  for (const [language, globs] of Object.entries(config.languages)) {
    const glob = globs.find((pattern) => matcherFor(pattern)(relativePath));
    if (glob) return { language, reason: `language.${language} glob '${glob}' in ${config.path}` };
  }
  return undefined;
}

const matchers = new Map<string, (path: string) => boolean>();

function matcherFor(pattern: string): (path: string) => boolean {
  let matches = matchers.get(pattern);
  if (!matches) matchers.set(pattern, (matches = picomatch(pattern, { dot: true })));
  return matches;
}

/** The kind the first matching glob gives a file, globs relative to `base`; compiled globs are cached. */
export function kindFromGlobList(
  kinds: { reply: readonly string[]; article: readonly string[] },
  base: string,
  filePath: string,
  reason: (kind: 'reply' | 'article', glob: string) => string,
): KindDecision | undefined {
  const relativePath = relative(base, filePath).split(sep).join('/');
  for (const kind of ['reply', 'article'] as const) {
    const glob = kinds[kind].find((pattern) => matcherFor(pattern)(relativePath));
    if (glob) return { kind, reason: reason(kind, glob) };
  }
  return undefined;
}
