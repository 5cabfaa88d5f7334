import type { LineIndex } from '../engine/lineIndex';
import type { CheckResult, Severity } from '../engine/model';
import type { DraftHeadline, HeadlinesResult } from '../protocol';

/** The headline data of a checked document, with LSP ranges. */
export function toHeadlines(uri: string, version: number, result: CheckResult, lines: LineIndex, companyName: string): HeadlinesResult {
  return {
    uri,
    version,
    kind: result.kind,
    kindReason: result.reason,
    companyName,
    ...(result.skipped ? { skipped: result.skipped } : {}),
    drafts: result.drafts.map((draft, index): DraftHeadline => {
      const start = lines.positionAt(draft.start);
      return {
        range: lines.rangeOf(draft),
        lensRange: { start: { line: start.line, character: 0 }, end: { line: start.line, character: 0 } },
        ...(draft.title ? { title: draft.title } : {}),
        headline: draft.headline,
        findingCounts: draft.findingCounts,
        findings: result.findings
          .filter((finding) => finding.draft === index)
          .map(({ ruleId, severity, message }) => ({ ruleId, severity, message })),
        ...(draft.quoted ? { quoted: { range: lines.rangeOf(draft.quoted), text: draft.quoted.text } } : {}),
      };
    }),
  };
}

const COUNT_WORDS: [Severity, string, string][] = [
  ['error', 'error', 'errors'],
  ['warning', 'warning', 'warnings'],
  ['info', 'note', 'notes'],
];

/** "2 errors, 1 warning" — or "no findings". */
export function countSummary(counts: Record<Severity, number>): string {
  const parts = COUNT_WORDS.filter(([severity]) => counts[severity] > 0).map(
    ([severity, one, many]) => `${counts[severity]} ${counts[severity] === 1 ? one : many}`,
  );
  return parts.length > 0 ? parts.join(', ') : 'no findings';
}

/** The CodeLens title: the headline and a short count of findings. */
export function lensTitle(draft: Pick<DraftHeadline, 'headline' | 'findingCounts'>): string {
  return `📰 ${draft.headline} · ${countSummary(draft.findingCounts)}`;
}
