import assert from 'node:assert/strict';
import { createChecker } from '../../server/src/api';
import type { DocumentKind, Sentence } from '../../server/src/engine/model';
import type { PhraseMatch } from '../../server/src/engine/phrases';
import { CONDITIONS, isQuestion, type ConditionName } from '../../server/src/rulekit/conditions';
import { testRule } from '../support/testRule';

/**
 * Runs one condition on the words between `[[` and `]]`; the sentence holding them is judged in
 * its document (the sentences around it, its block, its draft).
 */
function holds(name: ConditionName, marked: string, kind: DocumentKind = 'article'): boolean {
  const start = marked.indexOf('[[');
  const end = marked.indexOf(']]') - 2;
  const text = marked.replace('[[', '').replace(']]', '');
  let result: boolean | undefined;
  const probe = testRule('probe', 'info', (context) => {
    const sentence = context.sentences.find((candidate: Sentence) => candidate.start <= start && end <= candidate.end);
    assert.ok(sentence, `no sentence holds [[…]] in ${JSON.stringify(text)}`);
    const firstWord = sentence.words.findIndex((word) => word.start >= start);
    const lastWord = sentence.words.findLastIndex((word) => word.end <= end);
    const match: PhraseMatch = { ruleId: 'probe', entry: { pattern: 'probe' }, firstWord, lastWord };
    result = CONDITIONS[name](sentence, match, context);
  });
  createChecker([probe]).check(text, { format: 'markdown', kind: { kind, reason: 'test' } });
  assert.ok(result !== undefined, 'the probe rule did not run');
  return result;
}

