import { escapeHtml } from '../../shared/presentation';
import type { Severity } from '../../engine/model';
import type { JsonFile, JsonFinding } from '../report';
import { addBaselineCounts, type BaselineCounts } from '../baseline';
import { countBySeverity, findingsOf, oneBased, pathToUriReference, plural, ruleLookup, severityTotals } from './shared';
import type { WholeReportFormatter } from './index';

const MAX_HEADLINES = 5;
const SEVERITY_LABEL: Record<Severity, string> = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info', hint: '💡 hint' };

/** Escapes text for inline Markdown, table cells included (`|`), and GitHub's `$` math; line breaks become spaces. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/[\\`*_[\]<>|~&$]/g, '\\$&');
}

/** A code span that survives backticks in the text: the fence is longer than any backtick run inside. */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r?\n|\r/g, ' ');
  const fence = '`'.repeat(Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const padded = /^`|`$/.test(flat) || /^ .* $/.test(flat) ? ` ${flat} ` : flat;
  return `${fence}${padded}${fence}`;
}

/** A link to a line of a file, relative to where the comment's links resolve. */
function lineLink(file: JsonFile, line: number, text = `${file.path}#L${line}`): string {
  return `[${escapeMarkdown(text)}](${pathToUriReference(file.path)}#L${line})`;
}

/** `1 error, 3 warnings, 2 notes`, leaving out zero counts; info and hint findings are notes. */
function countsText(findings: readonly JsonFinding[]): string {
  const count = (...severities: Severity[]) => findings.filter((finding) => severities.includes(finding.severity)).length;
  const parts = [plural(count('error'), 'error'), plural(count('warning'), 'warning'), plural(count('info', 'hint'), 'note')];
  return parts.filter((part) => !part.startsWith('0 ')).join(', ') || 'no findings';
}

/**
 * Files and findings per CODEOWNERS owner (a file with two owners counts for both), worst first, unowned files last;
 * nothing without CODEOWNERS.
 */
function ownerTable(files: readonly JsonFile[]): string[] {
  if (!files.some((file) => file.owners)) return [];
  const NONE = '(no owner)';
  const rows = new Map<string, { files: number; findings: JsonFinding[] }>();
  for (const file of files) {
    for (const owner of file.owners ?? [NONE]) {
      const row = rows.get(owner) ?? { files: 0, findings: [] };
      row.files++;
      row.findings.push(...file.findings);
      rows.set(owner, row);
    }
  }
  const counted = [...rows].map(([owner, row]) => ({ owner, files: row.files, counts: countBySeverity(row.findings) }));
  // Files without an owner come last, whatever their counts.
  const last = (row: { owner: string }) => (row.owner === NONE ? 1 : 0);
  counted.sort(
    (a, b) => last(a) - last(b) || b.counts.error - a.counts.error || b.counts.warning - a.counts.warning || (a.owner < b.owner ? -1 : 1),
  );
  return [
    '### By owner',
    '',
    '| Owner | Files | Errors | Warnings | Notes |',
    '|---|---:|---:|---:|---:|',
    ...counted.map(
      ({ owner, files: count, counts }) =>
        `| ${escapeMarkdown(owner)} | ${count} | ${counts.error} | ${counts.warning} | ${counts.info + counts.hint} |`,
    ),
    '',
  ];
}

/**
 * A pull-request comment: totals, findings per rule, the worst headlines and, per file, a
 * collapsible list of findings. Links are relative (`path#L3`); order follows the report.
 */
