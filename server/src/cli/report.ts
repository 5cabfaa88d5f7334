import { readFileSync } from 'node:fs';
import { LineIndex, type Range } from '../engine/lineIndex';
import type { ConfigProblem } from '../config/parseConfig';
import type { DraftCheck, Finding, Severity, Span } from '../engine/model';
import type { FormatId } from '../shared/formats';
import type { FileResult } from './checkFiles';
import { UsageError } from './files';
import { countWords, documentScore, draftScore } from './score';

/** The `--format json` contract, version 1. Ranges are LSP ranges: 0-based lines, UTF-16 characters. */
export interface JsonReport {
  version: 1;
  files: JsonFile[];
  configProblems: ConfigProblem[];
}

export interface JsonFile {
  path: string;
  /**
   * The format the file was read in (docs/formats.md); `formatReason` names the config's `formats` glob when one routed it there,
   * else the file's name decided. Reports written before formats were recorded lack both.
   */
  format?: FormatId;
  formatReason?: string;
  kind: string;
  kindReason: string;
  /** The document's language (ISO 639-1): what decided the kind and the draft split. */
  language: string;
  languageReason: string;
  skipped?: string;
  drafts: {
    range: Range;
    title?: string;
    /** The language the draft was checked in; a draft in a language without a pack is not checked. */
    language: string;
    languageReason: string;
    headline: string;
    quoted?: { range: Range; text: string };
    findingCounts: Record<Severity, number>;
    /** Words in the draft, and its tone score, 0–100 (docs/review.md#the-tone-score); reports before scores lack them. */
    words?: number;
    score?: number;
    /** Keyed by the check's role (`apology`, `empathy`, `restatement`, `nextStep`), or by rule id for rules without one. */
    checks: Record<string, { expected: boolean; found: boolean; range?: Range; text?: string }>;
  }[];
  findings: JsonFinding[];
  /** The document's tone score, 0–100: its drafts' scores weighted by length. */
  score?: number;
  /** With `--baseline`: the baseline's findings in this file that are no longer found. */
  fixed?: JsonFinding[];
  /** The file's owners from CODEOWNERS, when the repository has one and a rule matches the file. */
  owners?: string[];
}

/** Against a baseline report: found there too (matched by the SARIF fingerprint), or not. */
export type BaselineState = 'new' | 'unchanged';

export interface JsonFinding {
  ruleId: string;
  /** Index into the file's `drafts`. */
  draft: number;
  severity: Severity;
  message: string;
  range: Range;
  text: string;
  fixes: { title: string; safe: boolean; edits: { range: Range; newText: string }[] }[];
  /** With `--baseline`. */
  baseline?: BaselineState;
}

/** Reads a `--format json` report (for `merge` and `--baseline`); anything else is a usage error naming the file. */
export function readJsonReport(path: string, name = path): JsonReport {
  let report: JsonReport;
  try {
    report = JSON.parse(readFileSync(path, 'utf8')) as JsonReport;
  } catch (error) {
    throw new UsageError(`${name} is not a support-tone JSON report: ${(error as Error).message}`);
  }
  if (report?.version !== 1 || !Array.isArray(report.files)) throw new UsageError(`${name} is not a version 1 support-tone JSON report.`);
  return report;
}

/** Each config problem once: every file under a config file repeats that config file's problems. */
export function uniqueConfigProblems(problems: readonly ConfigProblem[]): ConfigProblem[] {
  return [...new Map(problems.map((problem) => [`${problem.file}:${problem.start}:${problem.message}`, problem])).values()];
}

/** Converts one file's engine result (offsets) to the JSON contract (LSP ranges). */
export function toJsonFile({ path, text, result, options, owners }: FileResult): JsonFile {
  const lines = new LineIndex(text);
  const range = (span: Span) => lines.rangeOf(span);
  const check = (value: DraftCheck) => ({
    expected: value.expected,
    found: value.found,
    ...(value.evidence ? { range: range(value.evidence), text: value.evidence.text } : {}),
  });
  const drafts = result.drafts.map((draft) => {
    const words = countWords(text.slice(draft.start, draft.end));
    return {
      range: range(draft),
      ...(draft.title ? { title: draft.title } : {}),
      language: draft.language.language,
      languageReason: draft.language.reason,
      headline: draft.headline,
      ...(draft.quoted ? { quoted: { range: range(draft.quoted), text: draft.quoted.text } } : {}),
      findingCounts: draft.findingCounts,
      words,
      score: draftScore(draft.findingCounts, words),
      checks: Object.fromEntries(Object.entries(draft.checks).map(([ruleId, value]) => [value.role ?? ruleId, check(value)])),
    };
  });
  return {
    path: path.split('\\').join('/'),
    format: options.format,
    ...(options.formatReason ? { formatReason: options.formatReason } : {}),
    kind: result.kind,
    kindReason: result.reason,
    language: result.language.language,
    languageReason: result.language.reason,
    ...(result.skipped ? { skipped: result.skipped } : {}),
    drafts,
    score: documentScore(drafts),
    findings: result.findings.map((finding: Finding) => ({
      ruleId: finding.ruleId,
      draft: finding.draft,
      severity: finding.severity,
      message: finding.message,
      range: range(finding),
      text: finding.text,
      fixes: finding.fixes.map((fix) => ({
        title: fix.title,
        safe: fix.safe,
        edits: fix.edits.map((edit) => ({ range: range(edit), newText: edit.newText })),
      })),
    })),
    ...(owners ? { owners } : {}),
  };
}
