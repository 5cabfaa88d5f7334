import { testRule } from './testRule';

/** A rule that throws on any sentence with the word "boom": the containment tests check the other rules still run. */
export const FAILING_RULE = testRule('test-failing-rule', 'warning', (context) => {
  for (const sentence of context.sentences) {
    if (sentence.words.some((word) => word.norm === 'boom')) throw new Error('boom is not allowed');
  }
});
