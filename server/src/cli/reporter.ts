import type { ConfigProblem } from '../config/parseConfig';
import { SEVERITIES, type Severity } from '../engine/model';
import { addBaselineCounts, Baseline, type BaselineCounts } from './baseline';
import { UsageError } from './files';
import { atLeast } from './filters';
import { FORMATTERS, isStreamed, type Formatter, type FormatterContext, type StreamEnd } from './formatters';
import { countBySeverity, plural } from './formatters/shared';
import { describeConfigProblems } from './formatters/stylish';
import type { Output } from './output';
import { uniqueConfigProblems, type JsonFile } from './report';
import type { Run } from './run';
import type { Checked } from './runner';

/** Exit codes: 0 no error-level finding, 1 at least one (or too many warnings), 2 usage, config or I/O error. */
export const EXIT = { clean: 0, findings: 1, failure: 2 } as const;

/** Options every report-writing command shares. */
export interface ReportOptions {
  format: string;
  output?: string;
  maxWarnings?: number;
  severity?: Severity;
  quiet?: boolean;
  exitZero?: boolean;
  color?: boolean;
  /** `--baseline`: an earlier JSON report; findings are marked new or unchanged, and gone ones listed as fixed. */
  baseline?: string;
  /** `--fail-on new`: only findings the baseline does not have decide the exit code (and count for `--max-warnings`). */
  failOn?: 'any' | 'new';
  /** `--min-score`: exit 1 when a document's tone score is below this. */
  minScore?: number;
}

/** Writes a report file by file in any format, and decides the exit code. */
export class Reporter {
  private readonly formatter: Formatter;
  private readonly context: FormatterContext;
  /** The files of a whole-report format, which writes them only at the end. */
  private readonly files: JsonFile[] = [];
  private readonly configProblems: ConfigProblem[] = [];
  private readonly totals: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  private readonly skipped: StreamEnd['skipped'] = [];
  /** Reported findings the baseline does not have, per severity. */
  private readonly newTotals: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  private readonly baseline?: Baseline;
  private readonly baselineCounts: BaselineCounts = { new: 0, unchanged: 0, fixed: 0 };
  /** How the format writes an entry a worker thread serialized; only when nothing is filtered out of the entries. */
  private readonly writeSerialized?: (json: string, index: number) => string;
  private written = 0;
  /** Documents whose tone score is below `--min-score`. */
  private readonly lowScores: string[] = [];

  /** Without `out`, findings are only counted (for the exit code). */
  constructor(
    private readonly options: ReportOptions,
    run: Run,
    private readonly out?: Output,
  ) {
    this.formatter = FORMATTERS[options.format];
    if (options.failOn === 'new' && !options.baseline) throw new UsageError('--fail-on new needs --baseline <report.json>.');
    this.baseline = options.baseline ? Baseline.read(options.baseline) : undefined;
    const color = !options.output && options.color !== false && process.stdout.isTTY === true && !process.env.NO_COLOR;
    this.context = { ...run, color, quiet: options.quiet };
    if (isStreamed(this.formatter)) {
      if (this.formatter.begin) out?.write(this.formatter.begin());
      if (!options.quiet && options.severity === undefined && !this.baseline && options.minScore === undefined)
        this.writeSerialized = this.formatter.serializedFile;
    }
  }

  /** Whether entries can be written as the threads serialized them (JSON, nothing filtered or marked). */
  get takesSerialized(): boolean {
    return this.writeSerialized !== undefined;
  }

  addChecked(checked: Checked): void {
    if ('file' in checked) return this.add(checked.file, checked.configProblems);
    this.configProblems.push(...checked.configProblems);
    this.count(checked.findingCounts);
    this.out?.write(this.writeSerialized!(checked.json, this.written++));
  }

  add(file: JsonFile, configProblems: readonly ConfigProblem[]): void {
    this.configProblems.push(...configProblems);
    const marked = this.baseline ? this.baseline.apply(file) : file;
    const shown = atLeast(marked, this.options.quiet ? 'error' : (this.options.severity ?? 'hint'));
    if (this.options.minScore !== undefined && file.score !== undefined && file.score < this.options.minScore)
      this.lowScores.push(`${file.path} (${file.score})`);
    this.count(countBySeverity(shown.findings));
    if (file.skipped) this.skipped.push({ path: file.path, reason: file.skipped });
    if (this.baseline) {
      addBaselineCounts(this.baselineCounts, shown);
      for (const finding of shown.findings) if (finding.baseline === 'new') this.newTotals[finding.severity]++;
    }
    if (!this.out) return;
    if (isStreamed(this.formatter)) this.out.write(this.formatter.file(shown, this.written++, this.context));
    else this.files.push(shown);
  }

  private count(findingCounts: Record<Severity, number>): void {
    for (const severity of SEVERITIES) this.totals[severity] += findingCounts[severity];
  }

  /** Finishes the report and returns the exit code. */
  finish(): number {
    const configProblems = uniqueConfigProblems(this.configProblems);
    if (this.out) {
      this.out.write(
        isStreamed(this.formatter)
          ? this.formatter.end(
              {
                configProblems,
                totals: this.totals,
                skipped: this.skipped,
                ...(this.baseline ? { baseline: this.baselineCounts } : {}),
              },
              this.context,
            )
          : this.formatter.end({ version: 1, files: this.files, configProblems }, this.context),
      );
      this.out.close();
    }
    if (configProblems.length > 0) {
      process.stderr.write(describeConfigProblems(configProblems, this.context.color));
      return EXIT.failure;
    }
    if (this.options.exitZero) return EXIT.clean;
    const onlyNew = this.options.failOn === 'new';
    const failing = onlyNew ? this.newTotals : this.totals;
    const tooManyWarnings = this.options.maxWarnings !== undefined && failing.warning > this.options.maxWarnings;
    if (tooManyWarnings)
      process.stderr.write(
        `support-tone: ${failing.warning} ${onlyNew ? 'new ' : ''}warnings is more than --max-warnings ${this.options.maxWarnings}.\n`,
      );
    if (this.lowScores.length > 0) {
      const documents = plural(this.lowScores.length, 'document');
      process.stderr.write(`support-tone: ${documents} below --min-score ${this.options.minScore}: ${this.lowScores.join(', ')}.\n`);
    }
    return failing.error > 0 || tooManyWarnings || this.lowScores.length > 0 ? EXIT.findings : EXIT.clean;
  }
}
