import { checkPhrases } from '../engine/phraseRule';
import type { PhraseEntry } from '../engine/phrases';
import { docsUrl, type SentenceRule } from '../engine/rule';

const ACT = '{buy|order|upgrade|subscribe|sign up|purchase|act|switch|renew|join|book|grab|claim|shop|get yours}';
const URGENTLY =
  "{now|today|right now|immediately|while you can|before it's too late|before it is too late|before prices go up|while it lasts}";

/** Calls to act now: pushy only as an imperative ("Upgrade today"), not in a statement ("your plan will renew today"). */
const IMPERATIVE_PHRASES: PhraseEntry[] = [
  { pattern: `${ACT} ${URGENTLY}` },
  { pattern: `${ACT} {the|to|a|our} {*} {*} ${URGENTLY}` },
  { pattern: 'hurry' },
];

/** Pressure to buy: urgency, scarcity, fear of missing out. */
const PRESSURE_PHRASES: PhraseEntry[] = [
  { pattern: "{don't|do not} miss {out|this|this offer|this deal|your chance}" },
  { pattern: '{limited-time|limited time} {offer|deal|only|discount|promotion}' },
  { pattern: 'for a limited time {only}' },
  { pattern: 'while {supplies|stocks|stock} last' },
  { pattern: "before it's too late" },
  { pattern: 'before it is too late' },
  { pattern: 'before prices go up' },
  { pattern: '{last|final} chance' },
  { pattern: 'hurry {up|before|while}' },
  { pattern: "{you'd|you had} better hurry" },
  { pattern: '{offer|deal|discount|sale|price} {ends|expires} {soon|today|tonight|tomorrow|at midnight|this week}' },
  { pattern: '{only|just} {a few|two|three|1|2|3} {left|remaining|spots left|seats left}' },
  { pattern: '{what are you|why are you} waiting for' },
  { pattern: "{you'll|you will|you won't|you will not} {regret|regret it}" },
  { pattern: "you won't want to miss" },
  { pattern: "{why not|you should|you really should|you'd better|you had better|you need to} {upgrade|buy|switch to|purchase|subscribe}" },
  { pattern: "{don't|do not} wait {any longer|until it's too late}" },
  { pattern: 'exclusive {offer|deal} {just|only} for you' },
  { pattern: 'act fast' },
];

const IMPERATIVE = new Set(IMPERATIVE_PHRASES);
const LEADS_INTO_IMPERATIVE = new Set([
  'so',
  'just',
  'please',
  'simply',
  'then',
  'and',
  'now',
  'today',
  'really',
  'should',
  'must',
  'definitely',
]);

export const noPushySales: SentenceRule = {
  id: 'no-pushy-sales',
  scope: 'sentence',
  summary: 'Pushy selling: urgency, scarcity and "buy now" in a support reply',
  principle: 'P8',
  why: 'Pushy selling wins today and loses the customer tomorrow; customers want to decide for themselves.',
  severity: 'warning',
  fixable: false,
  docs: docsUrl('no-pushy-sales'),
  example: {
    bad: 'Upgrade today before this offer ends!',
    good: 'If exports matter to you, the Pro plan includes them; happy to walk you through it.',
  },
  headline: 'Pressures Customer to Buy',
  phrases: [...IMPERATIVE_PHRASES, ...PRESSURE_PHRASES],
  check(context) {
    checkPhrases(context, {
      message: 'pressures the customer: offer the option and let them decide.',
      accept: (sentence, match) => {
        if (!IMPERATIVE.has(match.entry)) return true;
        const words = sentence.data.words;
        const previous = words[match.firstWord - 1];
        return (
          !previous || words[match.firstWord].breakBefore !== '' || previous.text.endsWith('.') || LEADS_INTO_IMPERATIVE.has(previous.norm)
        );
      },
    });
  },
};
