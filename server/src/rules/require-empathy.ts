import { insertSentence } from '../engine/fixes';
import type { PhraseEntry } from '../engine/phrases';
import { docsUrl, type DraftRule } from '../engine/rule';

/** Statements that acknowledge how the customer feels. */
const EMPATHY_PHRASES: PhraseEntry[] = [
  {
    pattern: 'i {completely|totally|fully|really|can|do|definitely|absolutely} {understand|understand how|understand why|understand that}',
  },
  { pattern: 'i understand' },
  { pattern: '{i|we} can {imagine|see how|see why|only imagine|appreciate how|understand}' },
  {
    pattern:
      '{that|this|it} {sounds|must be|must have been|is|was|has been|can be} {|really|so|very|incredibly|understandably|deeply} {frustrating|stressful|annoying|worrying|upsetting|disappointing|inconvenient|difficult|hard|confusing|maddening|exhausting}',
  },
  { pattern: '{how|why} {frustrating|stressful|upsetting} {this|that|it}' },
  { pattern: 'i hear you' },
  { pattern: "i'd {feel|be} {the same|frustrated|upset|annoyed|worried}" },
  { pattern: 'i would {feel|be} {the same|frustrated|upset|annoyed|worried}' },
  { pattern: 'understandably' },
  { pattern: "{it's|it is|that's|that is} {|completely|totally|entirely|perfectly} {understandable|fair|reasonable}" },
  {
    pattern:
      '{thank you|thanks|i appreciate you|we appreciate you} {so much} for {your|bearing with|being so} {patience|understanding|us|patient}',
  },
  { pattern: '{i|we} {|really|truly} appreciate your {patience|understanding}' },
  { pattern: '{i|we} {know|realize|realise|recognize|recognise} {how|that this|this|that} {is|has been|was|must be|can be|much}' },
  {
    pattern:
      '{i|we} {know|realize|realise|recognize|recognise|appreciate} how {much|frustrating|stressful|upsetting|annoying|worrying|important|disruptive|hard|difficult|inconvenient|confusing|disappointing}',
  },
  { pattern: 'not the experience {we|you|anyone}' },
  { pattern: "{you're|you are} right to {be|feel|expect|ask}" },
  { pattern: '{i|we} get {it|why}' },
  { pattern: "{i'm|we're|i am|we are} here to help" },
];

export const requireEmpathy: DraftRule = {
  id: 'require-empathy',
  scope: 'draft',
  check: 'empathy',
  kinds: ['reply'],
  summary: 'A reply with no empathy statement',
  principle: 'P6',
  why: 'Saying you understand it may be stressful, and that you are here to find the best solution, shows the customer they were heard.',
  severity: 'info',
  fixable: true,
  docs: docsUrl('require-empathy'),
  example: {
    bad: 'Hi Ana,\n\nThe export limit is 10,000 rows.',
    good: 'Hi Ana,\n\nI can see how frustrating it is when an export stops halfway. The export limit is 10,000 rows.',
  },
  headline: 'Shows Customer No Sympathy',
  phrases: EMPATHY_PHRASES,
  whenMissing(draft) {
    return {
      ...draft.firstLine,
      message: 'No empathy in this reply: acknowledge how the customer feels.',
      fixes: [insertSentence(draft.bodyStart, 'I understand how frustrating this must be. ', 'Add an empathy statement')],
    };
  },
};
