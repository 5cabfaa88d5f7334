import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { ConfigProblem } from '../config/parseConfig';
import { RULES } from '../rules';
import { SEVERITIES, type DocumentKind, type Severity } from '../engine/types';
import { changedSince, onlyChanged } from './changes';
import { FileChecker, type FileTask } from './checkFiles';
import { parseShard, resolveInputs, shardOf, UsageError } from './files';
import { atLeast } from './filters';
import { fixDiff, fixedText, writeFix } from './fix';
import { readStdin, readText } from './io';
import { githubFormatter } from './formatters/github';
import { junitFormatter } from './formatters/junit';
import { markdownFormatter } from './formatters/markdown';
import { rdjsonFormatter } from './formatters/rdjson';
import { sarifFormatter } from './formatters/sarif';
import { StylishFormatter } from './formatters/stylish';
import type { FormatterContext, ReportFormatter } from './formatters/types';
import { Output, Progress } from './output';
import { toJsonFile, type JsonFile, type JsonReport } from './report';
import { renderReviewReport } from './reviewReport';
import { checkAll, threadCount, type Checked } from './runner';
import packageJson from '../../../package.json';

/** Exit codes: 0 no error-level finding, 1 at least one (or too many warnings), 2 usage, config or I/O error. */
export const EXIT = { clean: 0, findings: 1, failure: 2 } as const;

const WHOLE_REPORT_FORMATS: Record<string, ReportFormatter> = {
  sarif: sarifFormatter,
  github: githubFormatter,
  rdjson: rdjsonFormatter,
  junit: junitFormatter,
  markdown: markdownFormatter,
};
const FORMATS = ['stylish', 'json', ...Object.keys(WHOLE_REPORT_FORMATS)];
const FORMATTER_CONTEXT: FormatterContext = { rules: RULES, toolVersion: packageJson.version };
const DRAFT_CHECKS = new Set(RULES.filter((rule) => rule.scope === 'draft').map((rule) => rule.id));

interface ReportOptions {
  format: string;
  output?: string;
  maxWarnings?: number;
  severity?: Severity;
  quiet?: boolean;
  exitZero?: boolean;
  color?: boolean;
}

interface CheckCommandOptions extends ReportOptions {
  kind?: DocumentKind;
  config?: string;
  stdin?: boolean;
  stdinFilename?: string;
  changedSince?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  shard?: { index: number; count: number };
  threads?: number;
}

/** Writes a report file by file in any format, and decides the exit code. */
class Reporter {
  private readonly files: JsonFile[] = [];
  private readonly problems = new Map<string, ConfigProblem>();
  private readonly stylish: StylishFormatter;
  private errors = 0;
  private warnings = 0;
  private first = true;

  /** Without `out`, findings are only counted (for the exit code). */
  constructor(
    private readonly options: ReportOptions,
    private readonly out?: Output,
  ) {
    this.stylish = new StylishFormatter(
      !options.output && options.color !== false && process.stdout.isTTY === true && !process.env.NO_COLOR,
    );
    if (options.format === 'json') out?.write('{"version":1,"files":[');
  }

  /** Whether entries can be written as the threads serialized them (JSON, nothing filtered). */
  get takesSerialized(): boolean {
    return this.options.format === 'json' && !this.options.quiet && this.options.severity === undefined;
  }

  addChecked(checked: Checked): void {
    if ('file' in checked) return this.add(checked.file, checked.configProblems);
    this.noteProblems(checked.configProblems);
    this.errors += checked.errors;
    this.warnings += checked.warnings;
    this.out?.write(`${this.first ? '' : ','}\n${checked.json}`);
    this.first = false;
  }

  private noteProblems(configProblems: readonly ConfigProblem[]): void {
    for (const problem of configProblems) this.problems.set(`${problem.file}:${problem.start}:${problem.message}`, problem);
  }

  add(file: JsonFile, configProblems: readonly ConfigProblem[]): void {
    this.noteProblems(configProblems);
    const shown = atLeast(file, this.options.quiet ? 'error' : (this.options.severity ?? 'hint'));
    this.errors += shown.findings.filter((finding) => finding.severity === 'error').length;
    this.warnings += shown.findings.filter((finding) => finding.severity === 'warning').length;
    if (!this.out) return;
    if (this.options.format === 'json') {
      this.out.write(`${this.first ? '' : ','}\n${JSON.stringify(shown)}`);
      this.first = false;
    } else if (this.options.format === 'stylish') {
      this.out.write(this.stylish.file(shown));
    } else {
      this.files.push(shown);
    }
  }

