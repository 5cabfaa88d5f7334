import type { RuleMeta } from '../../engine/rule';
import type { JsonReport } from '../report';

/** What every report format may use besides the findings. */
export interface FormatterContext {
  /** Metadata of every shipped rule (id, summary, principle, severity, docs URL, …). */
  rules: readonly RuleMeta[];
  /** The version of support-tone (package.json). */
  toolVersion: string;
}

/** Turns a whole report into one output text (SARIF, JUnit, Markdown, …). Pure: no I/O. */
export type ReportFormatter = (report: JsonReport, context: FormatterContext) => string;
