/**
 * The engine's data model: what documents, drafts, sentences, findings and fixes look like.
 * Every offset is absolute: UTF-16 code units into the checked text.
 */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export type DocumentKind = 'reply' | 'article';
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['reply', 'article'];

/** The tone principles every rule traces back to (docs/principles.md); their names come with the language pack. */
export type Principle = 'P1' | 'P2' | 'P3' | 'P4' | 'P5' | 'P6' | 'P7' | 'P8' | 'P9';

/** What a `presence` rule's check means to the headline writer and the JSON report. */
/** What a draft check means to the headline writer, in the order a good reply makes them (the order checks run and are reported in). */
export const DRAFT_ROLES = ['apology', 'empathy', 'restatement', 'nextStep'] as const;
export type DraftRole = (typeof DRAFT_ROLES)[number];

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

/** A word of a sentence. */
export interface Word extends Span {
  text: string;
  /** Lower case, ’ read as ': the form phrase patterns match. */
  norm: string;
  /** Punctuation between this word and the previous one ('' for none): a phrase spans it only if it spells it out ("sorry , but"). */
  breakBefore: string;
  /** Between double quotation marks: quoted words (an error message, say) are not the writer's tone. */
  inQuotes: boolean;
}

/** A run of punctuation or symbols in a sentence ("!!!"). */
export interface Mark extends Span {
  text: string;
}

/** A link, bare URL or e-mail address: blanked from the prose, but a sign of a route onward. */
export interface Link extends Span {
  /** The URL or address as written (may be relative, or a `mailto:`). */
  target: string;
}

/** Whether a link is an e-mail address (bare or `mailto:`): a channel to a person, not a page to read. */
export const isEmailAddress = (link: Link) => /^(mailto:)?[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/i.test(link.target);

/** Where a sentence sits in the document's structure. */
export interface BlockInfo {
  role: 'paragraph' | 'heading' | 'cell';
  headingLevel?: number;
  /** Inside a blockquote. */
  quoted: boolean;
}

/**
 * Filler inside a word of prose where the source spells a character with more code units than
 * one (`don&rsquo;t`, `don\u2019t` in JSON): it keeps every offset and the word whole. Word
 * normalisation drops it, and so must anything that shows prose to a reader.
 */
export const WORD_JOINER = '\u034f';

/** A sentence of the writer's prose as rules see it. */
export interface Sentence extends Span {
  /**
   * The sentence's prose: markup blanked, escapes decoded in place (see WORD_JOINER), placeholders
   * kept; `text[i]` is at offset `start + i`.
   */
  readonly text: string;
  readonly words: readonly Word[];
  readonly marks: readonly Mark[];
  /** Links inside the sentence (their text stays in `text`; bare URLs and addresses are blanked). */
  readonly links: readonly Link[];
  readonly block: BlockInfo;
  /** Index of the draft the sentence belongs to. */
  readonly draft: number;
  /** The sentence's index among the sentences its rules read: the document's sentences in its draft's language. */
  readonly index: number;
  /**
   * A value worked out from the sentence's own text, words and marks (never their offsets or the
   * neighbours), computed once and kept with the sentence's parse across re-checks of an edited
   * document. `key` names the value (one object per rule and purpose).
   */
  remember<Value>(key: object, compute: () => Value): Value;
}

/** One message or article inside a file: what the draft checks and the headline are about. */
export interface Draft extends Span {
  index: number;
  /** The macro's name (its level-2 heading in reply files, its title in an export), or the page title in front matter. */
  title?: string;
  /** The page's description in front matter. */
  summary?: string;
  /** The writer's sentences (quoted customer text excluded). */
  sentences: Sentence[];
  /** The greeting: its line ("Hi Sam,"), or the line's opening clause when the message goes on in that line. */
  greeting?: Span;
  /** The sign-off line ("Best,"). */
  signOff?: Span;
  /** Where the body starts: the first word after the greeting. */
  bodyStart: number;
  /** The line a draft-level finding points at when nothing more specific applies. */
  firstLine: Span;
  /** The draft's last line of prose: where an article's "contact us" belongs. */
  lastLine: Span;
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
  /** The rule's role, when it has one: the JSON report names the check by it (`apology`, `nextStep`). */
  role?: DraftRole;
  /** False when the check does not apply to the document's kind. */
  expected: boolean;
  found: boolean;
  /** The sentence that satisfied the check. */
  evidence?: Span & { text: string };
}

/** Which language a draft is checked in, and why: the JSON report, the hover and the status bar show both. */
export interface LanguageDecision {
  /** Lower-case ISO 639-1 code (`en`, `pl`, `he`), or `und` when the script is known but the language is not. */
  language: string;
  reason: string;
}

export interface DraftResult extends Span {
  /** Macro name from a level-2 heading in reply files. */
  title?: string;
  /** The language the draft was checked in; a language without a pack is not checked. */
  language: LanguageDecision;
  headline: string;
  /** One entry per `presence` rule, keyed by rule id. */
  checks: Record<string, DraftCheck>;
  findingCounts: Record<Severity, number>;
  /** The sentence the headline quotes, if any. */
  quoted?: Span & { text: string };
}

export interface KindDecision {
  kind: DocumentKind;
  reason: string;
}

export interface CheckResult extends KindDecision {
  /** The document's language: what decided the kind and the draft split (each draft has its own too). */
  language: LanguageDecision;
  drafts: DraftResult[];
  findings: Finding[];
  /** Set when the document was not checked (too large, binary, no prose in it); findings and drafts are then empty. */
  skipped?: string;
  /** Rules that threw on this document: each also appears once among the findings. */
  ruleFailures?: { ruleId: string; message: string }[];
}
