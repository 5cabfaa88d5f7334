import { relative } from 'node:path';
import { styleText } from 'node:util';
import type { ConfigProblem } from '../../config/parseConfig';
import type { Severity } from '../../engine/model';
import type { JsonFile } from '../report';

type Style = Parameters<typeof styleText>[0];

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue', hint: 'gray' };

/** The default human-readable report: per file, each draft's headline and its findings. */
export class StylishFormatter {
  private readonly totals: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };

  constructor(private readonly color: boolean) {}

  private paint(style: Style, text: string): string {
    return this.color ? styleText(style, text) : text;
  }

  file(file: JsonFile): string {
    const out: string[] = [`${this.paint('underline', file.path)} ${this.paint('gray', `(${file.kind}: ${file.kindReason})`)}`];
    if (file.skipped) out.push(`  ${this.paint('gray', file.skipped)}`);
    file.drafts.forEach((draft, index) => {
      const title = draft.title ? `${draft.title}: ` : '';
      out.push(`  ${this.paint('bold', `📰 ${title}${draft.headline}`)} ${this.paint('gray', `(line ${draft.range.start.line + 1})`)}`);
      for (const finding of file.findings) {
        if (finding.draft !== index) continue;
        this.totals[finding.severity]++;
        const where = `${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
        out.push(
          `    ${where.padEnd(8)}${this.paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(8))}${finding.message}  ${this.paint('gray', finding.ruleId)}`,
        );
      }
    });
    return out.join('\n') + '\n';
  }

  configProblems(problems: readonly ConfigProblem[]): string {
    return problems
      .map(
        (problem) =>
          `${relative(process.cwd(), problem.file)}:${problem.line}:${problem.column}: ${this.paint('red', 'config error')} ${problem.message}\n`,
      )
      .join('');
  }

  summary(): string {
    const total = Object.values(this.totals).reduce((sum, count) => sum + count, 0);
    if (total === 0) return this.paint('green', '✔ No tone problems found.\n');
    const parts = (Object.keys(this.totals) as Severity[])
      .filter((severity) => this.totals[severity] > 0)
      .map((severity) => `${this.totals[severity]} ${severity}${this.totals[severity] > 1 && severity !== 'info' ? 's' : ''}`);
    return `\n${this.paint(this.totals.error > 0 ? 'red' : 'yellow', `✖ ${total} tone finding${total === 1 ? '' : 's'} (${parts.join(', ')})`)}\n`;
  }
}
