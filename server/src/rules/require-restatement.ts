import { insertSentence } from '../engine/fixes';
import type { PhraseEntry } from '../engine/phrases';
import { docsUrl, type DraftRule } from '../engine/rule';

/** Ways of restating what happened and what the customer expects. */
const THINGS =
  '{order|package|parcel|refund|payment|account|device|thermostat|hub|sensor|export|invoice|subscription|card|report|booking|delivery|dashboard|app|schedule|data|files|plan|trial|login|password|charge|bill}';

/** Ways of restating what happened and what the customer expects. */
const RESTATEMENT_PHRASES: PhraseEntry[] = [
  { pattern: '{if|so} i {understand|understood|read} {you|this|that|it} {correctly|right}' },
  { pattern: 'to {make sure|be sure|check} i {understand|understood|have this right|have it right|got this right|follow}' },
  { pattern: '{so that|just so} i {have|got} {it|this|that} right' },
  { pattern: 'i understand {that} {you|your|the}' },
  {
    pattern:
      "{you|you've|you have} {mentioned|mention|said|say|wrote|write|told us|told me|explained|described|noted|reported|let us know|let me know|saw|noticed|found}",
  },
  {
    pattern:
      "{you were|you've been|you have been|you got} {charged|billed|locked out|logged out|unable|trying|waiting|seeing|getting|receiving|double-charged|sent|told|asked}",
  },
  { pattern: "{you're|you are} {seeing|getting|having|unable|trying|waiting|stuck|not able|still|looking for|hoping|expecting|asking}" },
  {
    pattern:
      "{you can't|you cannot|you couldn't|you could not|you weren't able to|you were not able to|you haven't been able to|you have not been able to}",
  },
  { pattern: '{it|this} {sounds|looks|seems} like {you|your}' },
  { pattern: '{from|in} your {message|email|note|ticket|screenshot|description|last reply}' },
  {
    pattern:
      "you {expected|needed|wanted|hoped|asked|were expecting|were hoping|'d like|would like|'re hoping|are hoping|'re expecting|are expecting}",
  },
  {
    pattern: `your ${THINGS} {arrived|was|is|has|hasn't|didn't|never|still|stopped|keeps|came|showed|shows|stays|won't|doesn't|failed|got}`,
  },
  { pattern: `your ${THINGS} # *` },
  { pattern: `your ${THINGS} {number} * {arrived|was|is|has|hasn't|didn't|never|still|stopped|keeps|came|stays|won't|doesn't|failed}` },
  { pattern: 'to {confirm|recap|sum up|summarise|summarize}' },
  {
    pattern:
      '{thanks|thank you} for {letting us know|letting me know|telling us|telling me|explaining} {that|about|the|your|how|why|what|when}',
  },
];

export const requireRestatement: DraftRule = {
  id: 'require-restatement',
  scope: 'draft',
  check: 'restatement',
  kinds: ['reply'],
  summary: "A reply that never restates the customer's issue",
  principle: 'P6',
  why: 'Restating what happened and what the customer expects proves you listened, and catches misunderstandings early.',
  severity: 'info',
  fixable: true,
  docs: docsUrl('require-restatement'),
  example: {
    bad: 'Hi Jo,\n\nPlease clear your cache.',
    good: 'Hi Jo,\n\nYou mentioned the dashboard stays blank after you sign in. Please clear your cache.',
  },
  headline: 'Ignores What Customer Said',
  phrases: RESTATEMENT_PHRASES,
  whenMissing(draft) {
    return {
      ...draft.firstLine,
      message: 'No restatement: sum up in a sentence or two what happened and what the customer expects.',
      fixes: [
        insertSentence(
          draft.bodyStart,
          'To make sure I understand: [what happened and what you expect]. ',
          'Add a restatement of the issue',
        ),
      ],
    };
  },
};
