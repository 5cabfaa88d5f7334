import assert from 'node:assert/strict';
import { parseFragment } from 'parse5';
import { parseDocument } from 'yaml';
import { createChecker, DEFAULT_PACK } from '../../server/src/api';
import { FRONT_ENDS } from '../../server/src/engine/formats';
import { LineIndex } from '../../server/src/engine/lineIndex';
import { applyFixes } from '../../server/src/engine/edits';
import { WORD_JOINER } from '../../server/src/engine/model';
import type { FormatId } from '../../server/src/shared/formats';
import { testRule } from '../support/testRule';

/** Reports each sentence with its block's role and the prose rules read (escapes decoded), and each link. */
const PROSE_PROBE = testRule('prose-probe', 'info', (context) => {
  for (const sentence of context.sentences) {
    const { role, headingLevel, quoted } = sentence.block;
    const prose = sentence.text.replaceAll(WORD_JOINER, '').replace(/\s+/g, ' ').trim();
    context.report({
      start: sentence.start,
      end: sentence.end,
      message: `${role}${headingLevel ?? ''}${quoted ? ' quoted' : ''}: ${prose}`,
    });
    for (const link of sentence.links) context.report({ ...link, message: `link ${link.target}` });
  }
});

function read(text: string, format: FormatId): string[] {
  const result = createChecker([PROSE_PROBE]).check(text, { format, kind: { kind: 'article', reason: 'test' } });
  return result.findings.map((finding) => (finding.message.startsWith('link') ? `${finding.message}: ${finding.text}` : finding.message));
}

