import assert from 'node:assert/strict';
import { applyFixes, fixAll } from '../../server/src/engine/edits';
import type { Fix } from '../../server/src/engine/model';

const fix = (start: number, end: number, newText: string): Fix => ({ title: 'test', safe: true, edits: [{ start, end, newText }] });

describe('applyFixes', () => {
  const text = 'Simply click Reset ASAP.';

  it('applies non-overlapping fixes against the original offsets', () => {
    assert.equal(applyFixes(text, [fix(19, 23, 'by noon'), fix(0, 7, '')]).text, 'click Reset by noon.');
  });

  it('skips a fix that overlaps one applied before it', () => {
    const first = fix(0, 12, 'Click');
    const overlapping = fix(7, 12, 'press');
    const result = applyFixes(text, [overlapping, first]);
    assert.equal(result.text, 'Click Reset ASAP.');
    assert.deepEqual(result.skipped, [overlapping]);
  });

  it('skips a second insertion at the same offset', () => {
    const result = applyFixes('Hi.', [fix(3, 3, ' A'), fix(3, 3, ' B')]);
    assert.equal(result.text, 'Hi. A');
    assert.equal(result.skipped.length, 1);
  });

  it('inserts before a replacement that starts at the same offset', () => {
    assert.equal(applyFixes('ab', [fix(0, 1, 'A'), fix(0, 0, '>')]).text, '>Ab');
  });

  it('keeps a multi-edit fix all-or-nothing', () => {
    const twoEdits: Fix = {
      title: 'two',
      safe: true,
      edits: [
        { start: 8, end: 9, newText: 'X' },
        { start: 6, end: 7, newText: 'Y' },
      ],
    };
    const result = applyFixes('abcdefghij', [twoEdits, fix(5, 7, 'Z')]);
    assert.equal(result.text, 'abcdeZhij');
    assert.deepEqual(result.skipped, [twoEdits]);
    assert.equal(applyFixes('abcdefghij', [twoEdits]).text, 'abcdefYhXj');
  });
});

describe('fixAll', () => {
  it('re-checks until no safe fix is left', () => {
    let calls = 0;
    const check = (current: string) => {
      calls++;
      const at = current.indexOf('!!');
      return at < 0
        ? []
        : [
            {
              ruleId: 'x',
              severity: 'warning' as const,
              message: '',
              start: at,
              end: at + 2,
              text: '!!',
              draft: 0,
              fixes: [fix(at, at + 2, '!')],
            },
          ];
    };
    assert.equal(fixAll('Wow!!!!', check), 'Wow!');
    assert.equal(calls, 4);
  });

  it('leaves fixes that need the writer (unsafe) alone', () => {
    const unsafe: Fix = { title: 'placeholder', safe: false, edits: [{ start: 0, end: 4, newText: 'by [time]' }] };
    assert.equal(
      fixAll('ASAP', () => [{ ruleId: 'x', severity: 'warning', message: '', start: 0, end: 4, text: 'ASAP', draft: 0, fixes: [unsafe] }]),
      'ASAP',
    );
  });
});
