import { dirname, resolve } from 'node:path';
import { createChecker, DEFAULT_PACK } from '../api';
import { ConfigResolver, formatFromGlobs, kindFromGlobs, languageFromGlobs, type LoadedConfig } from '../config/loadConfig';
import { nodeConfigHost } from '../config/nodeHost';
import { mergeSettings, type ConfigProblem } from '../config/parseConfig';
import type { CheckOptions, ToneChecker } from '../engine/checker';
import type { Rule } from '../engine/rule';
import type { ToneSettings } from '../engine/settings';
import type { CheckResult, DocumentKind } from '../engine/model';
import { formatOf, resolveInputs, shardOf } from './files';
import { readText } from './io';
import { CodeOwners, ownedBy, ownersEntry } from './owners';
import type { Run } from './run';

/** One file to check: the unit of work of the CLI, in the main thread or a worker. */
export interface FileTask {
  path: string;
  /** `--kind`. */
  kind?: DocumentKind;
  /** `--lang`: a language code every draft is checked in. */
  language?: string;
  /** `--config`: one config file for every input instead of the nearest one. */
  configPath?: string;
  /** Text to check instead of reading the file (`--stdin`). */
  text?: string;
  /**
   * The file's owners from CODEOWNERS, looked up once on the main thread: worker threads then write
   * them into the report entries they serialize, so CODEOWNERS keeps the JSON fast path.
   */
  owners?: string[];
}

/** One checked file: the engine's result, the text it was computed on, and how. */
export interface FileResult {
  path: string;
  text: string;
  result: CheckResult;
  options: CheckOptions;
  /** Mistakes in the config file used for this file. */
  configProblems: ConfigProblem[];
  /** The rules it was checked with: the shipped ones, and the team's from its config. */
  rules: readonly Rule[];
  /** The task's owners from CODEOWNERS. */
  owners?: string[];
}

/** The files to check for some inputs (default: the current folder), with `--kind`, `--config`, `--shard` and `--owner` applied. */
export async function tasksFor(
  inputs: readonly string[],
  options: { kind?: DocumentKind; lang?: string; config?: string; shard?: { index: number; count: number }; owner?: string },
): Promise<FileTask[]> {
  const configs = new ConfigResolver(nodeConfigHost, DEFAULT_PACK);
  const configOf = (path: string) => (options.config ? configs.read(resolve(options.config)) : configs.forFile(resolve(path)));
  let paths = await resolveInputs(
    inputs.length > 0 ? inputs : ['.'],
    (path) => formatFromGlobs(configOf(path), resolve(path)) !== undefined,
  );
  if (options.shard) paths = shardOf(paths, options.shard);
  const codeOwners = CodeOwners.load();
  const tasks = paths.map((path) => ({
    path,
    kind: options.kind,
    language: options.lang,
    configPath: options.config,
    ...ownersEntry(codeOwners, path),
  }));
  return options.owner ? ownedBy(options.owner, tasks, codeOwners) : tasks;
}

/**
 * The run with the team rules of the configs the tasks use, so formatters know their metadata
 * (SARIF rule descriptors, docs links) as they know the shipped rules'.
 */
export function withTeamRules(run: Run, tasks: readonly FileTask[]): Run {
  const configs = new ConfigResolver(nodeConfigHost, DEFAULT_PACK);
  const team = new Map<string, Rule>();
  for (const task of tasks) {
    const config = task.configPath ? configs.read(resolve(task.configPath)) : configs.forFile(resolve(task.path));
    for (const { rule } of config.teamRules) if (!team.has(rule.id)) team.set(rule.id, rule);
  }
  return team.size === 0 ? run : { ...run, rules: [...run.rules, ...team.values()] };
}

/** The format a file is read in: the one a config's `formats` glob routes it to, else the one of its extension. */
function formatFor(config: LoadedConfig, absolute: string, path: string): Pick<CheckOptions, 'format' | 'formatReason'> {
  const routed = formatFromGlobs(config, absolute);
  return routed ? { format: routed.format, formatReason: routed.reason } : { format: formatOf(path) };
}

/** Checks files one by one with one engine and one config cache (one per thread). */
export class FileChecker {
  readonly configs = new ConfigResolver(nodeConfigHost, DEFAULT_PACK);
  /** One engine per rule set: the shipped rules, or with a config's team rules. */
  private readonly checkers = new Map<readonly Rule[], ToneChecker>();
  private readonly settings = new Map<string, ToneSettings>();

  check(task: FileTask): FileResult {
    const absolute = resolve(task.path);
    const config = task.configPath ? this.configs.read(resolve(task.configPath)) : this.configs.forFolder(dirname(absolute));
    const key = config.path ?? '';
    let settings = this.settings.get(key);
    if (!settings) this.settings.set(key, (settings = mergeSettings(config.settings)));
    const kind = task.kind ? { kind: task.kind, reason: `--kind ${task.kind}` } : kindFromGlobs(config, absolute);
    const language = task.language ? { language: task.language, reason: `--lang ${task.language}` } : languageFromGlobs(config, absolute);
    const options: CheckOptions = { ...formatFor(config, absolute, task.path), settings, kind, language, fileName: task.path };
    const text = task.text ?? readText(task.path);
    let checker = this.checkers.get(config.rules);
    if (!checker) this.checkers.set(config.rules, (checker = createChecker(config.rules)));
    const result = checker.check(text, options);
    return { path: task.path, text, result, options, configProblems: config.problems, rules: config.rules, owners: task.owners };
  }
}