describe('what rules read in each format', () => {
  const cases: { name: string; format: FormatId; text: string; expected: string[] }[] = [
    {
      name: 'HTML: a bare body fragment, headings keep their level',
      format: 'html',
      text: '<h2>Set up</h2><p>Open <b>Settings</b> now.</p>',
      expected: ['heading2: Set up', 'paragraph: Open Settings now.'],
    },
    {
      name: 'HTML: a whole page reads like its body; the title in head is not prose',
      format: 'html',
      text:
        '<!DOCTYPE html><html><head><title>Simply a title</title></head><body><h2>Set up</h2><p>Open <b>Settings</b> ' +
        'now.</p></body></html>',
      expected: ['heading2: Set up', 'paragraph: Open Settings now.'],
    },
    {
      name: 'HTML: entities are decoded for matching',
      format: 'html',
      text: '<p>We can&rsquo;t&nbsp;do that &amp; won&#39;t &#x201C;guess&#x201D;.</p>',
      expected: ["paragraph: We can’t do that & won't “guess” ."],
    },
    {
      name: 'HTML: script, style, pre, attributes and comments are not prose; inline code and keys are kept as words',
      format: 'html',
      text:
        '<p title="Simply hover">Press <kbd>Ctrl</kbd> and run <code>just ' +
        'build</code>.</p><pre>simply</pre><script>var a = 1;</script><style>p {}</style><!-- obviously -->',
      expected: ['paragraph: Press Ctrl and run just build .'],
    },
    {
      name: 'HTML: a blockquote is quoted, list items are paragraphs, cells are cells',
      format: 'html',
      text:
        '<blockquote><p>It broke.</p></blockquote><ul><li>First step.</li><li><p>Second ' +
        'step.</p></li></ul><table><tr><th>Plan</th><td><p>Free for all</p></td></tr></table>',
      expected: ['paragraph quoted: It broke.', 'paragraph: First step.', 'paragraph: Second step.', 'cell: Plan', 'cell: Free for all'],
    },
    {
      name: 'HTML: a line break ends a sentence; an anchor is a link',
      format: 'html',
      text: '<p>Hi Sam,<br>Read <a href="/guide">the guide</a> first</p>',
      expected: ['paragraph: Hi Sam,', 'paragraph: Read the guide first', 'link /guide: the guide'],
    },
    {
      name: 'HTML: Liquid tags are not prose, placeholders stay as words',
      format: 'html',
      text: '<p>{% if vip %}Hi {{ticket.requester.first_name}}, welcome back.{% endif %}</p>',
      expected: ['paragraph: Hi {{ticket.requester.first_name}}, welcome back.'],
    },
    {
      name: 'MDX: ESM statements (also over several lines) and expressions are not prose',
      format: 'mdx',
      text:
        "import Tabs from '@theme/Tabs';\n\nexport const meta = {\n  simply: 'not prose',\n};\n\n" +
        'Sync runs every {props.interval} minutes.\n\n{/* a comment */}\n',
      expected: ['paragraph: Sync runs every minutes.'],
    },
    {
      name: 'MDX: prose inside JSX children is read, the tags are not',
      format: 'mdx',
      text:
        '<Tabs>\n  <TabItem value="a" label={"Google"}>\n    Allow access for the app.\n  </TabItem>\n</Tabs>\n\n' +
        'Read the <Badge kind="new">new</Badge> guide.\n',
      expected: ['paragraph: Allow access for the app.', 'paragraph: Read the new guide.'],
    },
    {
      name: 'Markdown: TOML front matter is not prose',
      format: 'markdown',
      text: '+++\ntitle = "Simply a title"\n+++\n\nThe body.\n',
      expected: ['paragraph: The body.'],
    },
    {
      name: 'Markdown: YAML front matter is not prose, whichever closing line it has',
      format: 'markdown',
      text: '----\ntitle: Simply a title\n-----\n\nThe body.\n\n---\nlang: en\n...\n',
      expected: ['paragraph: The body.', 'paragraph: lang: en ...'],
    },
    {
      name: 'Markdown: a text that opens with a dashed line never closed has no front matter, but a thematic break',
      format: 'markdown',
      text: '----\nSUPPORT US today.\nDonate any amount.\n',
      expected: ['paragraph: SUPPORT US today.', 'paragraph: Donate any amount.'],
    },
    {
      name: 'Markdown: a signature after a `-- ` line is not prose until a thematic break; the sign-off above it is no heading',
      format: 'markdown',
      text: 'Hi Sam,\n\nDone.\n\nBest,\nAna\n-- \nAna Lee\nYou should have called.\n\n---\n\nNext draft.\n',
      expected: ['paragraph: Hi Sam,', 'paragraph: Done.', 'paragraph: Best, Ana', 'paragraph: Next draft.'],
    },
    {
      name: 'macros: a Zendesk macro, its text comment decoded in place, paragraphs apart',
      format: 'macros',
      text:
        '{ "macro": { "title": "Hello", "actions": [{ "field": "comment_value", "value": "Hi ' +
        '{{ticket.requester.first_name}},\\n\\nIt\\u2019s the \\"Reset\\" button.\\nPress it." }] } }',
      expected: ['paragraph: Hi {{ticket.requester.first_name}},', 'paragraph: It’s the "Reset" button.', 'paragraph: Press it.'],
    },
    {
      name: 'macros: an HTML comment is read as HTML and wins over the text copy; a [channel, text] value is read',
      format: 'macros',
      text:
        '{ "macros": [ { "title": "A", "actions": [ { "field": "comment_value", "value": "Not read." }, { "field": ' +
        '"comment_value_html", "value": "<p>Read &amp; \\"checked\\".</p>" } ] }, { "title": "B", "actions": [ { ' +
        '"field": "comment_value", "value": ["channel:all", "Also read."] } ] } ] }',
      expected: ['paragraph: Read & "checked" .', 'paragraph: Also read.'],
    },
    {
      name: 'macros: saved replies with a title and a body; other fields are not read',
      format: 'macros',
      text:
        '[{ "title": "Refund", "note": "Not read.", "body": "Refunds take five days." }, { "title": "Idea", "body": ' +
        '"<p>Thanks for the idea.</p>" }]',
      expected: ['paragraph: Refunds take five days.', 'paragraph: Thanks for the idea.'],
    },
    {
      name: 'YAML: a body in each scalar style, decoded: escapes, folded line breaks, indentation',
      format: 'yaml-replies',
      text: [
        'replies:',
        '  - title: Plain',
        '    body: It failed',
        '      on Monday.',
        '  - title: Single',
        "    body: 'It''s the ''Reset''",
        "      button.'",
        '  - title: Double',
        '    body: "Caf\\u00e9 is \\"open\\" again,\\n\\nnow open\\',
        '      ed at ten\\x21"',
        '  - title: Literal',
        '    body: |',
        '      First line,',
        '      second line.',
        '',
        '      New paragraph.',
        '  - title: Folded',
        '    body: >',
        '      Folded',
        '      line.',
        '',
        '',
        '      Second paragraph.',
        '',
      ].join('\n'),
      expected: [
        'paragraph: It failed on Monday.',
        "paragraph: It's the 'Reset' button.",
        'paragraph: Café is "open" again,',
        'paragraph: now opened at ten!',
        'paragraph: First line, second line.',
        'paragraph: New paragraph.',
        'paragraph: Folded line.',
        'paragraph: Second paragraph.',
      ],
    },
    {
      name: 'YAML: a root list, a flow mapping, an HTML body; other fields and items without a body are not read',
      format: 'yaml-replies',
      text: [
        '- title: A\n  note: Not read.\n  body: Read.',
        '- {title: B, body: Also read.}',
        '- title: C',
        '- title: D\n  body: <p>Read &amp; checked.</p>\n',
      ].join('\n'),
      expected: ['paragraph: Read.', 'paragraph: Also read.', 'paragraph: Read & checked.'],
    },
    {
      name: 'plain text: INI sections and key=value lines are data between paragraphs, not prose',
      format: 'plaintext',
      text: 'Hi Sam,\n\nThe export now works.\n[export]\nformat=csv\nmax.rows = 500\n\nBest,\nAnna\n',
      expected: ['paragraph: Hi Sam,', 'paragraph: The export now works.', 'paragraph: Best, Anna'],
    },
    {
      name: 'YAML: the list under a top-level macros key',
      format: 'yaml-replies',
      text: 'macros:\n- title: A\n  body: Read.\nnotes:\n- title: B\n  body: Not read.\n',
      expected: ['paragraph: Read.'],
    },
  ];
  for (const { name, format, text, expected } of cases) it(name, () => assert.deepEqual(read(text, format), expected));
});

