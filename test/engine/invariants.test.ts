import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { globSync } from 'tinyglobby';
import { createChecker } from '../../server/src/api';
import { DEFAULT_PACK } from '../../server/src/api';
import { EXTENSIONS, formatOf } from '../../server/src/shared/formats';

const repository = join(__dirname, '..', '..');
const corpus = globSync(
  [
    'examples/**/*.{md,txt}',
    `test/fixtures/**/input.{${EXTENSIONS.join(',')}}`,
    'test/fixtures/cli/**/*.md',
    'test/labeled/drafts/*.md',
    'docs/rules/*.md',
  ],
  { cwd: repository, absolute: true },
);
const fixable = new Map(DEFAULT_PACK.rules.map((rule) => [rule.id, rule.fixable]));

/** Properties every finding on every document of the repository must have. */
describe('engine invariants over all fixtures, examples and docs', () => {
  it('has a corpus to check', () => assert.ok(corpus.length > 60, `${corpus.length} files`));

  for (const path of corpus) {
    it(relative(repository, path), () => {
      const text = readFileSync(path, 'utf8');
      const result = createChecker().check(text, { format: formatOf({ path }).id, fileName: path });
      for (const finding of result.findings) {
        assert.ok(
          finding.start >= 0 && finding.start <= finding.end && finding.end <= text.length,
          `${finding.ruleId} range is inside the document`,
        );
        assert.equal(finding.text, text.slice(finding.start, finding.end), `${finding.ruleId} text is the flagged source slice`);
        assert.ok(finding.fixes.length === 0 || fixable.get(finding.ruleId), `${finding.ruleId} offers a fix but is not marked fixable`);
        for (const fix of finding.fixes) {
          const edits = [...fix.edits].sort((a, b) => a.start - b.start);
          edits.forEach((edit, index) => {
            assert.ok(edit.start >= 0 && edit.end <= text.length, 'edit inside the document');
            if (index > 0) assert.ok(edits[index - 1].end <= edit.start, 'edits of one fix do not overlap');
          });
        }
      }
      for (const draft of result.drafts) {
        assert.ok(draft.headline.length <= 100, draft.headline);
        // No markup, entity, JSON escape or in-place filler ever reaches a headline.
        assert.doesNotMatch(draft.headline, /<\/?[a-z][^>]*>|&(?:#\d+|#x[\da-f]+|[a-z]+);|\\[nu"]|\u034f/i);
      }
    });
  }
});

describe('incremental re-check', () => {
  const article = readFileSync(join(repository, 'examples/kb/returns-and-refunds.md'), 'utf8');
  const edits: [string, (text: string) => string][] = [
    ['a character typed in a paragraph', (text) => text.replace('refunds', 'refundss')],
    ['a new paragraph with blame', (text) => `${text}\n\nYou should have read the manual.\n`],
    ['a paragraph removed', (text) => text.replace(/\n\n[^\n]*\n/, '\n\n')],
    ['a line ending changed to CRLF', (text) => text.replace('\n', '\r\n')],
    ['front matter changing the kind', (text) => text.replace('---\n', '---\nsupport-tone: reply\n')],
  ];
  for (const [name, edit] of edits) {
    it(`equals a fresh check after ${name}`, () => {
      const checker = createChecker();
      checker.check(article, { format: 'markdown' });
      const edited = edit(article);
      assert.notEqual(edited, article);
      assert.deepEqual(checker.check(edited, { format: 'markdown' }), createChecker().check(edited, { format: 'markdown' }));
    });
  }
});
