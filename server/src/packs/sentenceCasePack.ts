import type { LanguagePack, Lexicon, Messages } from '../engine/pack';
import type { Rule } from '../engine/rule';
import { sentenceParser } from '../engine/segmentation';
import { loadRule, type RuleHost } from '../rulekit/load';
import { sentenceCaseHeadline, type SentenceCaseWords } from './sentenceCase';

/** What a pack made of data and sentence-case headlines (Polish, Swedish, Estonian) brings of its own. */
export interface SentenceCasePackParts {
  id: string;
  /** Abbreviations after which a sentence goes on ("ok. 2 dni", "kl. 8"). */
  abbreviations: readonly string[];
  lexicon: Lexicon;
  messages: Messages;
  principles: LanguagePack['principles'];
  headline: SentenceCaseWords;
  /** Rule data, in the order rules run and draft checks are reported. */
  rules: readonly unknown[];
  /** Rules written in code (Hebrew shouting), run after the data rules. */
  codeRules?: readonly Rule[];
  /** How the matcher reads the pack's phrase patterns (Hebrew: prefixes before the first word); as written when left out. */
  phrasePattern?: (pattern: string) => string;
}

/** A language pack from its data: rules loaded with the pack's messages and linked to its docs page. */
export function sentenceCasePack(parts: SentenceCasePackParts): LanguagePack {
  const host: RuleHost = {
    messages: parts.messages,
    docsUrl: (ruleId) => `https://github.com/support-tone/support-tone/blob/main/docs/packs/${parts.id}.md#${ruleId}`,
  };
  return {
    id: parts.id,
    parse: sentenceParser(parts.id, parts.abbreviations),
    lexicon: parts.lexicon,
    messages: parts.messages,
    principles: parts.principles,
    writeHeadline: sentenceCaseHeadline(parts.headline),
    rules: [...parts.rules.map((data) => withPatterns(loadRule(data, host), parts.phrasePattern)), ...(parts.codeRules ?? [])],
  };
}

/** A rule whose phrase patterns the pack rewrites for its matcher. */
function withPatterns(rule: Rule, phrasePattern: ((pattern: string) => string) | undefined): Rule {
  if (!phrasePattern) return rule;
  return { ...rule, phrases: rule.phrases.map((entry) => ({ ...entry, pattern: phrasePattern(entry.pattern) })) };
}
