import { checkPhrases } from '../engine/phraseRule';
import type { PhraseEntry } from '../engine/phrases';
import { docsUrl, type SentenceRule } from '../engine/rule';

const OUR = "{our|the|company|the company's|our company's|store|internal}";
const POLICY = '{policy|policies|rules|guidelines|terms}';

/** Excuses and hiding behind policy instead of explaining the why. */
const SHIELD_PHRASES: PhraseEntry[] = [
  { pattern: `{per|as per|according to|due to|under|in line with|because of|against} ${OUR} {*} ${POLICY}` },
  {
    pattern: `${OUR} {*} {policy|policies|rules} {states|say|says|does not allow|doesn't allow|do not allow|don't allow|prohibit|prohibits|clearly states|won't allow|will not allow|doesn't permit|does not permit|forbids}`,
  },
  { pattern: 'company policy' },
  { pattern: "{it's|it is|that's|that is|this is} {|just|simply} {our|company|the} {policy|rule|rules}" },
  {
    pattern:
      "{that's|that is|this is|it's|it is} {just|simply} {how|the way} {it works|things work|it is|things are|we do things|we do it|the system works}",
  },
  { pattern: "{that's|that is|this is} {the way|how} it {is|works}" },
  { pattern: 'rules are rules' },
  {
    pattern:
      "{it's|it is|that's|that is|this is|this isn't|that isn't|it isn't|this was|that was|it was} not {our|my} {fault|responsibility|problem|concern|department|job|call|decision}",
  },
  {
    pattern:
      "{this isn't|that isn't|it isn't|this wasn't|that wasn't|it wasn't} {our|my} {fault|responsibility|problem|concern|department|job}",
  },
  { pattern: 'not {our|my} {fault|responsibility|problem}' },
  { pattern: "{the|that|this} {carrier's|courier's|bank's|manufacturer's|provider's} {responsibility|fault|problem} , not ours" },
  { pattern: "{it's|that's|it is|that is} not on us" },
  { pattern: "{we're|we are|i'm|i am|the company is|the company's} not {responsible|liable|accountable} for" },
  { pattern: "{we|the company} {cannot|can't|can not} be held {responsible|liable|accountable}" },
  { pattern: '{out of|beyond|outside} {our|my} {control|hands}' },
  { pattern: "{it's|it is|that's|that is} out of {our|my} hands" },
  { pattern: '{our|my} hands are tied' },
  { pattern: "i {don't|do not} make the {rules|policy|policies}" },
  { pattern: "{i'm|i am} just following {the|our} {rules|policy|procedure|process}" },
  { pattern: "the system {doesn't|does not|won't|will not} {let|allow} {me|us}" },
  { pattern: '{blame|talk to|contact|take it up with} {the|your} {carrier|courier|bank|manufacturer} instead' },
  { pattern: 'blame {the|your} {carrier|courier|bank|manufacturer}' },
  { pattern: "{there's|there is} nothing {wrong|we did wrong} on our {end|side}" },
  { pattern: '{the|this} {issue|problem|error|delay} {is|was|lies} {on|with} {the|your} {carrier|courier|bank|provider} {|end|side}' },
  { pattern: '{the|this} {issue|problem|error|delay} {is|was|lies} on your {end|side}' },
];

export const noPolicyShield: SentenceRule = {
  id: 'no-policy-shield',
  scope: 'sentence',
  summary: 'Excuses and hiding behind policy instead of explaining why',
  principle: 'P4',
  why: 'Customers accept a limit they understand; "per our policy" and "not our fault" read as a door closing.',
  severity: 'warning',
  fixable: false,
  docs: docsUrl('no-policy-shield'),
  example: {
    bad: 'Per our policy, refunds are not possible after 30 days.',
    good: 'Refunds stop at 30 days because that is when the payment provider settles the charge.',
  },
  headline: 'Hides Behind Policy',
  phrases: SHIELD_PHRASES,
  check(context) {
    checkPhrases(context, { message: 'hides behind policy or fault: explain the reason in plain words.' });
  },
};
