import type { Lexicon } from './pack';
import type { PhraseEntry, PhraseMatch } from './phrases';
import {
  DRAFT_ROLES,
  type DocumentKind,
  type Draft,
  type DraftRole,
  type Fix,
  type Principle,
  type Sentence,
  type Severity,
  type Span,
} from './model';

/** What every rule declares about itself; docs, settings, hover, SARIF, headlines and the report read it. */
export interface RuleMeta {
  id: string;
  /** One line: what the rule flags. */
  summary: string;
  principle: Principle;
  /** Why it matters to the customer (hover and docs). */
  why: string;
  /** The default severity, for kinds `severityByKind` does not list. */
  severity: Severity;
  /** Defaults that differ by kind, e.g. an article's missing next step is only a note. */
  severityByKind?: Partial<Record<DocumentKind, Severity>>;
  fixable: boolean;
  docs: string;
  /** One bad and one good text, for hover and docs; a team rule may have none. */
  example?: { bad: string; good: string };
  /** How the headline test words this problem, e.g. "Blames Customer". A rule without one never makes the headline (team rules). */
  headline?: string;
  /** Headline rank among findings of one severity: lower is worse news. Rules without one rank below all that have one. */
  rank?: number;
  /** A short name for the problem on the front page: "a flat refusal". */
  label: string;
  /**
   * The messages its findings carry as formats, by id: `{0}`, `{1}`… where a finding fills in a value, literal braces
   * doubled (SARIF's message strings). Data rules have them (see rulekit/messageFormats.ts); rules worded in code may not.
   */
  messageFormats?: Readonly<Record<string, string>>;
  /** The languages it runs in (BCP 47; "en" covers "en-GB"): a team rule's `languages`. Every language when absent. */
  languages?: readonly string[];
}

export interface Report extends Span {
  message: string;
  fixes?: Fix[];
}

export interface RuleContext {
  readonly text: string;
  readonly kind: DocumentKind;
  /** The writer's own sentences (quoted customer text excluded), in document order. */
  readonly sentences: readonly Sentence[];
  readonly drafts: readonly Draft[];
  /** The language pack's word lists, for rules and conditions that read context. */
  readonly lexicon: Lexicon;
  /** The sentences where this rule's phrases match (allowed phrases aside), in document order: what a phrase rule reads. */
  readonly matchedSentences: readonly Sentence[];
  /** This rule's phrase matches in a sentence (config's extra and allowed phrases included). */
  matches(sentence: Sentence): PhraseMatch[];
  /** Whether a word is covered by an allowed phrase (an exception in the rule's table or the config's `allowPhrases`). */
  allowed(sentence: Sentence, wordIndex: number): boolean;
  /** Reports a finding; its draft is the one that holds `report.start`. */
  report(report: Report): void;
}

/** A rule that reads sentences and flags wording. */
export interface SentenceRule extends RuleMeta {
  scope: 'sentence';
  phrases: readonly PhraseEntry[];
  check(context: RuleContext): void;
}

/** Once per draft: something a good draft contains (an apology, a next step). */
export interface DraftRule extends RuleMeta {
  scope: 'draft';
  /** What the check means to the headline writer; team rules may have none. */
  role?: DraftRole;
  kinds: readonly DocumentKind[];
  /** Phrases that show the piece is present. */
  phrases: readonly PhraseEntry[];
  /** The first sentence that shows the piece is present: a phrase match or another sign the rule reads. */
  evidence(draft: Draft, context: RuleContext): Sentence | undefined;
  /** Whether a draft without the piece lacks it (a stub page may not); every draft of `kinds` when absent. */
  expects?(draft: Draft, kind: DocumentKind): boolean;
  /** The finding when the piece is missing: where it belongs, what to say, how to add it. */
  whenMissing(draft: Draft, context: RuleContext): Report;
}

export type Rule = SentenceRule | DraftRule;

/** Absolute span of words `first..last` of a sentence. */
export function wordSpan(sentence: Sentence, first: number, last = first): Span {
  return { start: sentence.words[first].start, end: sentence.words[last].end };
}

/** Absolute span of a phrase match. */
export function matchSpan(sentence: Sentence, match: PhraseMatch): Span {
  return wordSpan(sentence, match.firstWord, match.lastWord);
}

/**
 * A pack's rules in the order they run and are listed (settings, docs, SARIF): sentence rules by headline rank, then the
 * draft checks by role, as a reply makes them (apology, empathy, restatement, next step); ties and rules without a rank or
 * role by id. A pack lists its rules in any order, so a new rule is a new file only.
 */
export function inRunOrder(rules: readonly Rule[]): Rule[] {
  const place = (rule: Rule) =>
    rule.scope === 'sentence' ? (rule.rank ?? Number.MAX_SAFE_INTEGER) : rule.role ? DRAFT_ROLES.indexOf(rule.role) : DRAFT_ROLES.length;
  const scope = (rule: Rule) => (rule.scope === 'sentence' ? 0 : 1);
  return [...rules].sort((a, b) => scope(a) - scope(b) || place(a) - place(b) || a.id.localeCompare(b.id));
}

/** Whether a rule runs on drafts in `language`: it names no language, or names it or its base ("en" for "en-GB"). */
export function runsIn(rule: Pick<RuleMeta, 'languages'>, language: string): boolean {
  return !rule.languages || rule.languages.some((tag) => tag === language || tag === language.split('-')[0]);
}