export const markdownFormatter: WholeReportFormatter = {
  end(report, context) {
    const rule = ruleLookup(context.rules);
    const totals = severityTotals(report);
    const drafts = report.files.reduce((sum, file) => sum + file.drafts.length, 0);
    const problems = [plural(totals.error, 'error'), plural(totals.warning, 'warning'), plural(totals.info + totals.hint, 'note')].join(
      ', ',
    );
    const out = [`## 📰 Support Tone: ${plural(report.files.length, 'file')}, ${plural(drafts, 'draft')} · ${problems}`, ''];
    const trend: BaselineCounts = { new: 0, unchanged: 0, fixed: 0 };
    for (const file of report.files) addBaselineCounts(trend, file);
    if (trend.new + trend.unchanged + trend.fixed > 0)
      out.push(`**Against the baseline:** ${trend.new} new, ${trend.unchanged} unchanged, ${trend.fixed} fixed.`, '');

    const byRule = new Map<string, number>();
    for (const { finding } of findingsOf(report)) byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
    // Most findings first; ties in registry order, then rules the context does not know, by id.
    const position = new Map(context.rules.map((meta, index) => [meta.id, index]));
    const ruleOrder = (id: string) => position.get(id) ?? context.rules.length;
    const ruleRows = [...byRule].sort(
      ([a, countA], [b, countB]) => countB - countA || ruleOrder(a) - ruleOrder(b) || (a < b ? -1 : a > b ? 1 : 0),
    );
    const skipped = report.files.filter((file) => file.skipped).map((file) => ({ path: file.path, reason: file.skipped! }));
    if (ruleRows.length === 0) out.push(`✔ No tone problems found${skipped.length > 0 ? ' in the files checked' : ''}.`, '');
    if (skipped.length > 0)
      out.push(
        `${plural(skipped.length, 'file')} not checked:`,
        ...skipped.map(({ path, reason }) => `- ${escapeMarkdown(path)}: ${escapeMarkdown(reason.replace(/^Not checked: /, ''))}`),
        '',
      );
    else {
      out.push('| Rule | Principle | Findings |', '|---|---|---:|');
      for (const [id, count] of ruleRows) {
        const meta = rule(id);
        out.push(`| ${meta ? `[${escapeMarkdown(id)}](${meta.docs})` : escapeMarkdown(id)} | ${meta ? meta.principle : '–'} | ${count} |`);
      }
      out.push('');
    }

    out.push(...ownerTable(report.files));

    // Only errors and warnings make news; ties keep report order (sort is stable).
    const newsworthy = report.files.flatMap((file) =>
      file.drafts.map((draft, index) => {
        const findings = file.findings.filter((finding) => finding.draft === index);
        const count = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;
        return { file, draft, findings, errors: count('error'), warnings: count('warning') };
      }),
    );
    const worst = newsworthy
      .filter((entry) => entry.errors + entry.warnings > 0)
      .sort((a, b) => b.errors - a.errors || b.warnings - a.warnings)
      .slice(0, MAX_HEADLINES);
    if (worst.length > 0) {
      out.push('### Worst headlines', '');
      for (const { file, draft, findings } of worst) {
        const title = draft.title ? ` · ${escapeMarkdown(draft.title)}` : '';
        out.push(
          `> 📰 ${escapeMarkdown(draft.headline)}\\`,
          `> ${lineLink(file, (draft.quoted?.range ?? draft.range).start.line + 1)}${title} · ${countsText(findings)}` +
            (draft.score === undefined ? '' : ` · score ${draft.score}`),
          '',
        );
      }
    }

    const withFindings = report.files.filter((file) => file.findings.length > 0 || (file.fixed?.length ?? 0) > 0);
    if (withFindings.length > 0) out.push('### Findings', '');
    for (const file of withFindings) {
      const score = file.score === undefined ? '' : ` · score ${file.score}`;
      out.push('<details>', `<summary><code>${escapeHtml(file.path)}</code> · ${countsText(file.findings)}${score}</summary>`, '');
      for (const finding of file.findings) {
        const { start } = oneBased(finding.range);
        const meta = rule(finding.ruleId);
        const ruleText = meta ? `[${escapeMarkdown(finding.ruleId)}](${meta.docs})` : escapeMarkdown(finding.ruleId);
        const flagged = finding.text ? ` ${codeSpan(finding.text)} —` : '';
        const state = finding.baseline === 'new' ? '🆕 ' : '';
        const where = lineLink(file, start.line, `L${start.line}:${start.column}`);
        out.push(`- ${state}${SEVERITY_LABEL[finding.severity]} ${where}${flagged} ${escapeMarkdown(finding.message)} (${ruleText})`);
      }
      for (const gone of file.fixed ?? [])
        out.push(
          `- ✅ fixed: ${escapeMarkdown(gone.ruleId)}${gone.text ? ` ${codeSpan(gone.text)}` : ''} (was line ${gone.range.start.line + 1})`,
        );
      out.push('', '</details>', '');
    }
    const clean = report.files.length - withFindings.length;
    if (clean > 0 && withFindings.length > 0) out.push(`✔ ${plural(clean, 'file')} without findings.`, '');

    if (report.configProblems.length > 0) {
      out.push('### Config problems', '');
      for (const problem of report.configProblems)
        out.push(`- ${codeSpan(`${problem.file}:${problem.line}:${problem.column}`)} ${escapeMarkdown(problem.message)}`);
      out.push('');
    }
    return `${out.join('\n').trimEnd()}\n`;
  },
};
