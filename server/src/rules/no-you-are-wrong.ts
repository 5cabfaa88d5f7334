import { checkPhrases } from '../engine/phraseRule';
import type { PhraseEntry } from '../engine/phrases';
import { docsUrl, type SentenceRule } from '../engine/rule';

const YOU_ARE = "{you're|you are|you were|you've been|you have been}";
const THAT_IS =
  "{that's|that is|that was|this is|this was|it's|it is|what you said is|what you describe is|what you're describing is|what you are describing is|your understanding is|your assumption is|your claim is}";
const FLATLY = '{|simply|just|completely|totally|clearly|plainly|absolutely}';
const UNTRUE = '{incorrect|wrong|untrue|false|inaccurate|not true|not correct|not accurate|not right|not the case|not what happened}';

/** Telling the customer they are wrong, instead of helping them see it. */
const WRONG_PHRASES: PhraseEntry[] = [
  { pattern: `${YOU_ARE} ${FLATLY} {wrong|mistaken|incorrect|confused|misinformed}` },
  { pattern: `${THAT_IS} ${FLATLY} ${UNTRUE}` },
  {
    pattern:
      "{that isn't|this isn't|it isn't|that wasn't|what you're describing isn't|what you describe isn't} {true|correct|accurate|right|the case|what happened}",
  },
  {
    pattern: "{you have|you've} {misunderstood|misread|misinterpreted|got it wrong|gotten it wrong|got this wrong|got that wrong|confused}",
  },
  {
    pattern:
      '{you|you must have|you may have} {misunderstood|misread|misinterpreted|misunderstand|misremember|misremembered|got it wrong|got that wrong|got this wrong|are misremembering|are confusing}',
  },
  { pattern: "you {don't|do not|didn't|did not|clearly don't} {understand|get it|get how}" },
  { pattern: "{you're|you are} {missing the point|not understanding|not reading|not listening}" },
  { pattern: 'no , {that|it|this} {is|was} {wrong|not true|incorrect|not correct}' },
  { pattern: "no , {that's|it's} {wrong|not true|incorrect|not correct}" },
  // Owning a mistake is the opposite of telling the customer they are wrong.
  { pattern: `${THAT_IS} ${FLATLY} {wrong|incorrect|not right} {of|on} {us|me|our part|my part|our side|our end}`, ignore: true },
  // Conditionals and questions invite a correction instead of making one.
  { pattern: `{if|whether|let me know if|tell me if} ${THAT_IS} ${UNTRUE}`, ignore: true },
  {
    pattern: `{if|whether|let me know if|tell me if} {that isn't|this isn't|it isn't} {true|correct|accurate|right|the case}`,
    ignore: true,
  },
  { pattern: "if you {don't|do not|didn't|did not} {understand|get}", ignore: true },
  { pattern: '{if|in case} you {misread|misunderstood|misremembered}', ignore: true },
];

export const noYouAreWrong: SentenceRule = {
  id: 'no-you-are-wrong',
  scope: 'sentence',
  summary: 'Telling the customer they are wrong',
  principle: 'P2',
  why: 'The customer is always right in their own mind; "you\'re wrong" is the moment you start losing them.',
  severity: 'error',
  fixable: false,
  docs: docsUrl('no-you-are-wrong'),
  example: { bad: "You're wrong: the plan renews every month.", good: 'I can see why that was unclear: the plan renews every month.' },
  headline: 'Tells Customer They Are Wrong',
  phrases: WRONG_PHRASES,
  check(context) {
    checkPhrases(context, { message: 'tells the customer they are wrong: help them see it instead.' });
  },
};
