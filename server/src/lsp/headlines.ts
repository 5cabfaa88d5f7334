import type { LineIndex } from '../engine/lineIndex';
import type { CheckResult } from '../engine/model';
import type { Messages } from '../engine/pack';
import type { RuleMeta } from '../engine/rule';
import type { DraftHeadline, HeadlinesResult } from '../shared/protocol';

/** How each draft's findings are named and counted in the draft's language. */
export interface DraftWording {
  /** The rule that explains a finding in a draft of a language (its `label` names the problem). */
  ruleOf(language: string, ruleId: string): RuleMeta | undefined;
  /**
   * The language a draft's (or a document's) headline, labels and counts are written in: its pack's, else the
   * default pack's; with how that language counts findings and labels the front-page preview.
   */
  wordsOf(language: string): { language: string } & Pick<Messages, 'counts' | 'preview'>;
}

/** The headline data of a checked document, with LSP ranges. */
export function toHeadlines(
  uri: string,
  version: number,
  result: CheckResult,
  lines: LineIndex,
  companyName: string,
  wording: DraftWording,
): HeadlinesResult {
  const page = wording.wordsOf(result.language.language);
  return {
    uri,
    version,
    kind: result.kind,
    kindReason: result.reason,
    language: result.language.language,
    languageReason: result.language.reason,
    wordedIn: page.language,
    preview: page.preview,
    companyName,
    ...(result.skipped ? { skipped: result.skipped } : {}),
    drafts: result.drafts.map((draft, index): DraftHeadline => {
      const start = lines.positionAt(draft.start);
      const { language } = draft.language;
      const words = wording.wordsOf(language);
      return {
        range: lines.rangeOf(draft),
        lensRange: { start: { line: start.line, character: 0 }, end: { line: start.line, character: 0 } },
        ...(draft.title ? { title: draft.title } : {}),
        headline: draft.headline,
        language,
        wordedIn: words.language,
        counts: words.counts,
        preview: words.preview,
        findingCounts: draft.findingCounts,
        findings: result.findings
          .filter((finding) => finding.draft === index)
          .map(({ ruleId, severity, message }) => ({
            ruleId,
            label: wording.ruleOf(language, ruleId)?.label ?? ruleId,
            severity,
            message,
          })),
        ...(draft.quoted ? { quoted: { range: lines.rangeOf(draft.quoted), text: draft.quoted.text } } : {}),
      };
    }),
  };
}
