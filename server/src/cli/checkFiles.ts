import { dirname, resolve } from 'node:path';
import { createChecker } from '../api';
import { ConfigResolver, kindFromGlobs, languageFromGlobs } from '../config/loadConfig';
import { nodeConfigHost } from '../config/nodeHost';
import { mergeSettings, type ConfigProblem } from '../config/parseConfig';
import type { CheckOptions, ToneChecker } from '../engine/checker';
import type { ToneSettings } from '../engine/settings';
import type { CheckResult, DocumentKind } from '../engine/model';
import { formatOf, resolveInputs, shardOf } from './files';
import { readText } from './io';

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
}

/** One checked file: the engine's result, the text it was computed on, and how. */
export interface FileResult {
  path: string;
  text: string;
  result: CheckResult;
  options: CheckOptions;
  /** Mistakes in the config file used for this file. */
  configProblems: ConfigProblem[];
}

/** The files to check for some inputs (default: the current folder), with `--kind`, `--config` and `--shard` applied. */
export async function tasksFor(
  inputs: readonly string[],
  options: { kind?: DocumentKind; lang?: string; config?: string; shard?: { index: number; count: number } },
): Promise<FileTask[]> {
  let paths = await resolveInputs(inputs.length > 0 ? inputs : ['.']);
  if (options.shard) paths = shardOf(paths, options.shard);
  return paths.map((path) => ({ path, kind: options.kind, language: options.lang, configPath: options.config }));
}

/** Checks files one by one with one engine and one config cache (one per thread). */
export class FileChecker {
  readonly configs = new ConfigResolver(nodeConfigHost);
  private readonly checker: ToneChecker = createChecker();
  private readonly settings = new Map<string, ToneSettings>();

  check(task: FileTask): FileResult {
    const absolute = resolve(task.path);
    const config = task.configPath ? this.configs.read(resolve(task.configPath)) : this.configs.forFolder(dirname(absolute));
    const key = config.path ?? '';
    let settings = this.settings.get(key);
    if (!settings) this.settings.set(key, (settings = mergeSettings(config.settings)));
    const kind = task.kind ? { kind: task.kind, reason: `--kind ${task.kind}` } : kindFromGlobs(config, absolute);
    const language = task.language ? { language: task.language, reason: `--lang ${task.language}` } : languageFromGlobs(config, absolute);
    const options: CheckOptions = { format: formatOf(task.path), settings, kind, language, fileName: task.path };
    const text = task.text ?? readText(task.path).text;
    return { path: task.path, text, result: this.checker.check(text, options), options, configProblems: config.problems };
  }
}
