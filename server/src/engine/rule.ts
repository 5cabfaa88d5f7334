import type { Draft } from './drafts';
import type { PhraseEntry, PhraseMatch } from './phrases';
import type { SentenceData } from './sentences';
import type { DocumentKind, DraftCheckName, Fix, Principle, Severity, Span } from './types';

/** What every rule declares about itself; docs, hover text and settings are built from it. */
export interface RuleMeta {
  id: string;
  /** One line: what the rule flags. */
  summary: string;
  principle: Principle;
  /** Why it matters to the customer (hover and docs). */
  why: string;
  severity: Severity;
  fixable: boolean;
  docs: string;
  example: { bad: string; good: string };
  /** How the headline test words this problem, e.g. "Blames Customer". */
  headline: string;
}

/** A sentence of the document as rules see it. */
export interface Sentence extends Span {
  /** Absolute offset of the sentence's block; word offsets are relative to it. */
  offset: number;
  data: SentenceData;
  draft: number;
  /** The sentence's index in `RuleContext.sentences`. */
  index: number;
  /** The sentence's prose: markup blanked, placeholders kept. */
  text: string;
}

export interface Report extends Span {
  message: string;
  fixes?: Fix[];
  draft: number;
}

export interface RuleContext {
  readonly text: string;
  readonly kind: DocumentKind;
  /** The writer's own sentences (quoted customer text excluded), in document order. */
  readonly sentences: readonly Sentence[];
  readonly drafts: readonly Draft[];
  /** This rule's phrase matches in a sentence (config's extra and allowed phrases included). */
  matches(sentence: Sentence): PhraseMatch[];
  /** Whether a word is covered by an allowed phrase (an exception in the rule's table or the config's `allowPhrases`). */
  allowed(sentence: Sentence, wordIndex: number): boolean;
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
  check: DraftCheckName;
  kinds: readonly DocumentKind[];
  /** Phrases that show the piece is present. */
  phrases: readonly PhraseEntry[];
  /** The finding when the piece is missing: where it belongs, what to say, how to add it. */
  whenMissing(draft: Draft, context: RuleContext): Omit<Report, 'draft'>;
}

export type Rule = SentenceRule | DraftRule;

const DOCS_BASE = 'https://github.com/support-tone/support-tone/blob/main/docs/rules/';

/** Link to a rule's docs page. */
export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

/** Absolute span of words `first..last` of a sentence. */
export function wordSpan(sentence: Sentence, first: number, last = first): Span {
  const words = sentence.data.words;
  return { start: sentence.offset + words[first].start, end: sentence.offset + words[last].end };
}

/** Absolute span of a phrase match. */
export function matchSpan(sentence: Sentence, match: PhraseMatch): Span {
  return wordSpan(sentence, match.firstWord, match.lastWord);
}