describe('findings point at the source through entities and escapes', () => {
  const cases: { name: string; format: FormatId; text: string; expected: string[]; drafts?: (string | undefined)[] }[] = [
    {
      name: 'HTML: a phrase spelled with an entity is found, and its source slice is flagged',
      format: 'html',
      text: '<p>Hi Sam,</p><p>It failed because you didn&rsquo;t pick a range.</p><p>Best,<br>Ana</p>',
      expected: ['no-blame "because you didn&rsquo;t"'],
    },
    {
      name: 'HTML: a comment directive silences the next line',
      format: 'html',
      text:
        '<h1>Export</h1>\n<!-- support-tone-disable-next-line no-condescension -->\n' +
        '<p>Obviously, exports are CSV.</p>\n<p>Obviously, imports are CSV.</p>',
      expected: ['no-condescension "Obviously"'],
    },
    {
      name: 'MDX: a JSX comment directive on its own line silences the next line',
      format: 'mdx',
      text:
        '# Export\n\n{/* support-tone-disable-next-line no-condescension */}\nObviously, exports are CSV.\n\n' +
        'Simply open the import page.\n',
      expected: ['no-condescension "Simply"'],
    },
    {
      name: 'MDX: JSX comment directives inside a component and around a passage',
      format: 'mdx',
      text:
        '# Export\n\n<Note>\n{/*support-tone-disable no-condescension*/}\nObviously, exports are CSV.\n</Note>\n\n' +
        'Simply open the import page.\n\n' +
        '{/* support-tone-enable no-condescension */}\n\nJust open the backup page.\n',
      expected: ['no-condescension "Just"'],
    },
    {
      name: 'macros: a phrase spelled with a JSON escape, one draft per macro titled by it',
      format: 'macros',
      text:
        '{ "macros": [ { "title": "Late", "actions": [ { "field": "comment_value", "value": "It failed because you ' +
        'didn\\u2019t pick a range." } ] }, { "title": "Locked", "actions": [ { "field": "comment_value", "value": ' +
        '"You should have used the \\"Forgot password\\" link." } ] } ] }',
      expected: ['no-blame "because you didn\\\\u2019t"', 'no-blame "You should have used"'],
      drafts: ['Late', 'Locked'],
    },
    {
      name: 'YAML: a phrase through an escape, a folded line break and a doubled quote; one draft per reply titled by it',
      format: 'yaml-replies',
      text: [
        'replies:',
        '  - title: Late',
        '    body: "It failed because you didn\\u2019t pick a range."',
        '  - title: Folded',
        '    body: >',
        '      It failed because you',
        "      didn't pick a range.",
        '  - title: 404',
        "    body: 'It failed because you didn''t pick a range.'",
        '  - title: Plain',
        '    body: Your order failed because you',
        '      entered the wrong card.',
      ].join('\n'),
      expected: [
        'no-blame "because you didn\\\\u2019t"',
        'no-blame "because you\\n      didn\'t"',
        'no-blame "because you didn\'\'t"',
        'no-blame "you\\n      entered the wrong"',
      ],
      drafts: ['Late', 'Folded', '404', 'Plain'],
    },
    {
      name: 'YAML: flow mappings in a block list and in a flow list, each scalar style, a plain body over two lines',
      format: 'yaml-replies',
      text: [
        '- {title: Late, body: "It failed because you didn\\u2019t pick a range."}',
        "- {body: 'It failed because you didn''t pick a range.', title: Quoted}",
        '- {title: Plain, body: Your order failed because you',
        '    entered the wrong card.}',
      ].join('\n'),
      expected: ['no-blame "because you didn\\\\u2019t"', 'no-blame "because you didn\'\'t"', 'no-blame "you\\n    entered the wrong"'],
      drafts: ['Late', 'Quoted', 'Plain'],
    },
    {
      name: 'YAML: a top-level flow list over several lines',
      format: 'yaml-replies',
      text: "[\n  {title: A, body: 'It failed because you didn''t pick a range.'},\n  {title: B, body: Obviously it works.}\n]\n",
      expected: ['no-blame "because you didn\'\'t"', 'no-condescension "Obviously"'],
      drafts: ['A', 'B'],
    },
  ];
  for (const { name, format, text, expected, drafts } of cases) {
    it(name, () => {
      const result = createChecker().check(text, { format, fileName: `input.${format}` });
      const flagged = result.findings.filter((finding) => finding.severity !== 'info' && finding.ruleId.startsWith('no-'));
      assert.deepEqual(
        flagged.map((finding) => `${finding.ruleId} ${JSON.stringify(finding.text)}`),
        expected,
      );
      for (const finding of result.findings) assert.equal(finding.text, text.slice(finding.start, finding.end));
      if (drafts)
        assert.deepEqual(
          result.drafts.map((draft) => draft.title),
          drafts,
        );
    });
  }
});

