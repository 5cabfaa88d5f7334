import type { DocumentKind, Draft, DraftCheck, DraftRole, Finding, Principle, Severity, Span } from './model';
import type { Rule } from './rule';
import type { ProseParser } from './sentences';

/** What the headline writer gets for one draft. */
export interface HeadlineInput {
  text: string;
  draft: Draft;
  kind: DocumentKind;
  companyName: string;
  /** The riskiest newsworthy finding (an error or warning) and its rule, if any. */
  worst?: { finding: Finding; rule: (Rule & { headline: string }) | undefined };
  /** Draft checks by role (`apology`, `nextStep`, …), for the rules that have one. */
  checks: Partial<Record<DraftRole, DraftCheck>>;
  /** Roles whose check is missing with a newsworthy finding. */
  newsworthyMissing: ReadonlySet<DraftRole>;
}

export interface Headline {
  text: string;
  /** The sentence the headline quotes: its span, and its words as a reader sees them (no markup). */
  quoted?: Span & { text: string };
}

/** The words of a language that the engine's format-neutral steps need. */
export interface Lexicon {
  /** A reply's greeting line ("Hi Sam,"). */
  greeting: RegExp;
  /** A reply's closing phrase ("Best,", "Kind regards"). */
  signOff: RegExp;
  /** The header line of a quoted e-mail in plain text ("On Monday, Sam wrote:"). */
  quoteHeader: RegExp;
  /** Words after which a verb still reads as an order ("so upgrade now", "just buy today"). */
  imperativeLeadIns: ReadonlySet<string>;
  /** Words that may come before a new clause with no punctuation ("and", "but", "unfortunately"). */
  clauseOpeners: ReadonlySet<string>;
  /** Words that open a conditional or indirect question: a phrase after one in the same clause is hypothetical ("if", "whether"). */
  conditionals: ReadonlySet<string>;
  /** Words that make what follows a wish rather than a commitment ("we hope to fix it soon"). */
  wishes: ReadonlySet<string>;
  /** Words that negate their clause ("not", "won't"): "we won't fix it soon" limits a promise rather than making a vague one. */
  negations: ReadonlySet<string>;
  /** The reader as a subject ("you", "you're"). */
  readerPronouns: ReadonlySet<string>;
  /** Verbs of intending: after "you" they make what follows the reader's own plan ("if you plan to downgrade"). */
  intentions: ReadonlySet<string>;
  /** Personal pronouns: a bold or quoted run with one of these is prose, not a setting name or button label. */
  personalPronouns: ReadonlySet<string>;
  /** What "your <Product> …" names when another company's product is meant ("your Wix account"). */
  accountNouns: ReadonlySet<string>;
  /** Words right after a refusal that make it a request with a condition ("not able to help without a log"). */
  requirements: ReadonlySet<string>;
  /** Conjunctions that make a clause a reason ("as we were unable to process the payment"). */
  reasons: ReadonlySet<string>;
  /** Past-tense auxiliaries: a refusal with one of these reports what happened ("were unable to", "couldn't"). */
  pastAuxiliaries: ReadonlySet<string>;
  /** Words that open an explanation of a consequence ("because", "means"): a limitation explained, not a refusal. */
  consequences: ReadonlySet<string>;
}

/** Quick-fix titles, worded in a pack's language. */
export interface FixTitles {
  replace(replacement: string): string;
  remove(phrase: string): string;
}

/** A word's forms by `Intl.PluralRules` category ("one", "few", "many", …); `other` covers the categories left out. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** How a language counts findings: "2 errors and 1 warning", "2 błędy i 1 ostrzeżenie". */
export interface CountWords {
  /** What a finding of each severity is called, in the language's plural forms. */
  severities: Record<Severity, PluralForms>;
  /** What joins the last count to the ones before it, spaces included: " and ", " i ", " ו-". */
  and: string;
  /** What a draft without findings reads: "No findings". */
  none: string;
}

/**
 * The front-page preview's own words in a language: the masthead and the captions around each
 * draft's headline. `{0}` stands for the value a label names.
 */
export interface PreviewWords {
  /** The paper's name, `{0}` the company: "{0} Daily", "Dziennik {0}". */
  masthead: string;
  /** The edition, after the date in the masthead: "Support edition". */
  edition: string;
  /** A story's dateline, `{0}` the draft's first line: "Line {0}". */
  line: string;
  /** What the dateline calls each kind of document: "reply", "article". */
  kinds: Record<DocumentKind, string>;
  /** The lede around the sentence that made the headline, `{0}` the sentence, in the language's quotation marks. */
  quoted: string;
  /** The lede of a draft without findings: "No tone problems in this draft." */
  clean: string;
  /** The page of a file without drafts: "No drafts in this file." */
  noDrafts: string;
}

/** The editor's hover around a rule's own words, in the pack's language. */
export interface HoverWords {
  /** Before the rule's reason, `{0}` its principle: "Why it matters ({0}):". */
  why: string;
  /** Before the rule's bad example: "Instead of:". */
  insteadOf: string;
  /** Before its good example: "try:". */
  write: string;
  /** The link to the rule's page: "Rule documentation". */
  docs: string;
  /** Before the draft's language and how it was decided: "Language:". */
  language: string;
}

/** Finding messages, worded in the pack's language. */
export interface Messages {
  /** A phrase rule's finding: the flagged phrase, the rule's (or phrase's) message and the suggested replacement. */
  phraseFinding(phrase: string, message: string, replacement: string | undefined): string;
  /** Quick-fix titles. */
  fixTitles: FixTitles;
  /** Counts of a draft's findings, as the front page's deck gives them. */
  counts: CountWords;
  /** The front-page preview's labels around a draft worded in this language. */
  preview: PreviewWords;
  hover: HoverWords;
}

/**
 * Everything language-specific: tokenizer, lexicon, headline writer, messages, principle names
 * and the pack's rules. The engine takes a pack; adding a language is adding a pack.
 */
export interface LanguagePack {
  /** BCP 47 language tag: `en`. */
  id: string;
  parse: ProseParser;
  lexicon: Lexicon;
  messages: Messages;
  /** The principles' short names, as docs/principles.md gives them. */
  principles: Readonly<Record<Principle, string>>;
  writeHeadline(input: HeadlineInput): Headline;
  rules: readonly Rule[];
  markers?: LanguageMarkers;
}

/**
 * Common words of a language that the other languages the detector tells apart do not write the
 * same way: text where they are at least `share` of the words is in that language without asking
 * the detector (eld), whose tables cost about a second to load and whose answer is the costliest
 * step of a short check.
 */
export interface LanguageMarkers {
  readonly words: readonly string[];
  readonly share: number;
}

/** An installed pack, known by its language and built the first time a draft in that language is checked. */
export interface InstalledPack {
  readonly id: string;
  /** Known before the pack is built: detection reads them for every text. */
  readonly markers?: LanguageMarkers;
  load(): LanguagePack;
}
