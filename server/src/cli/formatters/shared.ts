import type { RuleMeta } from '../../engine/rule';
import type { Severity } from '../../engine/model';
import type { Range } from '../../engine/lineIndex';
import type { JsonFile, JsonFinding, JsonReport } from '../report';

/** The home page every format links the tool to. */
export const TOOL_URL = 'https://github.com/support-tone/support-tone';

/** A 1-based line and column; columns still count UTF-16 code units, like the LSP ranges they come from. */
export interface OneBasedPosition {
  line: number;
  column: number;
}

/** Converts a 0-based LSP range to 1-based lines and columns (the end stays exclusive). */
export function oneBased(range: Range): { start: OneBasedPosition; end: OneBasedPosition } {
  return {
    start: { line: range.start.line + 1, column: range.start.character + 1 },
    end: { line: range.end.line + 1, column: range.end.character + 1 },
  };
}

/** Error and warning findings fail a check; info and hint findings are notes. */
export function isFailure(severity: Severity): boolean {
  return severity === 'error' || severity === 'warning';
}

/** Every finding of the report with its file and its index in the file, in report order (files, then position). */
export function* findingsOf(report: JsonReport): Generator<{ file: JsonFile; finding: JsonFinding; index: number }> {
  for (const file of report.files) {
    for (const [index, finding] of file.findings.entries()) yield { file, finding, index };
  }
}

/**
 * The code a file that was not checked (no prose, too large, binary) is reported under, in the formats that carry one
 * note per file: so a CI log never shows such a file as clean.
 */
export const NOT_CHECKED = 'not-checked';

/** The files that were not checked, with why. */
export const skippedFilesOf = (report: JsonReport) =>
  report.files.flatMap((file) => (file.skipped ? [{ file, reason: file.skipped }] : []));

/** ` (new)` after a finding a baseline did not have; nothing otherwise. */
export function baselineTag(finding: Pick<JsonFinding, 'baseline'>): string {
  return finding.baseline === 'new' ? ' (new)' : '';
}

/** The fixes a tool may apply without the writer choosing words (no placeholder, no new sentence). */
export function safeFixesOf(finding: JsonFinding): JsonFinding['fixes'] {
  return finding.fixes.filter((fix) => fix.safe);
}

/** Looks up rule metadata by id; ids the context does not know (a newer report) give `undefined`. */
export function ruleLookup(rules: readonly RuleMeta[]): (ruleId: string) => RuleMeta | undefined {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  return (ruleId) => byId.get(ruleId);
}

/** Findings per severity. */
export function countBySeverity(findings: Iterable<Pick<JsonFinding, 'severity'>>): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** Totals per severity over the whole report. */
export function severityTotals(report: JsonReport): Record<Severity, number> {
  return countBySeverity(report.files.flatMap((file) => file.findings));
}

/** `1 error`, `3 warnings`: a count with its noun, plural when needed. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A report path as a relative URI reference: forward slashes, each segment percent-encoded. */
export function pathToUriReference(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