  /** Finishes the report and returns the exit code. */
  finish(): number {
    const configProblems = [...this.problems.values()];
    const report: JsonReport = { version: 1, files: this.files, configProblems };
    if (this.out) {
      if (this.options.format === 'json') this.out.write(`\n],"configProblems":${JSON.stringify(configProblems)}}\n`);
      else if (this.options.format === 'stylish') this.out.write(this.stylish.summary());
      else this.out.write(WHOLE_REPORT_FORMATS[this.options.format](report, FORMATTER_CONTEXT));
      this.out.close();
    }
    if (configProblems.length > 0) {
      process.stderr.write(this.stylish.configProblems(configProblems));
      return EXIT.failure;
    }
    if (this.options.exitZero) return EXIT.clean;
    const tooManyWarnings = this.options.maxWarnings !== undefined && this.warnings > this.options.maxWarnings;
    if (tooManyWarnings)
      process.stderr.write(`support-tone: ${this.warnings} warnings is more than --max-warnings ${this.options.maxWarnings}.\n`);
    return this.errors > 0 || tooManyWarnings ? EXIT.findings : EXIT.clean;
  }
}

async function runCheck(inputs: string[], options: CheckCommandOptions): Promise<number> {
  if (options.stdin && inputs.length > 0) throw new UsageError('Give either paths or --stdin, not both.');
  if (options.fix && options.fixDryRun) throw new UsageError('Give either --fix or --fix-dry-run.');
  const tasks: FileTask[] = options.stdin
    ? [{ path: options.stdinFilename ?? 'stdin.md', text: await readStdin(), kind: options.kind, configPath: options.config }]
    : await filesToCheck(inputs, options);
  // An empty shard is normal in a CI matrix: it reports nothing and passes.
  if (tasks.length === 0 && !options.changedSince && !options.shard)
    throw new UsageError(`No Markdown or text files found in: ${inputs.join(' ') || '.'}`);
  if (options.fix || options.fixDryRun) return runFix(tasks, options);

  const changed = options.changedSince ? changedSince(options.changedSince) : undefined;
  const selected = changed ? tasks.filter((task) => changed.has(resolve(task.path))) : tasks;
  const reporter = new Reporter(options, new Output(options.output));
  const progress = new Progress(selected.length);
  const serialized = reporter.takesSerialized && !changed;
  for await (const checked of checkAll(selected, threadCount(options.threads, selected.length), serialized, (done) =>
    progress.update(done),
  )) {
    if (!changed || !('file' in checked)) reporter.addChecked(checked);
    else
      reporter.add(
        onlyChanged(checked.file, changed.get(resolve(checked.file.path))!, (ruleId) => DRAFT_CHECKS.has(ruleId)),
        checked.configProblems,
      );
  }
  progress.done();
  return reporter.finish();
}

async function filesToCheck(inputs: string[], options: CheckCommandOptions): Promise<FileTask[]> {
  let paths = await resolveInputs(inputs.length > 0 ? inputs : ['.']);
  if (options.shard) paths = shardOf(paths, options.shard);
  return paths.map((path) => ({ path, kind: options.kind, configPath: options.config }));
}

/** `--fix` writes every safe fix (atomically) and reports what is left; `--fix-dry-run` prints the diff instead. */
function runFix(tasks: FileTask[], options: CheckCommandOptions): number {
  const checker = new FileChecker();
  if (options.stdin) {
    const checked = checker.check(tasks[0]);
    process.stdout.write(options.fix ? fixedText(checked) : fixDiff(checked));
    return EXIT.clean;
  }
  const out = new Output(options.output);
  const reporter = new Reporter(options, options.fixDryRun ? undefined : out);
  let skipped = 0;
  for (const task of tasks) {
    const original = readText(task.path);
    const checked = checker.check({ ...task, text: original.text });
    if (options.fixDryRun) {
      out.write(fixDiff(checked));
      reporter.add(toJsonFile(checked), checked.configProblems);
      continue;
    }
    const outcome = writeFix(checked, original.bytes);
    if (outcome.status === 'skipped') {
      skipped++;
      process.stderr.write(`support-tone: left ${task.path} untouched: ${outcome.reason}.\n`);
    }
    const remaining = outcome.status === 'fixed' ? checker.check({ ...task, text: outcome.text }) : checked;
    reporter.add(toJsonFile(remaining), checked.configProblems);
  }
  const code = reporter.finish();
  if (options.fixDryRun) out.close();
  return skipped > 0 ? EXIT.failure : code;
}

