import { removeSpan, replaceSpan } from './fixes';
import type { PhraseMatch } from './phrases';
import { matchSpan, wordSpan, type RuleContext, type Sentence } from './rule';
import type { Span } from './types';

export interface PhraseCheckOptions {
  /** Follows the quoted phrase: "'per our policy' hides behind policy: …". */
  message: string;
  /** Extra condition on a match (context the phrase alone cannot express). */
  accept?: (sentence: Sentence, match: PhraseMatch) => boolean;
}

/** Reports every phrase match of the rule (markers with a `role` aside), with the phrase's replacement as a quick fix. */
export function checkPhrases(context: RuleContext, options: PhraseCheckOptions): void {
  for (const sentence of context.sentences) {
    for (const match of context.matches(sentence)) {
      if (match.entry.role !== undefined || isQuoted(sentence, match)) continue;
      if (options.accept && !options.accept(sentence, match)) continue;
      const span = focusSpan(sentence, match);
      const { replacement } = match.entry;
      const fix =
        replacement === undefined
          ? undefined
          : replacement === ''
            ? removeSpan(context.text, span, sentence)
            : replaceSpan(context.text, span, replacement, sentence);
      const phrase = context.text.slice(span.start, span.end).replace(/\s+/g, ' ');
      const suggestion = replacement ? ` Try '${replacement}'.` : '';
      context.report({
        ...span,
        message: `'${phrase}' ${match.entry.message ?? options.message}${suggestion}`,
        fixes: fix ? [fix] : [],
        draft: sentence.draft,
      });
    }
  }
}

/** The matched phrase, or only its `focus` word. */
function focusSpan(sentence: Sentence, match: PhraseMatch): Span {
  const { focus } = match.entry;
  if (focus === undefined) return matchSpan(sentence, match);
  const words = sentence.data.words;
  for (let at = match.firstWord; at <= match.lastWord; at++) if (words[at].norm === focus) return wordSpan(sentence, at);
  return matchSpan(sentence, match);
}

/** A phrase inside quotation marks is someone else's words (a quoted message), not the writer's tone. */
function isQuoted(sentence: Sentence, match: PhraseMatch): boolean {
  return sentence.data.words.slice(match.firstWord, match.lastWord + 1).every((word) => word.inQuotes);
}
