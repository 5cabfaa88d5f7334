import { docsUrl, type SentenceRule } from '../../server/src/engine/rule';

/** A rule that throws on any sentence with the word "boom" (and reports "kaboom" first, to show partial work is kept apart). */
export const FAILING_RULE: SentenceRule = {
  id: 'test-failing-rule',
  scope: 'sentence',
  summary: 'Throws for tests',
  principle: 'P1',
  why: 'Tests that a failing rule is contained.',
  severity: 'warning',
  fixable: false,
  docs: docsUrl('test-failing-rule'),
  example: { bad: 'boom', good: 'calm' },
  headline: 'Fails',
  phrases: [],
  check(context) {
    for (const sentence of context.sentences) {
      if (sentence.data.words.some((word) => word.norm === 'boom')) throw new Error('boom is not allowed');
    }
  },
};