/** A fix that replaces the word "colour" with text that needs escaping in HTML and in JSON. */
const AWKWARD = 'a "b" & <c>\nd';
const rewrite = (replacement: string) =>
  testRule('rewrite', 'warning', (context) => {
    for (const word of context.sentences.flatMap((sentence) => sentence.words))
      if (word.norm === 'colour')
        context.report({
          start: word.start,
          end: word.end,
          message: 'rewrite',
          fixes: [{ title: 'rewrite', edits: [{ ...word, newText: replacement }], safe: true }],
        });
  });

/** The text after every finding's fix. */
function fixed(text: string, format: FormatId, replacement = AWKWARD): string {
  const result = createChecker([rewrite(replacement)]).check(text, { format, kind: { kind: 'article', reason: 'test' } });
  assert.ok(result.findings.length > 0);
  return applyFixes(
    text,
    result.findings.flatMap((finding) => finding.fixes),
  ).text;
}

describe('fixes are written back in the source syntax', () => {
  it('HTML: the replacement is written with entities, and the page parses back to it', () => {
    const output = fixed('<p>Pick a colour.</p>', 'html');
    assert.equal(output, '<p>Pick a a "b" &amp; &lt;c&gt;\nd.</p>');
    const [paragraph] = parseFragment(output).childNodes;
    assert.ok('childNodes' in paragraph);
    const [text] = paragraph.childNodes;
    assert.ok('value' in text);
    assert.equal(text.value, `Pick a ${AWKWARD}.`);
  });

  it('macros: a text comment gets JSON escapes, an HTML comment entities and JSON escapes; the file parses back to them', () => {
    const text =
      '{ "macros": [ { "title": "A", "actions": [ { "field": "comment_value", "value": "Pick a colour." } ] }, { ' +
      '"title": "B", "actions": [ { "field": "comment_value_html", "value": "<p>Pick a colour.</p>" } ] } ] }';
    const parsed = JSON.parse(fixed(text, 'macros')) as { macros: { actions: { value: string }[] }[] };
    assert.equal(parsed.macros[0].actions[0].value, `Pick a ${AWKWARD}.`);
    assert.equal(parsed.macros[1].actions[0].value, '<p>Pick a a "b" &amp; &lt;c&gt;\nd.</p>');
  });
});

