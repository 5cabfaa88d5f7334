import { IntlMessageFormat } from 'intl-messageformat';
import { describeCounts, listUnits, SHORT_SEVERITIES, type Severity } from '../../server/src/shared/presentation';

/**
 * The status bar's count words, as `vscode.l10n` gives them: an ICU plural message for each counted
 * severity, so a translation gives every form its language has
 * (`{count, plural, one {# błąd} few {# błędy} many {# błędów} other {# błędu}}`), and the words for none.
 */
export type StatusCountMessages = Record<(typeof SHORT_SEVERITIES)[number] | 'none', string>;

/** Counts in the status bar's language, most severe first and listed as that language lists units: "1 error, 2 warnings". */
export function statusCounts(counts: Record<Severity, number>, messages: StatusCountMessages, language: string): string {
  return describeCounts(counts, {
    severities: SHORT_SEVERITIES,
    count: (severity, count) => String(new IntlMessageFormat(messages[severity], language).format({ count })),
    join: (parts) => listUnits(parts, language),
    none: messages.none,
  });
}
