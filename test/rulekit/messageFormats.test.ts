import assert from 'node:assert/strict';
import { formatMessage, valuesOf } from '../../server/src/rulekit/messageFormats';
import { flagged, teamRule } from '../support/teamRule';

/**
 * Each kind's message formats (what SARIF lists as a rule's `messageStrings`), and for a text the
 * rule flags, the format and values that give each finding's message exactly.
 */
const CASES: {
  title: string;
  definition: Record<string, unknown>;
  formats: Record<string, string>;
  text: string;
  /** Per finding: the format's id and its values. */
  found: [string, string[]][];
}[] = [
  {
    title: 'phrase: the rule’s message with and without a replacement, and a phrase’s own message',
    definition: {
      kind: 'phrase',
      message: 'is the old name {sic}.',
      phrases: [{ pattern: 'Acme Locker', replacement: 'Acme Vault' }, 'Locker Pro', { pattern: 'as per', message: 'is stiff.' }],
    },
    formats: {
      default: "'{0}' is the old name {{sic}}.",
      defaultReplace: "'{0}' is the old name {{sic}}. Try '{1}'.",
      phrase1: "'{0}' is stiff.",
    },
    text: 'Hi Sam,\n\nAs per the form, the Acme Locker and the Locker Pro apps are gone.',
    found: [
      ['phrase1', ['As per']],
      ['defaultReplace', ['Acme Locker', 'Acme Vault']],
      ['default', ['Locker Pro']],
    ],
  },
  {
    title: 'occurrence: the count is a value, the bounds are the rule’s own',
    definition: {
      kind: 'occurrence',
      phrases: ['{sorry|apologies}'],
      max: 1,
      message: 'Apologise once ({count} times here, at most {max}).',
    },
    formats: { default: 'Apologise once ({0} times here, at most 1).' },
    text: 'Hi Sam,\n\nSorry for the wait. Apologies again, and sorry once more.',
    found: [['default', ['3']]],
  },
  {
    title: 'length: an unknown name stays literal',
    definition: { kind: 'length', unit: 'words', max: 8, message: 'Keep macros under {max} words ({count}; {words} is not a value).' },
    formats: { default: 'Keep macros under 8 words ({0}; {{words}} is not a value).' },
    text: 'Hi Sam,\n\nYour card is on its way. It should reach you by Thursday.',
    found: [['default', ['12']]],
  },
  {
    title: 'conditional: the phrase that needs its counterpart',
    definition: { kind: 'conditional', message: 'admits a fault: apologise.', phrases: ['our mistake'], then: ['sorry'] },
    formats: { default: "'{0}' admits a fault: apologise." },
    text: 'Hi Sam,\n\nThe double charge was our mistake.',
    found: [['default', ['our mistake']]],
  },
  {
    title: 'consistency: the phrase, the register the draft keeps and the other one',
    definition: {
      kind: 'consistency',
      message: 'mixes registers: keep to {register} ({other} here).',
      registers: { british: ['colour'], american: ['color'] },
    },
    formats: { default: "'{0}' mixes registers: keep to {1} ({2} here)." },
    text: 'Hi Sam,\n\nThe colour picker is back: pick a color.',
    found: [['default', ['color', 'british', 'american']]],
  },
  {
    title: 'presence: one format per kind, no values',
    definition: {
      kind: 'presence',
      phrases: ['ticket # *'],
      missing: { reply: { message: 'Name the {ticket}.', anchor: 'afterGreeting', insert: 'Ticket #[number].', fixTitle: 'Name it' } },
    },
    formats: { reply: 'Name the {{ticket}}.' },
    text: 'Hi Sam,\n\nThe card is on its way.',
    found: [['reply', []]],
  },
];

describe('rule message formats (SARIF messageStrings)', () => {
  for (const { title, definition, formats, text, found } of CASES) {
    it(title, () => {
      const rule = teamRule(definition);
      assert.deepEqual(rule.messageFormats, formats);
      const { messages } = flagged(rule, text);
      assert.deepEqual(
        messages.map((message) => Object.entries(formats).flatMap(([id, format]) => (valuesOf(format, message) ? [id] : []))),
        found.map(([id]) => [id]),
        'exactly one format reads each message',
      );
      assert.deepEqual(
        found.map(([id, values]) => formatMessage(formats[id], values)),
        messages,
      );
      assert.deepEqual(
        found.map(([id], index) => valuesOf(formats[id], messages[index])),
        found.map(([, values]) => values),
      );
    });
  }

  it('reads no values from a text the format does not give', () => {
    assert.equal(valuesOf("'{0}' is legalese. Try '{1}'.", "'pursuant to' is legalese."), undefined);
    assert.equal(valuesOf('{0} of {0}', '2 of 3'), undefined);
    assert.deepEqual(valuesOf('{0} of {0}', '2 of 2'), ['2']);
    assert.deepEqual(valuesOf('{{literal}} {1}', '{literal} x'), ['', 'x']);
  });
});