describe('saved replies in YAML read in place as the parser reads them', () => {
  /** Paragraphs, their white space collapsed: what the prose of a text body must share with the value. */
  const paragraphs = (text: string) =>
    text
      .replaceAll(WORD_JOINER, '')
      .split(/\n[ \t\r]*\n/)
      .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
  const bodies: [name: string, body: string][] = [
    ['plain, folded over lines and blank lines', 'one\n      two\n\n      three\n\n\n      four'],
    ['plain with trailing spaces before a break', 'one   \n      two'],
    ['single-quoted, doubled quotes and folds', "'it''s ''a''\n      b\n\n      c\n\n\n      d'"],
    // (A punctuation escape inside a word, `c\\d`, reads as `c\\ d`, as in JSON: its filler is a space.)
    ['double-quoted escapes', '"Caf\\u00e9 \\x41BC \\U0001F600 a\\tb c \\\\ d e \\/ f \\"q\\" g\\_h\\n\\ni"'],
    ['double-quoted line continuations, in a word and after a space', '"open\\\n      ed and \\\n      then"'],
    ['double-quoted folds next to escapes', '"a\\n\n      b\n\n      c"'],
    ['literal, more indented lines and chomping', '|+\n      one\n        two\n\n      three\n\n'],
    ['literal with an indentation indicator', '|2\n        one\n      two'],
    ['literal with leading empty lines', '|\n\n\n      one\n      two'],
    ['folded, spaced lines and blank lines', '>\n      one\n      two\n\n      three\n        spaced\n      four\n\n\n      five'],
    ['folded, stripped, with a whitespace-only line', '>-\n      one\n         \n      two'],
    ['folded, with an indentation indicator and a comment', '>1 # note\n       one\n      two\n      three'],
  ];
  for (const lineEnd of ['\n', '\r\n'])
    for (const [name, body] of bodies)
      it(`${name}${lineEnd === '\n' ? '' : ' (CRLF)'}`, () => {
        const text = `replies:\n  - title: T\n    body: ${body}\n`.replaceAll('\n', lineEnd);
        const document = parseDocument(text);
        assert.deepEqual(document.errors, []);
        const value = (document.toJS() as { replies: { body: string }[] }).replies[0].body;
        const scanned = FRONT_ENDS['yaml-replies'].scan(text, new LineIndex(text), DEFAULT_PACK.lexicon);
        const prose = scanned.blocks.map((block) => block.mask().prose);
        assert.deepEqual(prose.flatMap(paragraphs), paragraphs(value));
        // In place: each block's prose is as long as its source.
        for (const [index, block] of scanned.blocks.entries()) assert.equal(prose[index].length, block.end - block.start);
      });
});

