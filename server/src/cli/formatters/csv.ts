import type { StreamedFormatter } from './index';
import { NOT_CHECKED } from './shared';

/** The columns of `--format csv` and of the review page's CSV download, in order. */
export const CSV_COLUMNS = ['path', 'line', 'column', 'severity', 'rule', 'message', 'text', 'kind', 'owners', 'baseline'] as const;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break. Text from the
 * documents that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a
 * leading `'`, so opening the file never runs anything.
 */
export function csvCell(value: string, fromDocument = false): string {
  const safe = fromDocument && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * `--format csv`: one row per finding, for spreadsheets; lines and columns are 1-based. A file that was not checked is
 * one `info` row under `not-checked`, with no line, saying why.
 */
export const csvFormatter: StreamedFormatter = {
  begin: () => `${CSV_COLUMNS.join(',')}\r\n`,
  file: (file) =>
    file.skipped
      ? [
          csvCell(file.path, true),
          '',
          '',
          'info',
          NOT_CHECKED,
          csvCell(file.skipped),
          '',
          csvCell(file.kind),
          csvCell((file.owners ?? []).join(' ')),
          '',
        ].join(',') + '\r\n'
      : file.findings
          .map(
            (finding) =>
              [
                csvCell(file.path, true),
                String(finding.range.start.line + 1),
                String(finding.range.start.character + 1),
                finding.severity,
                csvCell(finding.ruleId),
                csvCell(finding.message, true),
                csvCell(finding.text.replace(/\s+/g, ' ').trim(), true),
                csvCell(file.kind),
                csvCell((file.owners ?? []).join(' ')),
                finding.baseline ?? '',
              ].join(',') + '\r\n',
          )
          .join(''),
  end: () => '',
};
