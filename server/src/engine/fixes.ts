import type { Fix, Sentence, Span, TextEdit } from './model';
import type { FixTitles } from './pack';

const PLACEHOLDER_IN_FIX = /\[[^\]]+\]/;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function startsUpper(text: string): boolean {
  return text.charAt(0) !== text.charAt(0).toLowerCase();
}

/** A wording fix is safe for fix-all unless it leaves a `[placeholder]` for the writer to fill. */
export function makeFix(title: string, edits: TextEdit[]): Fix {
  return { title, edits, safe: !edits.some((edit) => PLACEHOLDER_IN_FIX.test(edit.newText)) };
}

/**
 * Replaces a span. The replacement gets a capital when the original was capitalised as a word
 * ("Pursuant" → "Under"), not when it was an acronym mid-sentence ("ASAP" → "by [time]").
 */
export function replaceSpan(text: string, span: Span, replacement: string, titles: FixTitles, sentence?: Sentence): Fix {
  const title = titles.replace(replacement);
  if (replacement === '') return removeSpan(text, span, titles, sentence);
  const original = text.slice(span.start, span.end);
  const isAcronym = original.length > 1 && original === original.toUpperCase();
  const capital = startsUpper(original) && (!isAcronym || span.start === sentence?.start);
  return makeFix(title, [{ ...span, newText: capital ? capitalize(replacement) : replacement }]);
}

/**
 * Removes a word or phrase and the space after it. At the start of a sentence the next word is
 * capitalised and a trailing mark goes too ("As you know, refunds…" → "Refunds…"); before
 * closing punctuation the space and comma before it go instead ("easy, obviously." → "easy.").
 */
export function removeSpan(text: string, span: Span, titles: FixTitles, sentence?: Sentence): Fix {
  const phrase = text.slice(span.start, span.end);
  const title = titles.remove(phrase);
  // All that a pair of brackets holds goes with its brackets and the space before: "history (obviously)." → "history.".
  if (text.charAt(span.start - 1) === '(' && text.charAt(span.end) === ')') {
    let start = span.start - 1;
    while (start > 0 && /[ \t]/.test(text[start - 1])) start--;
    return makeFix(title, [{ start, end: span.end + 1, newText: '' }]);
  }
  const atSentenceStart = sentence !== undefined && span.start === sentence.start;
  let end = span.end;
  // At a sentence's or a bracket's start, the mark after the phrase goes too: "(obviously, use" → "(use".
  if ((atSentenceStart || /[([]/.test(text.charAt(span.start - 1))) && /^[,.;:!]/.test(text.charAt(end))) end++;
  const spaceAfter = /^[ \t]+/.exec(text.slice(end))?.[0].length ?? 0;
  const nextChar = text.charAt(end + spaceAfter);
  if (spaceAfter > 0 && /[\p{L}\p{N}]/u.test(nextChar)) {
    end += spaceAfter;
    if (!(atSentenceStart || startsUpper(phrase))) return makeFix(title, [{ start: span.start, end, newText: '' }]);
    return makeFix(title, [{ start: span.start, end: end + 1, newText: nextChar.toUpperCase() }]);
  }
  let start = span.start;
  while (start > 0 && /[ \t]/.test(text[start - 1])) start--;
  if (text[start - 1] === ',' && /^[.!?;:]/.test(text.slice(end))) start--;
  return makeFix(title, [{ start, end, newText: '' }]);
}

/**
 * Inserts a sentence at an offset. Never safe for fix-all: a new sentence (an apology, a next
 * step) is content the writer should choose, not a wording fix.
 */
export function insertSentence(offset: number, newText: string, title: string): Fix {
  return { title, edits: [{ start: offset, end: offset, newText }], safe: false };
}