/** `support-tone merge`: one report from the JSON reports of several shards. */
function runMerge(reports: string[], options: ReportOptions): number {
  const files = new Map<string, JsonFile>();
  const reporter = new Reporter(options, new Output(options.output));
  const problems: ConfigProblem[] = [];
  for (const path of reports) {
    let report: JsonReport;
    try {
      report = JSON.parse(readFileSync(path, 'utf8')) as JsonReport;
    } catch (error) {
      throw new UsageError(`${path} is not a support-tone JSON report: ${(error as Error).message}`);
    }
    if (report.version !== 1 || !Array.isArray(report.files)) throw new UsageError(`${path} is not a version 1 support-tone JSON report.`);
    for (const file of report.files) if (!files.has(file.path)) files.set(file.path, file);
    problems.push(...(report.configProblems ?? []));
  }
  const sorted = [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  sorted.forEach((file, index) => reporter.add(file, index === 0 ? problems : []));
  return reporter.finish();
}

/** `support-tone report`: a self-contained HTML review page for docs teams. */
async function runReport(inputs: string[], options: { out: string; kind?: DocumentKind; config?: string }): Promise<number> {
  const tasks = await filesToCheck(inputs, { format: 'json', kind: options.kind, config: options.config });
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
  const report: JsonReport = {
    version: 1,
    files,
    configProblems: [...new Map(problems.map((problem) => [`${problem.file}:${problem.start}`, problem])).values()],
  };
  const out = new Output(options.out);
  out.write(renderReviewReport(report, { ...FORMATTER_CONTEXT, generatedAt: new Date(), sources }));
  out.close();
  process.stderr.write(`support-tone: wrote ${options.out} (${files.length} files).\n`);
  return report.configProblems.length > 0 ? EXIT.failure : EXIT.clean;
}

function parseKind(value: string): DocumentKind {
  if (value !== 'reply' && value !== 'article') throw new InvalidArgumentError("Use 'reply' or 'article'.");
  return value;
}

function parseCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) throw new InvalidArgumentError('Use a whole number, 0 or more.');
  return count;
}

function parseShardOption(value: string) {
  try {
    return parseShard(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

/** Options every report-writing command shares. */
function withReportOptions(command: Command): Command {
  return command
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .addOption(new Option('--severity <level>', 'report only findings at least this severe').choices([...SEVERITIES]))
    .option('-q, --quiet', 'report errors only')
    .option('--exit-zero', 'exit 0 even when findings are errors (config and usage errors still exit 2)')
    .option('--no-color', 'never colour the output');
}

/** Builds the `support-tone` command line. Commands resolve to an exit code instead of exiting. */
export function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command('support-tone')
    .description('Tone checks for support replies and knowledge-base articles, and the headline each draft would make.')
    .version(packageJson.version)
    .exitOverride()
    .configureOutput({ outputError: (message, write) => write(message) });

  withReportOptions(
    program
      .command('check')
      .description('Check files, folders and globs (default: the current folder).')
      .argument('[paths...]', 'files, folders or globs'),
  )
    .option('-k, --kind <kind>', 'treat every file as a reply or an article', parseKind)
    .option('-c, --config <file>', 'use this config file instead of the nearest .support-tone.json')
    .option('--stdin', 'check text from stdin')
    .option('--stdin-filename <path>', 'the path the stdin text stands for (config, kind and format follow it)')
    .option('--changed-since <ref>', 'report only findings on lines changed since a git ref')
    .option('--fix', 'apply every safe fix to the files')
    .option('--fix-dry-run', 'print the fixes as a unified diff instead of writing them')
    .option('--shard <i/n>', 'check only the i-th of n deterministic slices of the files', parseShardOption)
    .option('--threads <n>', 'worker threads (default: every core for large runs)', parseCount)
    .action(async (paths: string[], options: CheckCommandOptions) => setExitCode(await runCheck(paths, options)));

  withReportOptions(
    program
      .command('merge')
      .description('Combine JSON reports (from --shard runs) into one report in any format.')
      .argument('<reports...>', 'JSON reports'),
  ).action((reports: string[], options: ReportOptions) => setExitCode(runMerge(reports, options)));

  program
    .command('report')
    .description('Write a self-contained HTML review report for docs teams.')
    .argument('[paths...]', 'files, folders or globs')
    .requiredOption('--out <file>', 'the HTML file to write')
    .option('-k, --kind <kind>', 'treat every file as a reply or an article', parseKind)
    .option('-c, --config <file>', 'use this config file instead of the nearest .support-tone.json')
    .action(async (paths: string[], options: { out: string; kind?: DocumentKind; config?: string }) =>
      setExitCode(await runReport(paths, options)),
    );

  program
    .command('lsp')
    .description('Run the language server (for Neovim, Helix, Emacs and other LSP clients).')
    .option('--stdio', 'talk over stdin and stdout (the default)')
    .option('--node-ipc', 'talk over Node IPC')
    .option('--socket <port>', 'talk over a socket')
    .action(async () => {
      const [{ createConnection, ProposedFeatures }, { startServer }] = await Promise.all([
        import('vscode-languageserver/node'),
        import('../lsp/server'),
      ]);
      if (!process.argv.some((argument) => argument === '--node-ipc' || argument.startsWith('--socket'))) process.argv.push('--stdio');
      startServer(createConnection(ProposedFeatures.all));
      await new Promise<never>(() => undefined);
    });
  return program;
}

/** Runs the CLI; every failure becomes exit code 2 with a one-line reason on stderr. */
export async function main(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.clean;
  const program = buildProgram((code) => (exitCode = code));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.clean : EXIT.failure;
    process.stderr.write(`support-tone: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failure;
  }
}
