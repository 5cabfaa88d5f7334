import type { ConfigProblem } from '../../config/parseConfig';
import type { BaselineCounts } from '../baseline';
import type { Rule } from '../../engine/rule';
import type { Principle, Severity } from '../../engine/model';
import type { JsonFile, JsonReport } from '../report';
import { csvFormatter } from './csv';
import { githubFormatter } from './github';
import { jsonFormatter } from './json';
import { junitFormatter } from './junit';
import { markdownFormatter } from './markdown';
import { rdjsonFormatter } from './rdjson';
import { sarifFormatter } from './sarif';
import { stylishFormatter } from './stylish';

/** What every format may use besides the findings. */
export interface FormatterContext {
  /** Metadata of the run's rules (id, summary, principle, severity, docs URL, …). */
  rules: readonly Rule[];
  /** The principles' short names, from the language pack (the review report's chart). */
  principles: Readonly<Record<Principle, string>>;
  /** The version of support-tone (package.json). */
  toolVersion: string;
  /** When the run started. */
  generatedAt: Date;
  /** Whether the report goes to a colour terminal. */
  color?: boolean;
  /** `--quiet`: errors only, and a human report leaves out files with nothing to show. */
  quiet?: boolean;
  /** The language pack's tag (`en`): the review page's language filter. */
  language?: string;
  /**
   * `{path}` and `{line}` URL templates for a document's source and its edit page, and a base URL rule ids are appended to
   * (the review page links them).
   */
  links?: { source?: string; edit?: string; rules?: string };
  /** Each file's text by path, when the command kept it: the HTML report shows findings in their line. */
  sources?: ReadonlyMap<string, string>;
}

/** How a streamed report ends: its files are written already. */
export interface StreamEnd {
  configProblems: ConfigProblem[];
  /** Reported findings per severity. */
  totals: Record<Severity, number>;
  /** Files that were not checked, and why (too large, binary, no prose). */
  skipped: { path: string; reason: string }[];
  /** With `--baseline`: how many findings are new, unchanged and fixed. */
  baseline?: BaselineCounts;
}

/** A format that writes each file as soon as it is checked, so a long run shows results early and holds no report. */
export interface StreamedFormatter {
  begin?(): string;
  /** `index` counts the files written before this one. */
  file(file: JsonFile, index: number, context: FormatterContext): string;
  /** Same as `file` for an entry a worker thread has already serialized to JSON; only the JSON format can take one. */
  serializedFile?: (json: string, index: number) => string;
  end(end: StreamEnd, context: FormatterContext): string;
}

/** A format that needs the whole report (SARIF, JUnit, Markdown, HTML, …). Pure: no I/O. */
export interface WholeReportFormatter {
  end(report: JsonReport, context: FormatterContext): string;
}

export type Formatter = StreamedFormatter | WholeReportFormatter;

export function isStreamed(formatter: Formatter): formatter is StreamedFormatter {
  return 'file' in formatter;
}

/** The formats of `--format`, the default first. The HTML review report has its own command, `support-tone report`. */
export const FORMATTERS: Readonly<Record<string, Formatter>> = {
  stylish: stylishFormatter,
  json: jsonFormatter,
  sarif: sarifFormatter,
  github: githubFormatter,
  rdjson: rdjsonFormatter,
  junit: junitFormatter,
  markdown: markdownFormatter,
  csv: csvFormatter,
};
