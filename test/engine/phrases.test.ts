import assert from 'node:assert/strict';
import { PhraseIndex } from '../../server/src/engine/phrases';
import { sentenceParser } from '../../server/src/engine/segmentation';
import { parseSentences } from '../../server/src/engine/sentences';

const parse = sentenceParser('en', []);

/** What a pattern matches in a text, as written. */
function matched(pattern: string, text: string): string[] {
  const index = new PhraseIndex(new Map([['rule', [{ pattern }]]]));
  return parseSentences(text, [], parse).flatMap((sentence) =>
    index.match(sentence.words).map((match) => text.slice(sentence.words[match.firstWord].start, sentence.words[match.lastWord].end)),
  );
}

describe('punctuation tokens in phrase patterns', () => {
  const cases: { pattern: string; text: string; expected: string[] }[] = [
    { pattern: 'sorry , but', text: 'Sorry, but the plan ends today.', expected: ['Sorry, but'] },
    { pattern: 'sorry , but', text: 'Sorry but the plan ends today.', expected: [] },
    { pattern: 'to confirm ,', text: 'To confirm, you want the invoice moved.', expected: ['To confirm'] },
    { pattern: 'to {confirm|recap} {,|:}', text: 'Just to recap: the parcel left on Monday.', expected: ['to recap'] },
    { pattern: 'to confirm ,', text: 'I wrote to confirm the new address.', expected: [] },
    { pattern: 'to confirm ,', text: 'Reply here to confirm.', expected: [] },
  ];
  for (const { pattern, text, expected } of cases)
    it(`'${pattern}' in '${text}'`, () => assert.deepEqual(matched(pattern, text), expected));
});
