import type { ConfigProblem } from '../../config/parseConfig';
import type { DocumentKind } from '../../engine/model';
import { FileChecker, tasksFor } from '../checkFiles';
import { htmlFormatter } from '../formatters/html';
import { Output } from '../output';
import { toJsonFile, uniqueConfigProblems, type JsonFile, type JsonReport } from '../report';
import { EXIT } from '../reporter';
import type { Run } from '../run';

export interface ReportCommandOptions {
  /** The HTML file to write. */
  out: string;
  kind?: DocumentKind;
  lang?: string;
  config?: string;
}

/** `support-tone report`: a self-contained HTML review page for docs teams. */
export async function runReport(inputs: string[], options: ReportCommandOptions, run: Run): Promise<number> {
  const tasks = await tasksFor(inputs, options);
  const files: JsonFile[] = [];
  const sources = new Map<string, string>();
  const problems: ConfigProblem[] = [];
  const checker = new FileChecker();
  for (const task of tasks) {
    const checked = checker.check(task);
    files.push(toJsonFile(checked));
    sources.set(checked.path, checked.text);
    problems.push(...checked.configProblems);
  }
  const report: JsonReport = { version: 1, files, configProblems: uniqueConfigProblems(problems) };
  const out = new Output(options.out);
  out.write(htmlFormatter.end(report, { ...run, sources }));
  out.close();
  process.stderr.write(`support-tone: wrote ${options.out} (${files.length} files).\n`);
  return report.configProblems.length > 0 ? EXIT.failure : EXIT.clean;
}
