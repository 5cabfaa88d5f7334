import type { ConfigProblem } from '../../config/parseConfig';
import type { DocumentKind } from '../../engine/model';
import { Baseline } from '../baseline';
import { tasksFor, withTeamRules } from '../checkFiles';
import { htmlFormatter } from '../formatters/html';
import { plural } from '../formatters/shared';
import { readText } from '../io';
import { linkTemplates } from '../links';
import { Output, Progress } from '../output';
import { uniqueConfigProblems, type JsonFile, type JsonReport } from '../report';
import { EXIT } from '../reporter';
import type { Run } from '../run';
import { checkAll, threadCount } from '../runner';

export interface ReportCommandOptions {
  /** The HTML file to write. */
  out: string;
  kind?: DocumentKind;
  lang?: string;
  config?: string;
  threads?: number;
  /** `{path}`/`{line}` URL templates; defaults come from a GitHub or GitLab `origin` remote. */
  sourceUrl?: string;
  editUrl?: string;
  /** `--docs-base-url`: rule names link to this URL followed by the rule id. */
  docsBaseUrl?: string;
  /** An earlier JSON report to mark findings new, unchanged or fixed against. */
  baseline?: string;
  /** `--owner`: only files CODEOWNERS gives this owner. */
  owner?: string;
}

/** `support-tone report`: a self-contained HTML review page for docs teams. */
export async function runReport(inputs: string[], options: ReportCommandOptions, run: Run): Promise<number> {
  const tasks = await tasksFor(inputs, options);
  const links = { ...linkTemplates(options), ...(options.docsBaseUrl ? { rules: options.docsBaseUrl } : {}) };
  const baseline = options.baseline ? Baseline.read(options.baseline) : undefined;
  const files: JsonFile[] = [];
  const sources = new Map<string, string>();
  const problems: ConfigProblem[] = [];
  const progress = new Progress(tasks.length);
  let index = 0;
  for await (const checked of checkAll(tasks, threadCount(options.threads, tasks), false, (done) => progress.update(done))) {
    const task = tasks[index++];
    problems.push(...checked.configProblems);
    // Unserialized results always carry the file; the page shows each finding in its line, so it reads the text again.
    if (!('file' in checked)) continue;
    files.push(baseline ? baseline.apply(checked.file) : checked.file);
    sources.set(checked.file.path, task.text ?? readText(task.path));
  }
  progress.done();
  const report: JsonReport = { version: 1, files, configProblems: uniqueConfigProblems(problems) };
  const out = new Output(options.out);
  out.write(htmlFormatter.end(report, { ...withTeamRules(run, tasks), sources, links }));
  out.close();
  process.stderr.write(`support-tone: wrote ${options.out} (${plural(files.length, 'file')}).\n`);
  return report.configProblems.length > 0 ? EXIT.failure : EXIT.clean;
}
