import assert from 'node:assert/strict';
import type { DocumentKind } from '../../server/src/engine/model';
import { flagged, parseMarkers, teamRule } from '../support/teamRule';

/**
 * The rule kinds a team can define, one table per kind: each case is a text with `[[…]]` around
 * exactly what the rule must flag (nothing marked: it must flag nothing), and the messages.
 */
interface KindCase {
  text: string;
  kind?: DocumentKind;
  messages?: string[];
}

function describeKind(title: string, definition: Record<string, unknown>, cases: KindCase[]): void {
  describe(title, () => {
    const rule = teamRule(definition);
    for (const { text, kind, messages } of cases) {
      it(text.replace(/\s+/g, ' ').slice(0, 90), () => {
        const clean = parseMarkers(text).text;
        const result = flagged(rule, clean, kind);
        assert.equal(result.marked, text);
        if (messages) assert.deepEqual(result.messages, messages);
      });
    }
  });
}

describe('team rule kinds', () => {
  describeKind(
    'phrase: existence and substitution with the pattern language and named conditions',
    {
      kind: 'phrase',
      message: 'is the old product name.',
      when: ['notQuestion'],
      phrases: [{ pattern: '{Acme Locker|Locker Pro}', replacement: 'Acme Vault' }, 'as per our policy'],
    },
    [
      { text: 'Open [[Acme Locker]] and choose Export.', messages: ["'Acme Locker' is the old product name. Try 'Acme Vault'."] },
      { text: '[[As per our policy]], refunds take a week.', messages: ["'As per our policy' is the old product name."] },
      { text: 'Is Acme Locker the same as Acme Vault?' },
      { text: 'The customer wrote "Locker Pro" in the form.' },
      { text: 'Open Acme Vault and choose Export.' },
    ],
  );

  describeKind('phrase: only in the kinds it lists', { kind: 'phrase', kinds: ['reply'], message: 'is chat slang.', phrases: ['asap'] }, [
    { text: 'Hi Sam,\n\nWe will call you [[asap]].' },
    { text: '# Calls\n\nWe call back asap.', kind: 'article' },
  ]);

  describeKind(
    'presence: anywhere in the draft',
    {
      kind: 'presence',
      phrases: ['{ticket|case} # *'],
      missing: {
        reply: { message: 'Name the ticket.', anchor: 'afterGreeting', insert: 'This is ticket #[number].', fixTitle: 'Name it' },
      },
    },
    [
      { text: '[[Hi Sam,]]\n\nThe card is on its way.', messages: ['Name the ticket.'] },
      { text: 'Hi Sam,\n\nThe card is on its way.\n\nThis was ticket #4411.' },
    ],
  );

  describeKind(
    'presence: in the first paragraph after the greeting',
    {
      kind: 'presence',
      where: 'firstParagraph',
      phrases: ['{ticket|case} # *'],
      missing: { reply: { message: 'Name the ticket first.', anchor: 'afterGreeting', insert: 'Ticket #[number].', fixTitle: 'Name it' } },
    },
    [
      { text: '[[Hi Sam,]]\n\nThe card is on its way.\n\nThis was ticket #4411.', messages: ['Name the ticket first.'] },
      { text: 'Hi Sam,\n\nAbout ticket #4411: the card is on its way.\n\nBest,\nAcme' },
      { text: 'Hi Sam, about case #12: the card is on its way.' },
    ],
  );

  describeKind(
    'presence: in the last paragraph, the sign-off included',
    {
      kind: 'presence',
      where: 'lastParagraph',
      phrases: ['the Acme team'],
      missing: { reply: { message: 'Sign as the Acme team.', anchor: 'endOfDraft', insert: 'The Acme team', fixTitle: 'Sign' } },
    },
    [
      { text: 'Hi Sam,\n\nThe Acme team sent the card.\n\n[[Thanks for waiting.]]', messages: ['Sign as the Acme team.'] },
      { text: 'Hi Sam,\n\nThe card is on its way.\n\nBest,\nthe Acme team' },
    ],
  );

  describeKind(
    'occurrence: at most one question per draft, reported at the first one over',
    {
      kind: 'occurrence',
      count: 'questions',
      max: 1,
      message: 'Ask one question per reply (this one asks {count}).',
    },
    [
      { text: 'Hi Sam,\n\nWhich card did you use? [[When did you order?]]', messages: ['Ask one question per reply (this one asks 2).'] },
      { text: 'Hi Sam,\n\nWhich card did you use? We will check the order today.' },
      { text: 'Hi Sam,\n\nWhich card? We check today.\n\n---\n\nHi Kim,\n\nWhich order? We check today.' },
    ],
  );

  describeKind(
    'occurrence: at most so many phrase matches, at least so many',
    { kind: 'occurrence', phrases: ['{sorry|apologies}'], max: 1, message: 'Apologise once ({count} times here, at most {max}).' },
    [
      {
        text: 'Hi Sam,\n\nSorry for the wait. [[Apologies]] again, and sorry once more.',
        messages: ['Apologise once (3 times here, at most 1).'],
      },
      { text: 'Hi Sam,\n\nSorry for the wait. The card is on its way.' },
    ],
  );

  describeKind(
    'occurrence: at least so many, reported on the first line',
    { kind: 'occurrence', phrases: ['thank you'], min: 1, message: 'Thank the customer ({count} of at least {min}).' },
    [
      { text: '[[Hi Sam,]]\n\nThe card is on its way.', messages: ['Thank the customer (0 of at least 1).'] },
      { text: 'Hi Sam,\n\nThank you for waiting. The card is on its way.' },
    ],
  );

  describeKind(
    'conditional: a fault admitted needs an apology in the same draft',
    {
      kind: 'conditional',
      message: 'admits a fault: apologise for it.',
      phrases: ['{our|my} {mistake|error|fault}'],
      then: ['{sorry|apologise|apologize|apologies}'],
    },
    [
      {
        text: 'Hi Sam,\n\nThe double charge was [[our mistake]]. The refund is on its way.',
        messages: ["'our mistake' admits a fault: apologise for it."],
      },
      { text: "Hi Sam,\n\nThe double charge was our mistake, and I'm sorry." },
      { text: 'Hi Sam,\n\nSorry for the wait. The charge was our error.' },
      { text: 'Hi Sam,\n\nThe refund is on its way.' },
    ],
  );

  describeKind(
    'length: words per draft, reported at the sentence that passes the limit',
    { kind: 'length', unit: 'words', max: 8, message: 'Keep macros under {max} words (this one has {count}).' },
    [
      {
        text: 'Hi Sam,\n\nYour card is on its way. [[It should reach you by Thursday.]]',
        messages: ['Keep macros under 8 words (this one has 12).'],
      },
      { text: 'Hi Sam,\n\nYour card is on its way.' },
    ],
  );

  describeKind(
    'length: sentences per draft, and at least so many',
    { kind: 'length', unit: 'sentences', min: 2, max: 3, message: '{count} sentences; keep to {min}–{max}.' },
    [
      { text: '[[Hi Sam,]]\n\nYour card is on its way.\n\nBest,\nAcme', messages: ['1 sentences; keep to 2–3.'] },
      { text: 'Hi Sam,\n\nYour card is on its way. It ships today. It arrives Friday. [[Track it online.]]' },
      { text: 'Hi Sam,\n\nYour card is on its way. It arrives Friday.\n\nBest,\nAcme' },
    ],
  );

  describeKind(
    'consistency: the register a draft opens with wins; the other one is reported',
    {
      kind: 'consistency',
      message: 'mixes registers: this reply speaks {register}, so keep to it ({other} here).',
      registers: { british: ['colour', 'organise'], american: ['color', 'organize'] },
    },
    [
      {
        text: 'Hi Sam,\n\nThe colour picker is back, so you can organise your palette and pick a new [[color]] today.',
        messages: ["'color' mixes registers: this reply speaks british, so keep to it (american here)."],
      },
      { text: 'Hi Sam,\n\nThe color picker is back, so you can pick a new [[colour]] and [[organise]] your palette today.' },
      { text: 'Hi Sam,\n\nThe color picker is back, so you can organize your palette today.' },
      { text: 'Hi Sam,\n\nThe color picker is back today.\n\n---\n\nHi Kim,\n\nThe colour picker is back today.' },
    ],
  );
});
