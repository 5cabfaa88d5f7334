import type { Draft, Sentence, Span } from '../../engine/model';
import type { Headline, HeadlineInput } from '../../engine/pack';
import { readableText } from '../../engine/sentences';
import { articleTitle } from '../articleTitle';

/**
 * The headline test (P9) in English: how a draft would read as tomorrow's newspaper headline.
 * The engine picks the riskiest finding (rules rank blame and "you're wrong" as the worst news;
 * a missing apology or plan is news only when nothing worse was said); this writes the words.
 */

export const MAX_HEADLINE_LENGTH = 100;

/** Placeholders and code stay as written. */
const VERBATIM = /^["'“(]*[{[%`]/;
const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'but',
  'or',
  'nor',
  'for',
  'so',
  'yet',
  'as',
  'at',
  'by',
  'in',
  'of',
  'on',
  'to',
  'up',
  'via',
  'per',
  'vs',
  'off',
]);
const PROMISE = /\b(?:I|we)(?:['’]ll| will| am going to|['’]m going to| are going to|['’]re going to)\s+([^.!?;,:()]+)/i;
const PROMISE_WORDS: Readonly<Record<string, string>> = {
  you: 'Customer',
  your: "Customer's",
  yours: "Customer's",
  yourself: 'Customer',
  a: '',
  an: '',
  the: '',
};

/** A letter's capital, unless it would change the length ("ß" → "SS", "ﬁ" → "FI"): headlines are trimmed before they are cased. */
function capital(letter: string): string {
  const upper = letter.toUpperCase();
  return upper.length === letter.length ? upper : letter;
}

/** Newspaper Title Case: every word capitalised except short function words inside the headline. */
export function titleCase(headline: string): string {
  const words = headline.split(' ');
  return words
    .map((word, index) => {
      if (VERBATIM.test(word)) return word;
      if (/^(am|pm)\W*$/i.test(word)) return word.toUpperCase();
      const bare = word.replace(/^["“(]+/, '').toLowerCase();
      const opensPart = index === 0 || /[:"“]$/.test(words[index - 1]) || /^["“]/.test(word);
      const closesPart = index === words.length - 1 || /[:"”]$/.test(word);
      if (SMALL_WORDS.has(bare.replace(/[^a-z]/g, '')) && !opensPart && !closesPart) return word.toLowerCase();
      return word.replace(/\p{L}/u, capital).replace(/-(\p{L})/gu, (_, letter: string) => `-${capital(letter)}`);
    })
    .join(' ');
}

/** Cuts text at a word boundary so that it fits `room` characters, marking the cut with "…". */
export function trimToWord(text: string, room: number): string {
  if (text.length <= room) return text;
  const cut = text.slice(0, Math.max(0, room - 1));
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** A sentence's words as written, with single quotation marks inside the headline's double ones. */
const cleanProse = (text: string) => readableText(text).replace(/["“”]/g, "'");

/** Leading joiners and trailing punctuation a quote does without. */
function tidyEnds(quote: string): string {
  return quote
    .replace(/^[,;:—–]\s*/, '')
    .replace(/^(and|but|so|or)\s+/i, '')
    .replace(/[.!?;:,\s]+$/, '');
}

/**
 * What a headline quotes of a sentence, in the writer's own casing: no greeting in front, no
 * closing punctuation. A sentence longer than `room` is quoted from the start of the clause that
 * holds the flagged phrase, or from a few words before it, so the quote always contains it.
 */
function quoteOf(sentence: Sentence, draft: Draft, room: number, focus?: Span): string {
  const greetingEnd = draft.greeting && (!focus || focus.start >= draft.greeting.end) ? draft.greeting.end : sentence.start;
  const whole = tidyEnds(cleanProse(sentence.text.slice(Math.max(0, greetingEnd - sentence.start)))) || tidyEnds(cleanProse(sentence.text));
  if (whole.length <= room || !focus) return trimToWord(whole, room);
  const flagged = cleanProse(sentence.text.slice(focus.start - sentence.start, focus.end - sentence.start));
  const at = whole.indexOf(flagged);
  if (at < 0) return trimToWord(whole, room);
  const clauseStart = Math.max(0, ...[...whole.slice(0, at).matchAll(/[,;:—–]\s+/g)].map((match) => match.index + match[0].length));
  const wordsBefore = whole.slice(0, at).split(' ').length - 1;
  const nearStart =
    at -
    whole
      .slice(0, at)
      .split(' ')
      .slice(Math.max(0, wordsBefore - 3))
      .join(' ').length;
  const start = at + flagged.length - clauseStart <= room - 1 ? clauseStart : nearStart;
  const quote = tidyEnds(whole.slice(start));
  return start > 0 ? `…${trimToWord(quote, room - 1)}` : trimToWord(quote, room);
}

function withQuote(company: string, verb: string, quote: string): string {
  return `${titleCase(`${company} ${verb}:`)} "${quote}"`;
}

/** Room for the quote after the headline's words, its colon and quotation marks. */
function roomAfter(company: string, verb: string): number {
  return MAX_HEADLINE_LENGTH - titleCase(`${company} ${verb}:`).length - 3;
}

/** "I'll send a replacement within two days" → "Send Replacement Within Two Days". */
function promiseOf(evidence: string): string | undefined {
  const action = PROMISE.exec(evidence)?.[1];
  if (!action) return undefined;
  return action
    .trim()
    .split(/\s+/)
    .map((word) => PROMISE_WORDS[word.toLowerCase()] ?? word)
    .filter(Boolean)
    .join(' ');
}

/** Writes the headline for one draft. Deterministic: the same draft always makes the same headline. */
export function writeHeadline(input: HeadlineInput): Headline {
  const { draft, worst, companyName, newsworthyMissing } = input;
  if (worst) {
    const sentence = draft.sentences.find((candidate) => candidate.start <= worst.finding.start && worst.finding.start < candidate.end);
    if (worst.rule?.scope === 'sentence' && sentence) {
      const verb = worst.rule.headline;
      let quote = quoteOf(sentence, draft, roomAfter(companyName, verb), worst.finding);
      // A bare "No" says nothing on its own: quote what follows it too.
      const next = draft.sentences[draft.sentences.indexOf(sentence) + 1];
      if (!quote.includes(' ') && next) quote = trimToWord(`${quote}. ${tidyEnds(cleanProse(next.text))}`, roomAfter(companyName, verb));
      return {
        text: withQuote(companyName, verb, quote),
        quoted: { start: sentence.start, end: sentence.end, text: readableText(sentence.text) },
      };
    }
    if (newsworthyMissing.has('apology') && newsworthyMissing.has('nextStep'))
      return { text: titleCase(`${companyName} Leaves Customer Without Apology or Plan`) };
    if (worst.rule) return { text: titleCase(`${companyName} ${worst.rule.headline}`) };
  }
  return { text: cleanHeadline(input) };
}

function cleanHeadline({ draft, checks, kind, companyName }: HeadlineInput): string {
  if (kind === 'article') {
    const verb = checks.nextStep?.found ? 'Publishes Clear Guide' : 'Publishes Guide';
    const title = articleTitle(draft);
    const room = roomAfter(companyName, verb);
    // A field label ("Description: …") is the page's layout, not its news.
    const quote = !title
      ? ''
      : title.sentence
        ? quoteOf(title.sentence, draft, room).replace(/^[\p{L}\p{N} ]{1,30}:\s+(?=\S)/u, '')
        : trimToWord(tidyEnds(cleanProse(title.text)), room);
    return withQuote(companyName, verb, quote || 'Help Article');
  }
  const apologizes = checks.apology?.found;
  const promise = checks.nextStep?.found ? draft.sentences.map((sentence) => promiseOf(sentence.text)).find(Boolean) : undefined;
  const opening = `${companyName} ${apologizes ? 'Apologizes, ' : ''}`;
  if (promise) return titleCase(trimToWord(`${opening}Promises to ${promise}`, MAX_HEADLINE_LENGTH));
  if (checks.nextStep?.found) return titleCase(`${opening}Gives Customer a Clear Next Step`);
  return titleCase(apologizes ? `${companyName} Apologizes to Customer` : `${companyName} Answers Customer`);
}
