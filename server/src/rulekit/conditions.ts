import type { PhraseMatch } from '../engine/phrases';
import type { Lexicon } from '../engine/pack';
import type { RuleContext } from '../engine/rule';
import type { Sentence } from '../engine/model';

/** A context test on a phrase match: true when the match should be flagged. */
type Condition = (sentence: Sentence, match: PhraseMatch, context: RuleContext, lexicon: Lexicon) => boolean;

/**
 * The closed set of context conditions a phrase rule can name in `when`. Each reads the rule's
 * own marker phrases (entries with a `role`) or the pack's lexicon, so the same condition serves
 * every rule and every language.
 */
export const CONDITIONS = {
  /** Only as an order: at the start of a sentence or clause, or after a lead-in such as "so" or "just" ("Upgrade today"). */
  imperative: (sentence, match, _context, lexicon) => {
    const { words } = sentence;
    const previous = words[match.firstWord - 1];
    return (
      !previous || words[match.firstWord].breakBefore !== '' || previous.text.endsWith('.') || lexicon.imperativeLeadIns.has(previous.norm)
    );
  },
  /** Not when the sentence also gives a concrete time: digits, or a `concrete-time` marker ("by Friday"). */
  noConcreteTime: (sentence, _match, context) =>
    !sentence.words.some((word) => /\d/.test(word.text)) && !hasMarker(context, sentence, 'concrete-time'),
  /** Not when an `agent` marker right after the phrase says who acted ("… suspended by our fraud team"). */
  noNamedAgent: (sentence, match, context) => {
    const next = match.lastWord + 1;
    if (sentence.words[next]?.breakBefore !== '') return true;
    return !context.matches(sentence).some((marker) => marker.entry.role === 'agent' && marker.firstWord === next);
  },
} satisfies Record<string, Condition>;

export type ConditionName = keyof typeof CONDITIONS;

export const CONDITION_NAMES = Object.keys(CONDITIONS) as ConditionName[];

function hasMarker(context: RuleContext, sentence: Sentence, role: string): boolean {
  return context.matches(sentence).some((match) => match.entry.role === role);
}

/** Whether a match meets every named condition. */
export function meetsConditions(
  names: readonly string[],
  sentence: Sentence,
  match: PhraseMatch,
  context: RuleContext,
  lexicon: Lexicon,
): boolean {
  return names.every((name) => CONDITIONS[name as ConditionName](sentence, match, context, lexicon));
}
