import { insertSentence } from '../engine/fixes';
import type { PhraseEntry } from '../engine/phrases';
import { docsUrl, type DraftRule } from '../engine/rule';

/** Genuine apologies, and the non-apologies that must not count (longest match wins). */
const APOLOGY_PHRASES: PhraseEntry[] = [
  {
    pattern:
      "{i'm|i am|we're|we are|i'm so|i'm very|i'm really|i am so|we're so|we are so|i'm truly|we're truly} {sorry|so sorry|very sorry|really sorry|truly sorry|deeply sorry}",
  },
  { pattern: 'sorry {for|about|to hear|that|we|i|again|this|the}' },
  { pattern: '{my|our} {sincere|sincerest|deepest|apologies} {apologies}' },
  { pattern: 'apologies {for|about|again}' },
  { pattern: '{i|we} {sincerely|truly|do|deeply} {apologize|apologise|apologized|apologised} {for|to|about}' },
  { pattern: '{i|we} {apologize|apologise}' },
  { pattern: 'please accept {my|our} {sincere} {apology|apologies}' },
  { pattern: '{i|we} {owe} you an apology' },
  { pattern: '{was|is|were} {|entirely|completely|totally|all} {my|our} {mistake|fault|error|doing}' },
  { pattern: '{we|i} {got|messed} {this|that|it} {wrong|up}' },
  { pattern: 'sorry' },
  {
    pattern:
      "{i'm|i am|we're|we are} {sorry|so sorry|very sorry} {you feel|you felt|you think|you believe|that you feel|that you felt|if you feel|if you felt|if you were|if you are|if this|if that|if it|if we|if there|if anything|if any|if you've|if you have|but|, but}",
    ignore: true,
  },
  {
    pattern:
      "sorry {you feel|you felt|you think|you believe|that you feel|that you felt|if you feel|if you felt|if you were|if you are|if this|if that|if it|if we|if there|if anything|if any|if you've|if you have|but|, but}",
    ignore: true,
  },
  { pattern: '{i|we} {apologize|apologise} {if|that you feel|you feel|, but}', ignore: true },
  { pattern: 'sorry if', ignore: true },
  { pattern: '{apologies|apology} {if|that you feel|you feel|, but}', ignore: true },
  { pattern: 'regret to inform', ignore: true },
];

export const requireApology: DraftRule = {
  id: 'require-apology',
  scope: 'draft',
  check: 'apology',
  kinds: ['reply'],
  summary: 'A reply with no genuine apology ("sorry you feel that way" does not count)',
  principle: 'P5',
  why: 'Even when it was not your fault, the customer deserves an apology; a simple "I\'m sorry to hear that" starts the repair.',
  severity: 'warning',
  fixable: true,
  docs: docsUrl('require-apology'),
  example: {
    bad: 'Hi Sam,\n\nYour refund was processed on Monday.',
    good: "Hi Sam,\n\nI'm sorry for the trouble with your refund. It was processed on Monday.",
  },
  headline: 'Offers Customer No Apology',
  phrases: APOLOGY_PHRASES,
  whenMissing(draft) {
    return {
      ...draft.firstLine,
      message: 'No apology in this reply: say sorry for the trouble, even if it was not your fault.',
      fixes: [insertSentence(draft.bodyStart, "I'm sorry for the trouble this has caused. ", 'Add an apology after the greeting')],
    };
  },
};
