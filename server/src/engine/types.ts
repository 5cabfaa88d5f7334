/** Plain data the engine produces. Offsets are UTF-16 code units into the checked text. */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export type DocumentKind = 'reply' | 'article';

/** The tone principles of GUIDE.md that every rule traces back to. */
export type Principle = 'P1' | 'P2' | 'P3' | 'P4' | 'P5' | 'P6' | 'P7' | 'P8' | 'P9';

export interface Span {
  start: number;
  end: number;
}

export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /**
   * Safe fixes are wording changes that read well as they are. Unsafe ones leave a
   * `[placeholder]` or add a whole sentence for the writer to choose; fix-all never applies them.
   */
  safe: boolean;
}

export interface Finding extends Span {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The flagged source slice: always `text.slice(start, end)`. */
  text: string;
  fixes: Fix[];
  /** Index of the draft the finding belongs to. */
  draft: number;
}

/** Whether a draft contains one of the pieces a good reply needs (apology, empathy, …). */
export interface DraftCheck {
  /** False when the check does not apply to the document's kind. */
  expected: boolean;
  found: boolean;
  /** The sentence that satisfied the check. */
  evidence?: Span & { text: string };
}

export type DraftCheckName = 'apology' | 'empathy' | 'restatement' | 'nextStep';

export interface DraftResult extends Span {
  /** Macro name from a level-2 heading in reply files. */
  title?: string;
  headline: string;
  checks: Record<DraftCheckName, DraftCheck>;
  findingCounts: Record<Severity, number>;
  /** The sentence the headline quotes, if any. */
  quoted?: Span & { text: string };
}

export interface KindDecision {
  kind: DocumentKind;
  reason: string;
}

export interface CheckResult extends KindDecision {
  drafts: DraftResult[];
  findings: Finding[];
  /** Set when the document was not checked (too large, binary); findings is then empty. */
  skipped?: string;
  /** Rules that threw on this document: each also appears once among the findings. */
  ruleFailures?: { ruleId: string; message: string }[];
}
