import { checkPhrases } from '../engine/phraseRule';
import type { PhraseEntry } from '../engine/phrases';
import { docsUrl, type SentenceRule } from '../engine/rule';

const THINGS = [
  'account',
  'accounts',
  'order',
  'orders',
  'subscription',
  'request',
  'ticket',
  'refund',
  'refund request',
  'payment',
  'card',
  'claim',
  'booking',
  'reservation',
  'access',
  'membership',
  'application',
  'case',
  'listing',
  'post',
  'message',
  'review',
  'return',
  'return request',
  'device',
  'warranty',
  'warranty claim',
  'plan',
  'trial',
  'service',
  'domain',
  'domain verification',
  'data',
  'files',
  'file',
  'project',
  'workspace',
  'license',
  'licence',
  'appeal',
  'dispute',
  'complaint',
  'shipment',
  'package',
  'delivery',
  'profile',
  'email',
  'emails',
  'comment',
  'payment method',
  'saved payment method',
  'access to the admin panel',
  'free tier',
  'export feature',
  'feature',
];
const THING = `{${THINGS.join('|')}}`;
const THING_HAS = `{${THINGS.map((thing) => `${thing}'s`).join('|')}}`;
const PASSIVE = "{was|were|has been|have been|had been|is being|will be|got|has now been|was just|was already|is now|'s been}";
const BAD_NEWS =
  '{suspended|cancelled|canceled|closed|terminated|deleted|removed|denied|rejected|declined|blocked|locked|disabled|banned|flagged|restricted|deactivated|charged|refused|revoked|frozen|held|paused|downgraded|voided|lost|delayed|misplaced|overlooked|ignored|forfeited|withheld|archived|purged|wiped|mishandled|missed|discontinued|put on hold|limited|rejected}';

/** Passives that hide who acted. A named agent ("… by our fraud team") is checked in the rule. */
const HIDDEN_AGENT_PHRASES: PhraseEntry[] = [
  {
    pattern:
      '{mistakes|errors|an error|a mistake|a few mistakes|some mistakes|some errors|a misunderstanding} {were|was|have been|has been|had been} made',
  },
  { pattern: `{your|the} {*} ${THING} ${PASSIVE} ${BAD_NEWS}` },
  { pattern: `{your|the} {*} ${THING_HAS} {been|now been|just been} ${BAD_NEWS}` },
  { pattern: '{it|this|that} {was|has been|had been} {decided|determined|concluded} that' },
  { pattern: '{a|the} decision {was|has been|had been} {made|taken|reached}' },
  { pattern: "{you|you've|you have} been {charged|billed|locked out|suspended|banned|blocked|flagged}" },
  { pattern: '{you were|you got} {charged|billed|locked out|suspended|banned|blocked|flagged}' },
];

/** Words after the passive that name who acted, or say the customer asked for it. */
const NAMED_AGENT = /^(by (?!mistake|accident|error)|at your request|as (you )?requested|per your request|on your request)/i;

export const noHiddenAgent: SentenceRule = {
  id: 'no-hidden-agent',
  scope: 'sentence',
  summary: 'Passive voice that hides who did it ("your account was suspended")',
  principle: 'P4',
  why: 'A passive like "mistakes were made" hides responsibility; the customer wants to know who did what, and who will put it right.',
  severity: 'info',
  fixable: false,
  docs: docsUrl('no-hidden-agent'),
  example: { bad: 'Your account was suspended.', good: 'Our fraud team suspended your account after three failed payments.' },
  headline: 'Dodges Responsibility',
  phrases: HIDDEN_AGENT_PHRASES,
  check(context) {
    checkPhrases(context, {
      message: 'hides who did it: say who, as in "we suspended your account".',
      accept: (sentence, match) =>
        !NAMED_AGENT.test(sentence.text.slice(sentence.data.words[match.lastWord].end - sentence.data.start).trim()),
    });
  },
};