describe('fixes in saved replies are written in the style of each YAML scalar', () => {
  const styles: [style: string, body: string][] = [
    ['plain', 'Pick a colour.'],
    ['plain over two lines', 'Pick a\n      colour now.'],
    ['single-quoted', "'Pick a colour.'"],
    ['double-quoted', '"Pick a colour."'],
    ['literal', '|\n      Pick a\n      colour.'],
    ['folded', '>\n      Pick a\n      colour.'],
  ];
  // What the body reads after the fix, for each style; undefined: the fix is not offered, as the file could not hold it.
  const cases: [replacement: string, expected: (string | undefined)[]][] = [
    [
      `it's "b" & c`,
      [
        `Pick a it's "b" & c.`,
        `Pick a it's "b" & c now.`,
        `Pick a it's "b" & c.`,
        `Pick a it's "b" & c.`,
        `Pick a\nit's "b" & c.\n`,
        `Pick a it's "b" & c.\n`,
      ],
    ],
    ['a\n  "b"', [undefined, undefined, undefined, 'Pick a a\n  "b".', 'Pick a\na\n  "b".\n', undefined]],
    ['a: b', [undefined, undefined, 'Pick a a: b.', 'Pick a a: b.', 'Pick a\na: b.\n', 'Pick a a: b.\n']],
    ['a #b', [undefined, undefined, 'Pick a a #b.', 'Pick a a #b.', 'Pick a\na #b.\n', 'Pick a a #b.\n']],
  ];
  for (const [replacement, expected] of cases)
    styles.forEach(([style, body], index) => {
      it(`${JSON.stringify(replacement)} in a ${style} body`, () => {
        const text = `replies:\n  - title: Colour\n    body: ${body}\n`;
        const output = fixed(text, 'yaml-replies', replacement);
        const document = parseDocument(output);
        assert.deepEqual(document.errors, []);
        assert.deepEqual(document.toJS(), {
          replies: [{ title: 'Colour', body: expected[index] ?? parseDocument(text).toJS().replies[0].body }],
        });
        if (expected[index] === undefined) assert.equal(output, text);
      });
    });

  // In a flow mapping (`{title: …, body: …}`) a plain body also ends at `,`, `[`, `]`, `{` and `}`: such a fix is not offered.
  const flowStyles: [style: string, text: string][] = [
    ['plain', '- {title: Colour, body: Pick a colour.}\n'],
    ['plain over two lines', '- {title: Colour, body: Pick a\n    colour now.}\n'],
    ['single-quoted', "[{title: Colour, body: 'Pick a colour.'}]\n"],
    ['double-quoted', 'replies: [{title: Colour, body: "Pick a colour."}]\n'],
  ];
  const flowCases: [replacement: string, expected: (string | undefined)[]][] = [
    [`it's "b" & c`, [`Pick a it's "b" & c.`, `Pick a it's "b" & c now.`, `Pick a it's "b" & c.`, `Pick a it's "b" & c.`]],
    ['a, b', [undefined, undefined, 'Pick a a, b.', 'Pick a a, b.']],
    ['{b}', [undefined, undefined, 'Pick a {b}.', 'Pick a {b}.']],
    ['a]', [undefined, undefined, 'Pick a a].', 'Pick a a].']],
    ['a: b', [undefined, undefined, 'Pick a a: b.', 'Pick a a: b.']],
    ['a #b', [undefined, undefined, 'Pick a a #b.', 'Pick a a #b.']],
    ['a\nb', [undefined, undefined, undefined, 'Pick a a\nb.']],
  ];
  const bodyOf = (value: unknown): unknown => {
    const list = Array.isArray(value) ? value : (value as { replies: unknown[] }).replies;
    return (list[0] as { body: unknown }).body;
  };
  for (const [replacement, expected] of flowCases)
    flowStyles.forEach(([style, text], index) => {
      it(`${JSON.stringify(replacement)} in a ${style} body of a flow mapping`, () => {
        const output = fixed(text, 'yaml-replies', replacement);
        const document = parseDocument(output);
        assert.deepEqual(document.errors, []);
        assert.equal(bodyOf(document.toJS()), expected[index] ?? bodyOf(parseDocument(text).toJS()));
        if (expected[index] === undefined) assert.equal(output, text);
      });
    });

  it('an HTML body gets entities, then the escapes of its double-quoted scalar', () => {
    const output = fixed('- title: A\n  body: "<p>Pick a colour.</p>"\n', 'yaml-replies');
    assert.deepEqual(parseDocument(output).toJS(), [{ title: 'A', body: '<p>Pick a a "b" &amp; &lt;c&gt;\nd.</p>' }]);
  });
});

