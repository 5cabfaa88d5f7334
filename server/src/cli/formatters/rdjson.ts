import type { Range } from '../../engine/lineIndex';
import type { Severity } from '../../engine/model';
import { NOT_CHECKED, TOOL_URL, baselineTag, findingsOf, oneBased, safeFixesOf, skippedFilesOf } from './shared';
import type { WholeReportFormatter } from './index';

const SEVERITY: Record<Severity, 'ERROR' | 'WARNING' | 'INFO'> = { error: 'ERROR', warning: 'WARNING', info: 'INFO', hint: 'INFO' };

/**
 * An rdjson range: 1-based lines and columns, end exclusive. reviewdog's `rdf.proto` counts
 * columns in UTF-8 bytes, but the JSON report carries only UTF-16 columns (not the line's text),
 * so columns here are UTF-16 code units + 1. Both agree while the line is ASCII up to the column.
 */
function rdRange(range: Range) {
  return oneBased(range);
}

/**
 * reviewdog Diagnostic Format (`rdjson`, a `DiagnosticResult`): one diagnostic per finding,
 * with the rule as `code` and the edits of the first safe fix as `suggestions` (they form one
 * change; a second, alternative fix would overlap it). A file that was not checked gets one
 * `INFO` diagnostic without a range, saying why.
 */
export const rdjsonFormatter: WholeReportFormatter = {
  end(report, context) {
    const docs = new Map(context.rules.map((rule) => [rule.id, rule.docs]));
    const diagnostics = [...findingsOf(report)].map(({ file, finding }) => {
      const url = docs.get(finding.ruleId);
      const [fix] = safeFixesOf(finding);
      return {
        message: `${finding.message}${baselineTag(finding)}`,
        location: { path: file.path, range: rdRange(finding.range) },
        severity: SEVERITY[finding.severity],
        code: { value: finding.ruleId, ...(url ? { url } : {}) },
        ...(fix ? { suggestions: fix.edits.map((edit) => ({ range: rdRange(edit.range), text: edit.newText })) } : {}),
      };
    });
    const notChecked = skippedFilesOf(report).map(({ file, reason }) => ({
      message: reason,
      location: { path: file.path },
      severity: 'INFO',
      code: { value: NOT_CHECKED },
    }));
    const result = { source: { name: 'support-tone', url: TOOL_URL }, diagnostics: [...diagnostics, ...notChecked] };
    return `${JSON.stringify(result, null, 2)}\n`;
  },
};
