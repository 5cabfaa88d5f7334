import { resolve } from 'node:path';
import { git } from './git';
import { withFindings } from './filters';
import type { JsonFile } from './report';

/** Lines (0-based) changed since a git ref, per absolute path; `'all'` for files git did not have. */
export type ChangedLines = Map<string, Set<number> | 'all'>;

/** What changed since `ref` in the working tree: diff hunks of tracked files, and untracked files whole. */
export function changedSince(ref: string): ChangedLines {
  const root = git(['rev-parse', '--show-toplevel']).trim();
  const changed: ChangedLines = new Map();
  let current: Set<number> | undefined;
  for (const line of git(['diff', '--unified=0', '--no-color', '--no-ext-diff', '--relative=', ref, '--']).split('\n')) {
    const file = /^\+\+\+ b\/(.*)$/.exec(line);
    if (file) {
      current = new Set();
      changed.set(resolve(root, file[1]), current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let offset = 0; offset < count; offset++) current.add(start - 1 + offset);
      // A pure deletion marks the line after it, so a draft that lost text counts as changed.
      if (count === 0) current.add(start);
    }
  }
  for (const file of git(['ls-files', '--others', '--exclude-standard', '--full-name']).split('\n').filter(Boolean))
    changed.set(resolve(root, file), 'all');
  return changed;
}

/**
 * Keeps the findings on changed lines. Draft checks (a missing apology, say) are kept only for
 * drafts with a changed line; a headline is kept for every draft.
 */
export function onlyChanged(file: JsonFile, changed: Set<number> | 'all', isDraftCheck: (ruleId: string) => boolean): JsonFile {
  if (changed === 'all') return file;
  const draftChanged = file.drafts.map((draft) =>
    [...changed].some((line) => line >= draft.range.start.line && line <= draft.range.end.line),
  );
  const findings = file.findings.filter((finding) =>
    isDraftCheck(finding.ruleId)
      ? draftChanged[finding.draft]
      : changed.has(finding.range.start.line) || changed.has(finding.range.end.line),
  );
  return withFindings(file, findings);
}
