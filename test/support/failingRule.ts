import type { SentenceRule } from '../../server/src/engine/rule';

/** A rule that throws on any sentence with the word "boom" (and reports "kaboom" first, to show partial work is kept apart). */
export const FAILING_RULE: SentenceRule = {
  id: 'test-failing-rule',
  scope: 'sentence',
  summary: 'Throws for tests',
  principle: 'P1',
  why: 'Tests that a failing rule is contained.',
  severity: 'warning',
  fixable: false,
  docs: 'https://example.com/test-failing-rule',
  example: { bad: 'boom', good: 'calm' },
  headline: 'Fails',
  label: 'a failing rule',
  phrases: [],
  check(context) {
    for (const sentence of context.sentences) {
      if (sentence.words.some((word) => word.norm === 'boom')) throw new Error('boom is not allowed');
    }
  },
};
