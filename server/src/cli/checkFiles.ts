import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createChecker } from '../api';
import { kindFromGlobs, type ConfigResolver } from '../config/loadConfig';
import { mergeSettings } from '../config/parseConfig';
import type { CheckResult, DocumentKind } from '../engine/types';
import { formatOf } from './files';

/** One checked file: the engine's result plus the text it was computed on. */
export interface FileResult {
  path: string;
  text: string;
  result: CheckResult;
}

export interface CheckFilesOptions {
  kind?: DocumentKind;
  configs: ConfigResolver;
  /** An explicit `--config` file used for every input instead of the nearest one. */
  configPath?: string;
}

/** Reads a file as editors show it: UTF-8 (invalid bytes become U+FFFD), without a byte-order mark. */
function readText(path: string): string {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

/** Checks files one by one with the shared engine, using each file's nearest config. */
export function* checkFiles(paths: readonly string[], options: CheckFilesOptions): Generator<FileResult> {
  const checker = createChecker();
  const settingsByConfig = new Map<string, ReturnType<typeof mergeSettings>>();
  for (const path of paths) {
    const absolute = resolve(path);
    const config = options.configPath ? options.configs.read(resolve(options.configPath)) : options.configs.forFolder(dirname(absolute));
    const key = config.path ?? '';
    let settings = settingsByConfig.get(key);
    if (!settings) settingsByConfig.set(key, (settings = mergeSettings(config.settings)));
    const text = readText(path);
    const kind = options.kind ? { kind: options.kind, reason: `--kind ${options.kind}` } : kindFromGlobs(config, absolute);
    yield { path, text, result: checker.check(text, { format: formatOf(path), settings, kind, fileName: path }) };
  }
}
