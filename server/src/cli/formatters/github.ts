import type { Severity } from '../../engine/model';
import { NOT_CHECKED, baselineTag, findingsOf, oneBased, skippedFilesOf } from './shared';
import type { WholeReportFormatter } from './index';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** Escapes a workflow command's message, as the Actions runner expects (`%`, CR, LF). */
export function escapeGithubData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a workflow command property value: the message escapes plus `:` and `,`, which end a property. */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/**
 * GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` annotation per
 * finding, with 1-based lines and columns (UTF-16 code units, like the JSON report), and a
 * `::notice` on each file that was not checked. Nothing else is printed: config problems go to
 * stderr as with every format.
 */
export const githubFormatter: WholeReportFormatter = {
  end(report) {
    const lines: string[] = [];
    for (const { file, finding } of findingsOf(report)) {
      const { start, end } = oneBased(finding.range);
      // GitHub accepts columns only when the annotation starts and ends on the same line.
      const columns =
        start.line === end.line
          ? [
              ['col', String(start.column)],
              ['endColumn', String(end.column)],
            ]
          : [];
      const properties = [
        ['file', file.path],
        ['line', String(start.line)],
        ['endLine', String(end.line)],
        ...columns,
        ['title', `${finding.ruleId}${baselineTag(finding)}`],
      ].map(([name, value]) => `${name}=${escapeGithubProperty(value)}`);
      lines.push(`::${COMMAND[finding.severity]} ${properties.join(',')}::${escapeGithubData(finding.message)}`);
    }
    for (const { file, reason } of skippedFilesOf(report))
      lines.push(`::notice file=${escapeGithubProperty(file.path)},title=${NOT_CHECKED}::${escapeGithubData(reason)}`);
    return lines.map((line) => `${line}\n`).join('');
  },
};
