import assert from 'node:assert/strict';
import { DOCUMENT_FILTERS, isCheckedDocument, namedReplyFilters } from '../../server/src/shared/formats';

describe('which YAML files hold saved replies', () => {
  const cases: [name: string, text: string, checked: boolean][] = [
    ['a top-level list of replies', '- title: Refund\n  body: Done.\n', true],
    ['a top-level list, body before title, other keys between', '- body: |\n    Done.\n  tags: [a]\n  title: Refund\n', true],
    ['the list under replies:', '# Billing\nreplies:\n  - title: Refund\n    body: Done.\n', true],
    ['the list under macros:, not indented', 'macros:\n- title: Refund\n\n  body: Done.\n', true],
    ['a list under another key', 'faq:\n  - title: Refund\n    body: Done.\n', false],
    ['an item with a title only', '- title: Refund\n  text: Done.\n', false],
    ['a title in one item and a body in the next', '- title: Refund\n- body: Done.\n', false],
    [
      'a GitHub workflow',
      'name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Test\n        run: npm test\n',
      false,
    ],
    ['a compose file', 'services:\n  web:\n    image: nginx\n    ports:\n      - "80:80"\n', false],
    ['flow items in a top-level list', '- {title: Refund, body: "Done, thanks."}\n- {body: Sent., title: Invoice}\n', true],
    ['a flow item over two lines, quoted keys', '- {"title": Refund,\n   \'body\': Done.}\n', true],
    ['a flow item under replies:', 'replies:\n  - {title: Refund, body: Done.}\n', true],
    ['a top-level flow list', '[{title: Refund, body: "Hi {{name}}, done."}, {title: Invoice, body: Sent.}]\n', true],
    ['a flow list under macros:', 'macros: [{title: Refund, body: Done.}]\n', true],
    ['the second mapping of a flow list', '[{name: a}, {title: Refund, body: Done.}]\n', true],
    ['flow items nested under another key', 'faq:\n  - {title: Refund, body: Done.}\n', false],
    ['a title and a body in two flow items', '- {title: Refund}\n- {body: Done.}\n', false],
    ['a body key inside a title value', '- {title: "body: no", text: x}\n', false],
    ['a body key in a mapping nested in the item', '- {title: Refund, meta: {body: x}}\n', false],
    ['a body key in a comment', '- {title: Refund, # body: x\n   text: y}\n', false],
    ['a flow list of steps (a workflow)', 'steps: [{name: Test, run: npm test}]\n', false],
    [
      'a GitHub issue form (a top-level title and a body of fields)',
      'name: Bug\ndescription: Report a bug\ntitle: "[Bug]: "\nbody:\n  - type: textarea\n    attributes:\n      label: What happened?\n',
      false,
    ],
  ];
  for (const [name, text, checked] of cases)
    it(`${checked ? 'checks' : 'leaves'} ${name}`, () =>
      assert.equal(isCheckedDocument({ languageId: 'yaml', getText: () => text }), checked));

  it('the client asks for whole languages only; the server asks for YAML files named as replies, on the given file systems', () => {
    assert.deepEqual(
      DOCUMENT_FILTERS.map((filter) => filter.language),
      ['plaintext', 'html', 'mdx', 'markdown', 'support-reply'],
    );
    assert.deepEqual(
      namedReplyFilters(['file', 'vscode-vfs']).filter((filter) => filter.language === 'yaml'),
      ['**/*macro*.{yml,yaml}', '**/*saved-replies*.{yml,yaml}', '**/*.replies.{yml,yaml}'].flatMap((pattern) => [
        { scheme: 'file', language: 'yaml', pattern },
        { scheme: 'vscode-vfs', language: 'yaml', pattern },
      ]),
    );
  });

  it('a file a config routes is checked whatever its language and text', () =>
    assert.equal(isCheckedDocument({ languageId: 'jsonc', getText: () => '{}' }, true), true));
});
