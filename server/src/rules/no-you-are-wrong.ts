import { checkPhrases } from '../engine/phraseRule';
import type { PhraseEntry } from '../engine/phrases';
import { docsUrl, type SentenceRule } from '../engine/rule';

const YOU_ARE = "{you're|you are|you were|you've been}";
const THAT_IS = "{that's|that is|that was|this is|this was|it's|it is|what you said is|what you describe is|your understanding is|your assumption is}";

/** Telling the customer they are wrong, instead of helping them see it. */
const WRONG_PHRASES: PhraseEntry[] = [
  { pattern: `${YOU_ARE} {simply|just|completely|totally|clearly} {wrong|mistaken|incorrect|confused|misinformed}` },
  { pattern: `${THAT_IS} {simply|just|completely|totally|clearly|not} {incorrect|wrong|untrue|false|not true|not correct|not accurate|inaccurate|not right|not the case|not what happened}` },
  { pattern: "{that's|that is|this is|it's|it is} not {true|correct|accurate|right|the case|what happened|how it works}" },
  { pattern: "{that isn't|this isn't|it isn't} {true|correct|accurate|right|the case|what happened}" },
  { pattern: "you {have|'ve} {misunderstood|misread|misinterpreted|got it wrong|gotten it wrong|got this wrong|confused}" },
  { pattern: 'you {misunderstood|misread|misinterpreted|misunderstand|misremember|misremembered|got it wrong|got that wrong|got this wrong|are misremembering|are confusing}' },
  { pattern: "you {don't|do not|didn't|did not|clearly don't} {understand|get it|get how}" },
  { pattern: "{you're|you are} {missing the point|not understanding|not reading|not listening}" },
  { pattern: 'no, {that|it|this} {is|was|\'s} {wrong|not true|incorrect}' },
  { pattern: 'your claim is {wrong|incorrect|false|untrue|baseless}' },
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
    checkPhrases(context, { message: 'Help them see it instead of telling them they are wrong.' });
  },
};