describe('rule conditions', () => {
  it('notQuestion: a question is not a verdict, a tag question is', () => {
    assert.equal(holds('notQuestion', 'Why am I [[unable to]] sign in?'), false);
    assert.equal(holds('notQuestion', '## Why is the export [[not possible]]? {#export}'), false);
    assert.equal(holds('notQuestion', "You [[didn't read]] the guide, did you?"), true);
    assert.equal(holds('notQuestion', "We [[can't refund]] this order."), true);
  });

  it('isQuestion reads past closing quotes and emphasis', () => {
    const ask = (text: string) => isQuestion({ text, words: [] } as unknown as Sentence);
    assert.equal(ask('Will I be charged twice?**'), true);
    assert.equal(ask('Is it "final?"'), true);
    assert.equal(ask('It is final.'), false);
  });

  it('notConditional: "if" or "whether" earlier in the same clause', () => {
    assert.equal(holds('notConditional', "If [[you're confused]] about which plan you are on, open Billing."), false);
    assert.equal(holds('notConditional', 'If you find pages where [[that is not the case]], tell us.'), false);
    assert.equal(holds('notConditional', "If you asked for a refund, [[we can't refund]] it."), true);
    assert.equal(holds('notConditional', "[[You're confused]] about the plan."), true);
  });

  it('notWish and notReadersPlan: hopes and the reader’s own plans promise nothing', () => {
    assert.equal(holds('notWish', 'We hope to have the map back [[soon]].'), false);
    assert.equal(holds('notWish', 'Fingers crossed, the servers come back online [[soon]].'), false);
    assert.equal(holds('notWish', 'The map will be back [[soon]].'), true);
    assert.equal(holds('notReadersPlan', 'If you are planning to move house [[in the near future]], update your address.'), false);
    assert.equal(holds('notReadersPlan', 'We plan to add maps [[in the near future]].'), true);
  });

  it('notNegated: a negation earlier in the same clause, up to a comma or a word that opens a clause', () => {
    assert.equal(holds('notNegated', "We won't add offline maps [[in the near future]]."), false);
    assert.equal(holds('notNegated', "We can't say when, but maps come back [[soon]]."), true);
    assert.equal(holds('notNegated', 'There is no date yet but maps come back [[soon]].'), true);
    assert.equal(holds('notNegated', 'Maps come back [[soon]].'), true);
  });

  it('notThirdPartyProduct: "your <Product> account" is another company’s requirement', () => {
    assert.equal(
      holds('notThirdPartyProduct', 'Forms are a paid Shopwise feature, so [[you need to upgrade]] your Shopwise account.'),
      false,
    );
    assert.equal(holds('notThirdPartyProduct', '[[You should upgrade]] your account today.'), true);
  });

  it('notQuotation: blockquotes in articles and words in quotation marks', () => {
    assert.equal(holds('notQuotation', '> The old charter, [[wherein]] the rights are listed.'), false);
    assert.equal(holds('notQuotation', 'The old charter, [[wherein]] the rights are listed.'), true);
  });

  it('notUiLabel: short capitalised bold or quoted labels, not emphasised prose', () => {
    assert.equal(holds('notUiLabel', '- **Fastest route [[when possible]]** — picks the shortest path.'), false);
    assert.equal(holds('notUiLabel', 'Select **Sync [[when possible]]** to save battery.'), false);
    assert.equal(holds('notUiLabel', 'Sorry, **[[we cannot refund]]** this order.'), true);
    assert.equal(holds('notUiLabel', '**[[Pursuant to]]** section 4, the fee is waived.'), true);
    assert.equal(holds('notUiLabel', 'This list **[[but is not limited to]]** the items below.'), true);
  });

  it('notLinkText: a link names the page it points to', () => {
    assert.equal(holds('notLinkText', '- [Why am I [[unable to]] log in?](#log-in)'), false);
    assert.equal(holds('notLinkText', 'We are [[unable to]] log you in. See [sign-in help](#log-in).'), true);
  });

  it('onlyInReplies: by the document kind', () => {
    assert.equal(holds('onlyInReplies', "[[Please don't post]] screenshots.", 'article'), false);
    assert.equal(holds('onlyInReplies', "Hi Sam,\n\n[[Please don't post]] screenshots.\n\nBest,\nAlex", 'reply'), true);
  });

  it('notInHeading and notInTable: by the sentence’s block', () => {
    assert.equal(holds('notInHeading', '## [[Refunds are final]]\n\nText.'), false);
    assert.equal(holds('notInHeading', 'Text.\n\n[[Refunds are final]].'), true);
    assert.equal(holds('notInTable', '[[Refunds are final]].'), true);
  });

  it('notFaqAnswer: an opening "No" right after a question', () => {
    assert.equal(holds('notFaqAnswer', '## Will I lose my notes?\n\n[[No]]. Your notes stay on your device.'), false);
    assert.equal(holds('notFaqAnswer', '## Will I lose my notes? {#lose}\n\n[[No]]. Your notes stay on your device.'), false);
    assert.equal(holds('notFaqAnswer', 'We checked your order.\n\n[[No]], the refund was not issued.'), true);
  });

  it('opensParenthesis: the first word inside an opening parenthesis, wherever the sentence puts it', () => {
    assert.equal(holds('opensParenthesis', 'The company (the [[Provider]]) runs the service.'), false);
    assert.equal(holds('opensParenthesis', 'The company ([[hereinafter]]: the Provider) runs the service.'), true);
    assert.equal(holds('opensParenthesis', '([[Hereinafter]] the Provider) runs the service.'), true);
    assert.equal(holds('opensParenthesis', 'The steps are listed [[below]]: open Settings first.'), false);
  });

  it('openingAnswer: the first word of its sentence, set off by a comma, full stop, exclamation mark or semicolon', () => {
    assert.equal(holds('openingAnswer', '[[No]], the account was closed for good.'), true);
    assert.equal(holds('openingAnswer', 'Sorry for the wait. [[No]]. The export stays in beta.'), true);
    assert.equal(holds('openingAnswer', '**[[No]]!** The account was closed for good.'), true);
    assert.equal(holds('openingAnswer', '[[No]] problem, I sent the invoice again.'), false);
    assert.equal(holds('openingAnswer', 'No, [[no]], that was our mistake.'), false);
    assert.equal(holds('openingAnswer', '[[No]] – the account was closed for good.'), false);
  });

  it('noRequirementAfter: a refusal with "without", "unless" or "until" asks for something', () => {
    assert.equal(holds('noRequirementAfter', "[[I'm not able to]] help without the log file."), false);
    assert.equal(holds('noRequirementAfter', "[[I'm not able to]] help with this."), true);
  });

  it('notPastReason: "as we were unable to" explains what happened', () => {
    assert.equal(holds('notPastReason', 'Your plan lapsed as [[we were unable to]] charge the card.'), false);
    assert.equal(holds('notPastReason', 'Your plan lapsed, and [[we are unable to]] restore it.'), true);
  });

  it('notExplainedInArticle: a limitation explained after "because" or "means" in an article', () => {
    assert.equal(holds('notExplainedInArticle', 'This means that [[it is not possible]] to merge two boards.'), false);
    assert.equal(holds('notExplainedInArticle', 'Totals are hidden because [[it is not possible]] to count them twice.'), false);
    assert.equal(holds('notExplainedInArticle', '[[It is not possible]] to merge two boards.'), true);
    assert.equal(holds('notExplainedInArticle', 'This means that [[we cannot refund]] the order.', 'reply'), true);
  });

  it('beforeLink: the next word opens a link', () => {
    assert.equal(holds('beforeLink', 'Refunds are handled [[as per]] [the billing rules](https://example.com/rules).'), true);
    assert.equal(holds('beforeLink', 'Refunds are handled [[as per]] your message, [as agreed](https://example.com/a).'), false);
  });

  it('clauseInitial: "that" opening a clause, not a relative clause', () => {
    assert.equal(holds('clauseInitial', 'A server [[that is not allowed]] to connect.'), false);
    assert.equal(holds('clauseInitial', 'Sorry, [[that is not allowed]] on this plan.'), true);
  });
});
