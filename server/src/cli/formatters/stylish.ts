import { relative } from 'node:path';
import { styleText } from 'node:util';
import type { ConfigProblem } from '../../config/parseConfig';
import type { Severity } from '../../engine/model';
import type { StreamedFormatter } from './index';

type Style = Parameters<typeof styleText>[0];
type Paint = (style: Style, text: string) => string;

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue', hint: 'gray' };

function painter(color = false): Paint {
  return color ? styleText : (_style, text) => text;
}

/** The default human-readable report: per file, each draft's headline and its findings. */
export const stylishFormatter: StreamedFormatter = {
  file(file, _index, context) {
    if (context.quiet && file.findings.length === 0) return '';
    const paint = painter(context.color);
    const out: string[] = [`${paint('underline', file.path)} ${paint('gray', `(${file.kind}: ${file.kindReason})`)}`];
    if (file.skipped) out.push(`  ${paint('gray', file.skipped)}`);
    file.drafts.forEach((draft, index) => {
      const title = draft.title ? `${draft.title}: ` : '';
      // The line of the sentence the headline quotes, where there is one.
      const line = (draft.quoted?.range ?? draft.range).start.line + 1;
      out.push(`  ${paint('bold', `📰 ${title}${draft.headline}`)} ${paint('gray', `(line ${line})`)}`);
      for (const finding of file.findings) {
        if (finding.draft !== index) continue;
        const where = `${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
        const severity = paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(8));
        const state = finding.baseline === 'new' ? `${paint('magenta', 'new')} ` : '';
        out.push(`    ${where.padEnd(8)}${severity}${state}${finding.message}  ${paint('gray', finding.ruleId)}`);
      }
    });
    for (const gone of file.fixed ?? []) {
      const was = paint('gray', `(was line ${gone.range.start.line + 1})`);
      out.push(`  ${paint('green', '✔ fixed')} ${gone.ruleId} ${JSON.stringify(gone.text)} ${was}`);
    }
    return out.join('\n') + '\n';
  },

  end({ totals, skipped, baseline }, context) {
    const paint = painter(context.color);
    const total = Object.values(totals).reduce((sum, count) => sum + count, 0);
    const notChecked = skippedLines(skipped);
    const where = skipped.length > 0 ? ' in the files checked' : '';
    const trend = baseline ? `Against the baseline: ${baseline.new} new, ${baseline.unchanged} unchanged, ${baseline.fixed} fixed.\n` : '';
    if (total === 0) return paint('green', `✔ No tone problems found${where}.\n`) + trend + notChecked;
    const parts = (Object.keys(totals) as Severity[])
      .filter((severity) => totals[severity] > 0)
      .map((severity) => `${totals[severity]} ${severity}${totals[severity] > 1 && severity !== 'info' ? 's' : ''}`);
    const summary = `✖ ${total} tone finding${total === 1 ? '' : 's'} (${parts.join(', ')})`;
    return `\n${paint(totals.error > 0 ? 'red' : 'yellow', summary)}\n${trend}${notChecked}`;
  },
};

/** How many files a run did not check, and why, one line per file under a count (nothing when it checked them all). */
export function skippedLines(skipped: readonly { path: string; reason: string }[]): string {
  if (skipped.length === 0) return '';
  const lines = skipped.map(({ path, reason }) => `  ${path}: ${reason.replace(/^Not checked: /, '')}\n`);
  return `${skipped.length} file${skipped.length === 1 ? '' : 's'} not checked:\n${lines.join('')}`;
}

/** Config problems as `file:line:column: config error message` lines (stderr, whatever the format). */
export function describeConfigProblems(problems: readonly ConfigProblem[], color?: boolean): string {
  const paint = painter(color);
  return problems
    .map(
      (problem) =>
        `${relative(process.cwd(), problem.file)}:${problem.line}:${problem.column}: ${paint('red', 'config error')} ${problem.message}\n`,
    )
    .join('');
}
