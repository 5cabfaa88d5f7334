import type { InstalledPack, LanguageMarkers, LanguagePack, Lexicon, Messages } from '../engine/pack';
import { inRunOrder, type Rule } from '../engine/rule';
import { sentenceParser } from '../engine/segmentation';
import { loadRule, type RuleHost } from '../rulekit/load';
import { sentenceCaseHeadline, type SentenceCaseWords } from './sentenceCase';
import { shoutingRule, type ShoutingWords } from './shouting';

/**
 * A greeting or sign-off: one of `phrases` (regular-expression sources) as a whole phrase at the start of its line, followed by no
 * other letter, in any letter case.
 */
export const opening = (phrases: readonly string[]): RegExp => new RegExp(`^(?:${phrases.join('|')})(?!\\p{L})`, 'iu');

/** A data pack's messages: its fix titles also name the shouting rule's fixes. */

/**
 * How a data pack words its shouting rule: its metadata, the message for stacked marks and, in a
 * cased script, its words in capitals and their message. Both fixes take the pack's "replace with"
 * title, and "???" alone is bewilderment, not a raised voice.
 */
export interface DataPackShouting extends Omit<ShoutingWords, 'docsUrl' | 'marks' | 'capitals'> {
  marks: ShoutingWords['marks']['message'];
  capitals?: Omit<NonNullable<ShoutingWords['capitals']>, 'fixTitle'>;
}

/** What a pack made of data (Polish, Swedish, Estonian, Hebrew) brings of its own. */
export interface DataPackParts {
  id: string;
  /** Abbreviations after which a sentence goes on ("ok. 2 dni", "kl. 8"). */
  abbreviations: readonly string[];
  lexicon: Lexicon;
  messages: Messages;
  principles: LanguagePack['principles'];
  /** Headline words; sentence case leaves a script without letter case (Hebrew) as it is. */
  headline: SentenceCaseWords;
  /** Rule data, in any order (see `inRunOrder`). */
  rules: readonly unknown[];
  /** How the shouting rule speaks the pack's language. */
  shouting: DataPackShouting;
  /** Words that tell the language apart without the detector (see `LanguageMarkers`); none for a script that decides it. */
  markers?: LanguageMarkers;
  /** How the matcher reads the pack's phrase patterns (Hebrew: prefixes before the first word); as written when left out. */
  phrasePattern?: (pattern: string) => string;
}

/**
 * A language pack from its data: rules loaded with the pack's messages and linked to its docs page,
 * built on first use, so a run over English text never compiles the other packs' phrase tables.
 */
export function dataPack(parts: DataPackParts): InstalledPack {
  let pack: LanguagePack | undefined;
  return { id: parts.id, markers: parts.markers, load: () => (pack ??= buildPack(parts)) };
}

function buildPack(parts: DataPackParts): LanguagePack {
  const host: RuleHost = {
    messages: parts.messages,
    docsUrl: (ruleId) => `https://github.com/support-tone/support-tone/blob/main/docs/packs/${parts.id}.md#${ruleId}`,
  };
  const replace = (replacement: string) => parts.messages.fixTitles.replace(replacement);
  return {
    id: parts.id,
    markers: parts.markers,
    parse: sentenceParser(parts.id, parts.abbreviations),
    lexicon: parts.lexicon,
    messages: parts.messages,
    principles: parts.principles,
    writeHeadline: sentenceCaseHeadline(parts.headline),
    rules: inRunOrder([
      ...parts.rules.map((data) => withPatterns(loadRule(data, host), parts.phrasePattern)),
      shoutingRule({
        ...parts.shouting,
        docsUrl: (ruleId) => host.docsUrl(ruleId),
        marks: { questions: false, message: parts.shouting.marks, fixTitle: replace },
        capitals: parts.shouting.capitals && { ...parts.shouting.capitals, fixTitle: replace },
      }),
    ]),
  };
}

/** A rule whose phrase patterns the pack rewrites for its matcher. */
function withPatterns(rule: Rule, phrasePattern: ((pattern: string) => string) | undefined): Rule {
  if (!phrasePattern) return rule;
  return { ...rule, phrases: rule.phrases.map((entry) => ({ ...entry, pattern: phrasePattern(entry.pattern) })) };
}
