import { removeSpan, replaceSpan } from '../../engine/fixes';
import type { Sentence } from '../../engine/model';
import type { Messages } from '../../engine/pack';
import type { PhraseMatch } from '../../engine/phrases';
import { matchSpan, wordSpan, type RuleContext } from '../../engine/rule';
import { clauseBefore, inQuotationMarks, meetsConditions } from '../conditions';

export interface PhraseCheck {
  /** Follows the quoted phrase: "'per our policy' hides behind policy: …". */
  message: string;
  /** Conditions every match must meet, besides each phrase's own `when`. */
  when: readonly string[];
  /** Fixes are offered one by one, never applied in bulk. */
  reviewFixes: boolean;
}

/**
 * The `phrase` kind (existence and substitution): reports every match of the rule's table
 * (markers with a `role` aside) that meets its conditions, with the phrase's replacement as a quick fix.
 */
export function checkPhrases(context: RuleContext, check: PhraseCheck, messages: Messages): void {
  for (const sentence of context.matchedSentences) {
    for (const match of context.matches(sentence)) {
      if (match.entry.role !== undefined || inQuotationMarks(sentence, match)) continue;
      // The phrase's own conditions first: they are the narrower ones ("Nie" only as an answer opening its sentence).
      if (!meetsConditions([...(match.entry.when ?? []), ...check.when], sentence, match, context)) continue;
      const focus = focusWord(sentence, match);
      const span = focus === undefined ? matchSpan(sentence, match) : wordSpan(sentence, focus);
      const { replacement } = match.entry;
      const fix =
        replacement === undefined
          ? undefined
          : replacement === ''
            ? removeSpan(context.text, span, messages.fixTitles, sentence)
            : replaceSpan(context.text, span, replacement, messages.fixTitles, sentence);
      const phrase = context.text.slice(span.start, span.end).replace(/\s+/g, ' ');
      // A word removed before the rest of its phrase (an order: "just type") deep in a clause with no comma may be all that
      // parts an opening from the order ("To add a discount just type…"): without it the two run together.
      const runsTogether =
        replacement === '' && focus !== undefined && focus < match.lastWord && clauseBefore(sentence.words, focus).length > 2;
      context.report({
        ...span,
        message: messages.phraseFinding(phrase, match.entry.message ?? check.message, replacement || undefined),
        fixes: fix ? [check.reviewFixes || runsTogether ? { ...fix, safe: false } : fix] : [],
      });
    }
  }
}

/** The index of the match's `focus` word, the part of the phrase reported on its own; undefined for the whole phrase. */
function focusWord(sentence: Sentence, match: PhraseMatch): number | undefined {
  const { focus } = match.entry;
  if (focus === undefined) return undefined;
  for (let at = match.firstWord; at <= match.lastWord; at++) if (sentence.words[at].norm === focus) return at;
  return undefined;
}
