import { readFileSync } from 'node:fs';
import { createTwoFilesPatch } from 'diff';
import { createChecker } from '../api';
import { fixAll } from '../engine/edits';
import type { FileResult } from './checkFiles';
import { hasBom, writeAtomically } from './io';

export type FixOutcome = { status: 'fixed'; text: string } | { status: 'unchanged' } | { status: 'skipped'; reason: string };

/** The text after every safe fix, re-checking between passes like the editor's fix-all. */
export function fixedText(file: FileResult): string {
  return fixAll(file.text, (text) => createChecker(file.rules).check(text, file.options).findings);
}

/** A unified diff of what `--fix` would change (`--fix-dry-run`); empty when nothing would. */
export function fixDiff(file: FileResult): string {
  const after = fixedText(file);
  return after === file.text ? '' : createTwoFilesPatch(`a/${file.path}`, `b/${file.path}`, file.text, after, '', '', { context: 3 });
}

/**
 * Writes the fixed text atomically (see `writeAtomically`). The byte-order mark is kept; line
 * endings are untouched because fixes never edit them. A file that changed on disk since it was
 * read is left alone and reported.
 */
export function writeFix(file: FileResult, originalBytes: Buffer): FixOutcome {
  const after = fixedText(file);
  if (after === file.text) return { status: 'unchanged' };
  const unchangedOnDisk = () => readFileSync(file.path).equals(originalBytes);
  if (!unchangedOnDisk()) return { status: 'skipped', reason: 'it changed on disk while it was being checked' };
  const written = writeAtomically(file.path, (hasBom(originalBytes) ? '\uFEFF' : '') + after, unchangedOnDisk);
  return written ? { status: 'fixed', text: after } : { status: 'skipped', reason: 'it changed on disk while it was being fixed' };
}
