import type { DocumentKind, Severity } from './model';

/** Per-rule settings from `.support-tone.json` or editor settings. */
export interface RuleSettings extends Partial<Record<DocumentKind, Severity | 'off'>> {
  /** For every kind; a kind's own entry (`"article": "info"`) wins. */
  severity?: Severity | 'off';
  /** More phrases to flag (or, for draft checks, to accept as present). */
  extraPhrases?: string[];
  /** Phrases never to flag, even when a listed phrase contains them. */
  allowPhrases?: string[];
}

/** The settings the engine reads: already merged and validated by the config layer. */
export interface ToneSettings {
  companyName: string;
  rules: Readonly<Record<string, RuleSettings>>;
  /** In replies, skip blockquotes (the customer's quoted words). */
  skipQuotedInReplies: boolean;
  /** Documents longer than this (UTF-16 code units) are skipped with a note: the editor's `supportTone.maxDocumentSize`. */
  maxDocumentSize: number;
  /** Terms no rule flags (product names such as "NOT Bank"): an allowed phrase of every rule. */
  vocabulary: readonly string[];
}

export const DEFAULT_SETTINGS: ToneSettings = Object.freeze({
  companyName: 'Support',
  rules: Object.freeze({}),
  skipQuotedInReplies: true,
  maxDocumentSize: 2 * 1024 * 1024,
  vocabulary: Object.freeze([]),
});
