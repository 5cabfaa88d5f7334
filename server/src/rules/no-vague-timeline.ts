import { checkPhrases } from '../engine/phraseRule';
import type { PhraseEntry } from '../engine/phrases';
import { docsUrl, type Sentence, type SentenceRule } from '../engine/rule';

/** Vague promises of time, with the concrete wording to fill in. */
const VAGUE_PHRASES: PhraseEntry[] = [
  { pattern: 'asap', replacement: 'by [time]' },
  { pattern: 'a.s.a.p.', replacement: 'by [time]' },
  { pattern: 'as soon as {we|i} {possibly|humanly} can', replacement: 'by [time]' },
  {
    pattern:
      "as soon as {possible|we can|i can|we are able|we're able|we get a chance|i get a chance|humanly possible|time allows|we have time|we have an update|feasible|practical}",
    replacement: 'by [time]',
  },
  { pattern: 'soon', replacement: 'by [time]' },
  { pattern: '{very|really|fairly|pretty} soon', replacement: 'by [time]' },
  { pattern: 'shortly', replacement: 'within [time]' },
  { pattern: 'at some point', replacement: 'by [date]' },
  { pattern: 'at a later {date|time|stage}', replacement: 'by [date]' },
  { pattern: 'in due {course|time}', replacement: 'by [date]' },
  { pattern: 'eventually', replacement: 'by [date]' },
  { pattern: 'sometime {soon}', replacement: 'by [date]' },
  { pattern: 'in the {near|not too distant|foreseeable} future', replacement: 'by [date]' },
  { pattern: 'in the coming {days|weeks|months}', replacement: 'by [date]' },
  { pattern: '{when|whenever} {we|i} {can|get a chance|get to it|have time|get around to it}', replacement: 'by [time]' },
  { pattern: 'when {possible|time permits|time allows}', replacement: 'by [time]' },
  { pattern: 'at {our|my} earliest convenience', replacement: 'by [time]' },
  { pattern: 'before long', replacement: 'by [date]' },
  { pattern: 'in a while', replacement: 'within [time]' },
  { pattern: 'any {day|time} now', replacement: 'by [date]' },
  { pattern: 'sooner or later', replacement: 'by [date]' },
  { pattern: 'one of these days', replacement: 'by [date]' },
  { pattern: 'momentarily', replacement: 'within [time]' },
  { pattern: 'in a timely {manner|fashion}', replacement: 'within [time]' },
  { pattern: 'as soon as', ignore: true },
  { pattern: 'shortly {after|before}', ignore: true },
  { pattern: 'soon {after|before}', ignore: true },
  { pattern: '{talk|speak|see you|hear from you|chat|get well} soon', ignore: true },
];

const DAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
  'weekday',
  'weekend',
  'today',
  'tonight',
  'tomorrow',
];
const WEEKDAYS = `{${DAYS.flatMap((day) => [day, `${day}'s`]).join('|')}}`;
const MONTHS =
  '{january|february|march|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sep|sept|oct|nov|dec}';

/** Words that make a time concrete: with one of these in the sentence, "soon" is backed by a date. */
const CONCRETE_TIME_PHRASES: PhraseEntry[] = [
  WEEKDAYS,
  MONTHS,
  '{this morning|this afternoon|this evening|end of day|eod|end of the day|noon|midday|midnight}',
  '{within|in|by|under|after|before|for} {the} {next} {one|two|three|four|five|six|seven|eight|ten|twelve|fifteen|twenty|thirty|forty-eight|a|an|few|couple of} {minute|minutes|hour|hours|day|days|business day|business days|working day|working days|week|weeks|month|months}',
  '{this|next} {week|month|quarter|weekday|morning|afternoon|evening}',
  '{a.m.|p.m.|utc|gmt|cet|est|pst}',
].map((pattern) => ({ pattern, role: 'concrete-time' }));

/** Digits count as a concrete time: "in 2 days", "by 5 pm", "on 14 March". */
const hasDigits = (sentence: Sentence) => sentence.data.words.some((word) => /\d/.test(word.text));

export const noVagueTimeline: SentenceRule = {
  id: 'no-vague-timeline',
  scope: 'sentence',
  summary: 'A vague timeline ("soon", "ASAP", "in due course") with no concrete time in the sentence',
  principle: 'P7',
  why: 'Predictability gives the customer back a sense of control: a concrete time frame beats "soon".',
  severity: 'warning',
  fixable: true,
  docs: docsUrl('no-vague-timeline'),
  example: { bad: "We'll get back to you shortly.", good: "We'll get back to you within two business days." },
  headline: 'Keeps Customer Waiting',
  phrases: [...VAGUE_PHRASES, ...CONCRETE_TIME_PHRASES],
  check(context) {
    checkPhrases(context, {
      message: 'is a vague timeline: give a concrete time frame (a date, a day, "within 2 days").',
      accept: (sentence) => !hasDigits(sentence) && !context.matches(sentence).some((match) => match.entry.role === 'concrete-time'),
    });
  },
};
