import type { Finding, Fix, TextEdit } from './model';

export interface AppliedEdits {
  text: string;
  /** Fixes left out because an edit overlapped one already applied. */
  skipped: Fix[];
}

/**
 * Applies fixes to a text as one change. Each fix is all-or-nothing; a fix that overlaps one
 * applied before it (in document order) is skipped. Offsets refer to the original text.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): AppliedEdits {
  const ordered = [...fixes].sort((a, b) => firstStart(a) - firstStart(b));
  const accepted: TextEdit[] = [];
  const skipped: Fix[] = [];
  for (const fix of ordered) {
    const overlaps = fix.edits.some((edit) => accepted.some((other) => editsCollide(edit, other)));
    if (overlaps) skipped.push(fix);
    else accepted.push(...fix.edits);
  }
  let result = text;
  for (const edit of accepted.sort((a, b) => b.start - a.start || b.end - a.end)) {
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  }
  return { text: result, skipped };
}

/** Two edits collide when their ranges overlap, or when both insert at the same offset (their order would be arbitrary). */
function editsCollide(a: TextEdit, b: TextEdit): boolean {
  const bothInsertAtSamePlace = a.start === a.end && b.start === b.end && a.start === b.start;
  return (a.start < b.end && b.start < a.end) || bothInsertAtSamePlace;
}

function firstStart(fix: Fix): number {
  return Math.min(...fix.edits.map((edit) => edit.start));
}

/** The fixes fix-all applies: the first safe fix of each finding. */
export function safeFixes(findings: readonly Finding[]): Fix[] {
  return findings.flatMap((finding) => finding.fixes.find((fix) => fix.safe) ?? []);
}

/** Applies safe fixes and re-checks until nothing changes (bounded), as `--fix` and fix-all do. */
export function fixAll(text: string, check: (text: string) => readonly Finding[], maxPasses = 10): string {
  let current = text;
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = safeFixes(check(current));
    if (fixes.length === 0) break;
    const next = applyFixes(current, fixes).text;
    if (next === current) break;
    current = next;
  }
  return current;
}
