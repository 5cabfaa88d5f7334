import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createChecker } from '../../server/src/api';
import { fixAll, safeFixes } from '../../server/src/engine/edits';
import type { CheckOptions } from '../../server/src/engine/checker';
import { DEFAULT_PACK } from '../../server/src/api';

/** 2,000 cases per property in CI; fewer locally. Seeded, so a failure replays; fast-check prints the seed and path. */
const RUNS = { numRuns: process.env.CI ? 2000 : 300, seed: Number(process.env.PROPERTY_SEED ?? 20261122) };

const PHRASES = [
  'you should have read the manual',
  "we can't do that",
  'No,',
  'per our policy',
  'pursuant to',
  'mistakes were made',
  'your account was suspended',
  'ASAP',
  'soon',
  'as soon as possible',
  'buy now',
  'Simply',
  'just click',
  'obviously',
  'as you know',
  'Do NOT',
  '!!!',
  "I'm sorry",
  'sorry you feel that way',
  'I understand',
  'you mentioned',
  "I'll email you by Friday",
  'Contact us',
  'no problem',
  'FAQ',
  'PDF',
  '"ACCESS DENIED"',
  'user error',
  "that's incorrect",
];
const UNICODE = ['😀', '👩‍💻', 'e\u0301', 'שלום', 'مرحبا', '\u200B', '\u200D', '\uFEFF', 'ﬁ', '𝒜', '\u0000'.slice(1), 'ß', 'İ', '\u00A0'];
const WORDS = [
  'the',
  'hub',
  'refund',
  'order',
  'Hi',
  'Sam,',
  'Best,',
  'Alex',
  'and',
  'we',
  'will',
  'check',
  'it',
  'today',
  '.',
  ',',
  '?',
  '—',
  '(',
  ')',
];
const INLINE = [
  '`code`',
  '**bold**',
  '_em_',
  '[link](https://example.com/simply)',
  '<https://x.y/just>',
  '{{ticket.requester.first_name}}',
  '{%agent.name%}',
  '[Customer name]',
  '<b>',
  '&amp;',
  '\\*',
];
const LINE_START = ['', '', '', '- ', '1. ', '> ', '> > ', '  - ', '# ', '## ', '| a | ', '    '];
const BLOCKS = [
  '---',
  '```',
  '***',
  '<!-- support-tone-disable -->',
  '<!-- support-tone-enable -->',
  '<!-- support-tone-disable-next-line no-condescension -->',
  '-- ',
  'On Mon, 3 Nov 2026, Dana wrote:',
  '---\nsupport-tone: reply\n---',
];
const EOL = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n'];

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...PHRASES) },
  fc.constantFrom(...UNICODE),
  fc.constantFrom(...INLINE),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);
const line = fc
  .tuple(fc.constantFrom(...LINE_START), fc.array(token, { maxLength: 12 }))
  .map(([start, tokens]) => start + tokens.join(' '));
const document = fc
  .array(fc.oneof({ weight: 6, arbitrary: line }, fc.constantFrom(...BLOCKS)), { maxLength: 14 })
  .chain((lines) =>
    fc
      .array(fc.constantFrom(...EOL), { minLength: lines.length, maxLength: lines.length })
      .map((eols) => lines.map((text, index) => text + eols[index]).join('')),
  );
const options = fc.record({ format: fc.constantFrom<CheckOptions['format']>('markdown', 'plaintext') });

const fixable = new Map(DEFAULT_PACK.rules.map((rule) => [rule.id, rule.fixable]));

describe('engine properties (fast-check)', function () {
  this.timeout(120000);

  it('never throws, and every finding lies inside the document with its exact source text and non-overlapping fixes', () => {
    fc.assert(
      fc.property(document, options, (text, checkOptions) => {
        const result = createChecker().check(text, checkOptions);
        for (const finding of result.findings) {
          assert.ok(0 <= finding.start && finding.start <= finding.end && finding.end <= text.length, 'range inside the document');
          assert.equal(finding.text, text.slice(finding.start, finding.end));
          assert.ok(finding.fixes.length === 0 || fixable.get(finding.ruleId));
          const edits = finding.fixes.flatMap((fix) => fix.edits).sort((a, b) => a.start - b.start || a.end - b.end);
          edits.forEach((edit, index) => {
            assert.ok(0 <= edit.start && edit.start <= edit.end && edit.end <= text.length, 'edit inside the document');
            if (index > 0) assert.ok(edits[index - 1].end <= edit.start, 'fixes do not overlap');
          });
        }
        for (const draft of result.drafts) assert.ok(draft.headline.length <= 100);
      }),
      RUNS,
    );
  });

  it('fix-all leaves no safe fix behind, and applying it twice equals applying it once', () => {
    fc.assert(
      fc.property(document, options, (text, checkOptions) => {
        const check = (current: string) => createChecker().check(current, checkOptions).findings;
        const fixed = fixAll(text, check);
        assert.deepEqual(safeFixes(check(fixed)), [], 'no safe fix is left after fix-all');
        assert.equal(fixAll(fixed, check), fixed);
      }),
      RUNS,
    );
  });

  it('re-checks incrementally to exactly what a fresh check finds', () => {
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 12 }),
      insert: fc.oneof(token, fc.constantFrom(...EOL), fc.constant('')),
    });
    fc.assert(
      fc.property(document, options, fc.array(edit, { minLength: 1, maxLength: 4 }), (text, checkOptions, edits) => {
        const checker = createChecker();
        checker.check(text, checkOptions);
        let current = text;
        for (const { at, remove, insert } of edits) {
          const position = current.length === 0 ? 0 : at % (current.length + 1);
          current = current.slice(0, position) + insert + current.slice(position + remove);
          assert.deepEqual(checker.check(current, checkOptions), createChecker().check(current, checkOptions));
        }
      }),
      RUNS,
    );
  });
});
