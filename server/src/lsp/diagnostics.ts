import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { ConfigProblem } from '../config/parseConfig';
import type { LineIndex } from '../engine/lineIndex';
import type { Rule } from '../engine/rule';
import type { CheckResult, Finding, Severity } from '../engine/model';

export const SOURCE = 'support-tone';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries for code actions, so they need no server-side cache. */
export interface FindingData {
  ruleId: string;
  /** The flagged text (for "Add … to allowed phrases"). */
  text: string;
  /** Whether the rule reads sentences (phrases can be allowed) or checks a whole draft. */
  sentenceRule: boolean;
  fixes: { title: string; safe: boolean; edits: TextEdit[] }[];
}

/** Converts one finding to an LSP diagnostic. */
export function toDiagnostic(finding: Finding, lines: LineIndex, rulesById: ReadonlyMap<string, Rule>): Diagnostic {
  const rule = rulesById.get(finding.ruleId);
  const data: FindingData = {
    ruleId: finding.ruleId,
    text: finding.text,
    sentenceRule: rule?.scope === 'sentence',
    fixes: finding.fixes.map((fix) => ({
      title: fix.title,
      safe: fix.safe,
      edits: fix.edits.map((edit) => ({ range: lines.rangeOf(edit), newText: edit.newText })),
    })),
  };
  return {
    range: lines.rangeOf(finding),
    severity: SEVERITY[finding.severity],
    source: SOURCE,
    code: finding.ruleId,
    ...(rule ? { codeDescription: { href: rule.docs } } : {}),
    message: finding.message,
    data,
  };
}

/** All diagnostics of a checked document; a skipped document gets one note saying why. */
export function toDiagnostics(result: CheckResult, lines: LineIndex, rulesById: ReadonlyMap<string, Rule>): Diagnostic[] {
  if (result.skipped) {
    return [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Information,
        source: SOURCE,
        message: result.skipped,
      },
    ];
  }
  return result.findings.map((finding) => toDiagnostic(finding, lines, rulesById));
}

/** A config mistake as a diagnostic on the config file itself. */
export function configDiagnostic(problem: ConfigProblem, lines: LineIndex | undefined): Diagnostic {
  const range = lines
    ? lines.rangeOf(problem)
    : { start: { line: problem.line - 1, character: problem.column - 1 }, end: { line: problem.line - 1, character: problem.column - 1 } };
  return { range, severity: DiagnosticSeverity.Error, source: SOURCE, message: problem.message };
}
