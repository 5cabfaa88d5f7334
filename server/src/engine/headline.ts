import type { Draft } from './drafts';
import type { Rule, Sentence } from './rule';
import type { DocumentKind, DraftCheck, DraftCheckName, Finding, Severity, Span } from './types';

/**
 * The headline test (P9): how a draft would read as tomorrow's newspaper headline.
 *
 * The riskiest finding decides it: highest severity first (only errors and warnings make news),
 * then this order of categories, then position. Blame and "you're wrong" make the worst news;
 * a missing apology or plan is news only when nothing worse was said.
 */
export const HEADLINE_ORDER: readonly string[] = [
  'no-blame',
  'no-you-are-wrong',
  'no-flat-no',
  'no-policy-shield',
  'no-condescension',
  'no-shouting',
  'no-pushy-sales',
  'no-hidden-agent',
  'no-legalese',
  'no-vague-timeline',
  'require-apology',
  'require-next-step',
  'require-empathy',
  'require-restatement',
];

export const MAX_HEADLINE_LENGTH = 100;
/** A sentence longer than this is quoted from its clause rather than from its start. */
const QUOTE_ROOM = 60;

const NEWSWORTHY: readonly Severity[] = ['error', 'warning'];
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

export interface HeadlineInput {
  text: string;
  draft: Draft;
  findings: readonly Finding[];
  checks: Partial<Record<DraftCheckName, DraftCheck>>;
  kind: DocumentKind;
  companyName: string;
  rulesById: ReadonlyMap<string, Rule>;
}

export interface Headline {
  text: string;
  /** The sentence the headline quotes. */
  quoted?: Span & { text: string };
}

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

function riskiest(findings: readonly Finding[]): Finding | undefined {
  const rank = (finding: Finding) => [NEWSWORTHY.indexOf(finding.severity), HEADLINE_ORDER.indexOf(finding.ruleId) >>> 0, finding.start];
  return findings
    .filter((finding) => NEWSWORTHY.includes(finding.severity))
    .sort((a, b) => {
      const [rankA, rankB] = [rank(a), rank(b)];
      return rankA[0] - rankB[0] || rankA[1] - rankB[1] || rankA[2] - rankB[2];
    })[0];
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
  const { draft, findings, companyName, rulesById } = input;
  const worst = riskiest(findings);
  if (worst) {
    const rule = rulesById.get(worst.ruleId);
    const sentence = draft.sentences.find((candidate) => candidate.start <= worst.start && worst.start < candidate.end);
    if (rule?.scope === 'sentence' && sentence) {
      const quote = quotableText(sentence, draft, worst.start);
      return {
        text: withQuote(companyName, rule.headline, quote),
        quoted: { start: sentence.start, end: sentence.end, text: input.text.slice(sentence.start, sentence.end) },
      };
    }
    const missing = (ruleId: string) => findings.some((finding) => finding.ruleId === ruleId && NEWSWORTHY.includes(finding.severity));
    if (missing('require-apology') && missing('require-next-step'))
      return { text: titleCase(`${companyName} Leaves Customer Without Apology or Plan`) };
    if (rule) return { text: titleCase(`${companyName} ${rule.headline}`) };
  }
  return { text: cleanHeadline(input) };
}

function cleanHeadline({ draft, checks, kind, companyName }: HeadlineInput): string {
  if (kind === 'article') {
    const title = draft.sentences.find((sentence) => sentence.data.words.length > 0);
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
