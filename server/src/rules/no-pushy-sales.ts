import { checkPhrases } from '../engine/phraseRule';
import type { PhraseEntry } from '../engine/phrases';
import { docsUrl, type SentenceRule } from '../engine/rule';

const ACT = '{buy|order|upgrade|subscribe|sign up|purchase|act|switch|renew|join|book|grab|claim|shop|get yours}';

/** Pressure to buy: urgency, scarcity, fear of missing out. */
const PUSHY_PHRASES: PhraseEntry[] = [
  { pattern: `${ACT} {now|today|right now|immediately|while you can|before it's too late|before it is too late}` },
  { pattern: "{don't|do not} miss {out|this|this offer|this deal|your chance}" },
  { pattern: 'limited{-time| time} {offer|deal|only|discount|promotion}' },
  { pattern: 'for a limited time {only}' },
  { pattern: 'while {supplies|stocks|stock} last' },
  { pattern: "before it's too late" },
  { pattern: 'before it is too late' },
  { pattern: '{last|final} chance' },
  { pattern: '{hurry|rush} {up}' },
  { pattern: "{offer|deal|discount|sale|price} {ends|expires} {soon|today|tonight|tomorrow|at midnight|this week}" },
  { pattern: "{only|just} {a few|two|three|1|2|3} {left|remaining|spots left|seats left}" },
  { pattern: "{what are you|why are you} waiting for" },
  { pattern: "{you'll|you will|you won't|you will not} {regret|regret it}" },
  { pattern: "you won't want to miss" },
  { pattern: "{why not|you should|you really should|you'd better|you had better|you need to} {upgrade|buy|switch to|purchase|subscribe}" },
  { pattern: "{don't|do not} wait {any longer|until it's too late}" },
  { pattern: 'exclusive {offer|deal} {just|only} for you' },
  { pattern: 'act fast' },
];

export const noPushySales: SentenceRule = {
  id: 'no-pushy-sales',
  scope: 'sentence',
  summary: 'Pushy selling: urgency, scarcity and "buy now" in a support reply',
  principle: 'P8',
  why: 'Pushy selling wins today and loses the customer tomorrow; customers want to decide for themselves.',
  severity: 'warning',
  fixable: false,
  docs: docsUrl('no-pushy-sales'),
  example: { bad: 'Upgrade today before this offer ends!', good: 'If exports matter to you, the Pro plan includes them; happy to walk you through it.' },
  headline: 'Pressures Customer to Buy',
  phrases: PUSHY_PHRASES,
  check(context) {
    checkPhrases(context, { message: 'Pushy: offer the option and let the customer decide.' });
  },
};
