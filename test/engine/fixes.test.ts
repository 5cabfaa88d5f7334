import assert from 'node:assert/strict';
import { createChecker } from '../../server/src/api';
import { applyFixes } from '../../server/src/engine/edits';
import { removeSpan } from '../../server/src/engine/fixes';
import { fixTitles } from '../../server/src/packs/en/fixTitles';

describe('fixes', () => {
  const removing = (text: string, phrase: string) => {
    const start = text.indexOf(phrase);
    return applyFixes(text, [removeSpan(text, { start, end: start + phrase.length }, fixTitles)]).text;
  };

  const cases: [string, string, string][] = [
    ['Then restart the hub, obviously.', 'obviously', 'Then restart the hub.'],
    ['Then (obviously, use a spare key) restart.', 'obviously', 'Then (use a spare key) restart.'],
    ['You can simply restart the hub.', 'simply', 'You can restart the hub.'],
    ['It keeps your full listening history (obviously).', 'obviously', 'It keeps your full listening history.'],
  ];
  for (const [text, phrase, expected] of cases)
    it(`removes '${phrase}' from: ${text}`, () => assert.equal(removing(text, phrase), expected));

  it('keeps a removal out of fix-all deep in a clause with no comma, where the clauses would run together', () => {
    const safety = (text: string) =>
      createChecker()
        .check(text, { format: 'markdown', kind: { kind: 'article', reason: 'test' } })
        .findings.filter((finding) => finding.ruleId === 'no-condescension')
        .map((finding) => [finding.text, finding.fixes[0].safe]);
    assert.deepEqual(safety('To turn the amount into a discount just type a minus sign first.'), [['just', false]]);
    assert.deepEqual(safety('To turn the amount into a discount, just type a minus sign first.'), [['just', true]]);
    assert.deepEqual(safety('You can simply type a minus sign first.'), [['simply', true]]);
  });

  it('offers legal rewording one by one, never in bulk', () => {
    const [finding] = createChecker()
      .check('Refunds are issued in accordance with the terms.', { format: 'markdown', kind: { kind: 'article', reason: 'test' } })
      .findings.filter((candidate) => candidate.ruleId === 'no-legalese');
    assert.deepEqual(
      finding.fixes.map((fix) => [fix.edits[0].newText, fix.safe]),
      [['under', false]],
    );
  });
});