describe('the kind of a text file', () => {
  const cases: [name: string, text: string, fileName: string, expected: string][] = [
    [
      'no greeting or sign-off: an article',
      'Install the app, then sign in.\n',
      'notes.txt',
      'article (plain text without a greeting or sign-off)',
    ],
    ['a sign-off alone: a reply', 'The refund is done.\n\nBest,\nAna\n', 'refund.txt', "reply (sign-off 'Best,')"],
    ['a greeting alone: a reply', 'Hi Ana,\n\nThe refund is done.\n', 'refund.txt', "reply (greeting 'Hi Ana,')"],
    [
      'a greeting that opens a long one-line reply: a reply',
      'Hello @ana-lee and @sam, the refund for the second order went out this morning and should reach you by Friday.\n',
      'refund.txt',
      "reply (greeting 'Hello @ana-lee and @sam,')",
    ],
    ['a .reply.txt name: a reply', 'The refund is done.\n', 'refund.reply.txt', 'reply (file name ends with .reply.*)'],
  ];
  for (const [name, text, fileName, expected] of cases) {
    it(name, () => {
      const result = createChecker().check(text, { format: 'plaintext', fileName });
      assert.equal(`${result.kind} (${result.reason})`, expected);
    });
  }
});

describe('a Markdown reply with a signature', () => {
  it('is a reply (greeting and sign-off), and its signature is not checked', () => {
    const text = 'Hi Sam,\n\nI have refunded the order.\n\nBest,\nAna\n-- \nAna Lee | Support\nYou should have read our terms.\n';
    const result = createChecker().check(text, { format: 'markdown' });
    assert.equal(`${result.kind} (${result.reason})`, "reply (greeting 'Hi Sam,' and sign-off 'Best,')");
    assert.deepEqual(
      result.findings.filter((finding) => finding.ruleId === 'no-blame'),
      [],
    );
  });
});

describe('a file with no prose says so', () => {
  const NO_PROSE = 'Not checked: no prose found — only code, markup or data, or a dialect Support Tone does not read.';
  const NO_MACROS =
    'Not checked: no macros or saved replies found. Expected JSON: a Zendesk macro whose actions set comment_value or ' +
    'comment_value_html, { "macros": [ … ] }, or a list of { "title", "body" } objects.';
  const NO_REPLIES =
    'Not checked: no saved replies found. Expected YAML: a list of items with a title and a body, at the top level or under a ' +
    'top-level replies: or macros: key.';
  const cases: [name: string, format: FormatId, text: string, note: string, formatReason?: string][] = [
    ['Markdown that is all code', 'markdown', '```bash\nnpm install\n```\n', NO_PROSE],
    ['HTML that is all script and style', 'html', '<script>var a = 1;</script><style>p {}</style>', NO_PROSE],
    ['JSON that is no macro export', 'macros', '{ "name": "app", "version": "1.0.0" }', NO_MACROS],
    [
      'JSON routed by a config glob, and why',
      'macros',
      '{ "name": "app" }',
      NO_MACROS.replace('found.', "found (formats.macros glob 'support/*.json' in /p/.support-tone.json)."),
      "formats.macros glob 'support/*.json' in /p/.support-tone.json",
    ],
    ['a macro whose comment is only dashes', 'macros', '{ "title": "T", "body": "— — —" }', NO_PROSE],
    [
      'YAML that holds no saved replies (a workflow)',
      'yaml-replies',
      'name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n',
      NO_REPLIES,
    ],
    ['MDX that is all imports and components', 'mdx', "import Tabs from '@theme/Tabs';\n\n<Tabs />\n", NO_PROSE],
    [
      'a translation table in a .txt file (INI sections and key=value lines)',
      'plaintext',
      '[file.home]\noriginal=Home\ntranslation=Accueil\n',
      NO_PROSE,
    ],
  ];
  for (const [name, format, text, note, formatReason] of cases) {
    it(name, () => {
      const result = createChecker().check(text, { format, ...(formatReason ? { formatReason } : {}) });
      assert.equal(result.skipped, note);
      assert.deepEqual([result.findings, result.drafts], [[], []]);
    });
  }

  it('an empty file is no news either way: nothing to report, no note', () => {
    const result = createChecker().check('\n', { format: 'markdown' });
    assert.equal(result.skipped, undefined);
  });
});
