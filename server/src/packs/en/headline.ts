import type { Draft, Sentence } from '../../engine/model';
import type { Headline, HeadlineInput } from '../../engine/pack';

/**
 * The headline test (P9) in English: how a draft would read as tomorrow's newspaper headline.
 * The engine picks the riskiest finding (rules rank blame and "you're wrong" as the worst news;
 * a missing apology or plan is news only when nothing worse was said); this writes the words.
 */

export const MAX_HEADLINE_LENGTH = 100;
/** A sentence longer than this is quoted from its clause rather than from its start. */
const QUOTE_ROOM = 60;

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

/**
 * A sentence as a headline quotes it: no greeting in front, whitespace collapsed, no closing
 * punctuation. A long sentence is quoted from the start of the clause that holds the finding.
 */
function quotableText(sentence: Sentence, draft: Draft, focus = sentence.start): string {
  let from = draft.greeting && sentence.start < draft.greeting.end ? draft.greeting.end - sentence.start : 0;
  if (sentence.text.length > QUOTE_ROOM) {
    const clauseBreaks = [...sentence.text.slice(0, focus - sentence.start).matchAll(/[,;:—–]\s+/g)];
    const clauseStart = clauseBreaks.at(-1);
    if (clauseStart) from = Math.max(from, clauseStart.index + clauseStart[0].length);
  }
  return sentence.text
    .slice(Math.max(0, from))
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[,;:]\s*/, '')
    .replace(/^(and|but|so|or)\s+/i, '')
    .replace(/[.!?;:,\s]+$/, '')
    .replace(/["“”]/g, "'");
}

function withQuote(company: string, verb: string, quote: string): string {
  const prefix = titleCase(`${company} ${verb}:`);
  const room = MAX_HEADLINE_LENGTH - prefix.length - 3;
  return `${prefix} "${titleCase(trimToWord(quote, room))}"`;
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
      const quote = quotableText(sentence, draft, worst.finding.start);
      return {
        text: withQuote(companyName, worst.rule.headline, quote),
        quoted: { start: sentence.start, end: sentence.end, text: input.text.slice(sentence.start, sentence.end) },
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
    const title = draft.sentences.find((sentence) => sentence.words.length > 0);
    const subject = title ? quotableText(title, draft) : 'Help Article';
    return withQuote(companyName, checks.nextStep?.found ? 'Publishes Clear Guide' : 'Publishes Guide', subject);
  }
  const apologizes = checks.apology?.found;
  const promise = checks.nextStep?.found ? draft.sentences.map((sentence) => promiseOf(sentence.text)).find(Boolean) : undefined;
  const opening = `${companyName} ${apologizes ? 'Apologizes, ' : ''}`;
  if (promise) return titleCase(trimToWord(`${opening}Promises to ${promise}`, MAX_HEADLINE_LENGTH));
  if (checks.nextStep?.found) return titleCase(`${opening}Gives Customer a Clear Next Step`);
  return titleCase(apologizes ? `${companyName} Apologizes to Customer` : `${companyName} Answers Customer`);
}
