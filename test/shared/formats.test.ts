import assert from 'node:assert/strict';
import { DOCUMENT_FILTERS, isCheckedDocument } from '../../server/src/shared/formats';

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
    [
      'a GitHub issue form (a top-level title and a body of fields)',
      'name: Bug\ndescription: Report a bug\ntitle: "[Bug]: "\nbody:\n  - type: textarea\n    attributes:\n      label: What happened?\n',
      false,
    ],
  ];
  for (const [name, text, checked] of cases)
    it(`${checked ? 'checks' : 'leaves'} ${name}`, () =>
      assert.equal(isCheckedDocument({ languageId: 'yaml', getText: () => text }), checked));

  it('the editor asks for YAML only in files named as replies', () =>
    assert.deepEqual(
      DOCUMENT_FILTERS.filter((filter) => filter.language === 'yaml'),
      [
        { language: 'yaml', pattern: '**/*macro*.{yml,yaml}' },
        { language: 'yaml', pattern: '**/*saved-replies*.{yml,yaml}' },
        { language: 'yaml', pattern: '**/*.replies.{yml,yaml}' },
      ],
    ));
});
