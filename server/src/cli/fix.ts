import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { createChecker } from '../api';
import { fixAll } from '../engine/edits';
import type { FileResult } from './checkFiles';

export type FixOutcome = { status: 'fixed'; text: string } | { status: 'unchanged' } | { status: 'skipped'; reason: string };

/** The text after every safe fix, re-checking between passes like the editor's fix-all. */
export function fixedText(file: FileResult): string {
  return fixAll(file.text, (text) => createChecker().check(text, file.options).findings);
}

/** A unified diff of what `--fix` would change (`--fix-dry-run`); empty when nothing would. */
export function fixDiff(file: FileResult): string {
  const after = fixedText(file);
  return after === file.text ? '' : createTwoFilesPatch(`a/${file.path}`, `b/${file.path}`, file.text, after, '', '', { context: 3 });
}

/**
 * Writes the fixed text atomically: a temporary file beside the original, with its mode, then a
 * rename over it. The byte-order mark is kept; line endings are untouched because fixes never
 * edit them. A file that changed on disk since it was read is left alone and reported.
 */
export function writeFix(file: FileResult, originalBytes: Buffer): FixOutcome {
  const after = fixedText(file);
  if (after === file.text) return { status: 'unchanged' };
  const current = readFileSync(file.path);
  if (!current.equals(originalBytes)) return { status: 'skipped', reason: 'it changed on disk while it was being checked' };
  const bom = originalBytes[0] === 0xef && originalBytes[1] === 0xbb && originalBytes[2] === 0xbf ? '\uFEFF' : '';
  const temporary = join(dirname(file.path), `.${basename(file.path)}.${randomBytes(6).toString('hex')}.support-tone-tmp`);
  try {
    writeFileSync(temporary, bom + after, { flag: 'wx', mode: statSync(file.path).mode });
    chmodSync(temporary, statSync(file.path).mode);
    if (!readFileSync(file.path).equals(originalBytes)) {
      unlinkSync(temporary);
      return { status: 'skipped', reason: 'it changed on disk while it was being fixed' };
    }
    renameSync(temporary, file.path);
    return { status: 'fixed', text: after };
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was written, or the rename already moved it.
    }
    throw error;
  }
}
