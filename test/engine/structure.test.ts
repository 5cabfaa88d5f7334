import assert from 'node:assert/strict';
import { createChecker } from '../../server/src/api';
import type { FormatId } from '../../server/src/shared/formats';
import { testRule } from '../support/testRule';

/** A rule that reports each link, and each sentence with its block role, so tests can see what rules see. */
const STRUCTURE_PROBE = testRule('structure-probe', 'info', (context) => {
  for (const sentence of context.sentences) {
    context.report({
      start: sentence.start,
      end: sentence.end,
      message: `${sentence.block.role}${sentence.block.quoted ? ' quoted' : ''}`,
    });
    for (const link of sentence.links) context.report({ ...link, message: `link ${link.target}` });
  }
});

function seen(text: string, format: FormatId = 'markdown'): string[] {
  const result = createChecker([STRUCTURE_PROBE]).check(text, { format, kind: { kind: 'article', reason: 'test' } });
  return result.findings.map((finding) => `${finding.message}: ${finding.text}`);
}

describe('what rules see of the structure', () => {
  const cases: { name: string; text: string; format?: FormatId; expected: string[] }[] = [
    {
      name: 'a Markdown link, with its text',
      text: 'Read [the export guide](https://help.example.com/export) first.',
      expected: [
        'paragraph: Read [the export guide](https://help.example.com/export) first.',
        'link https://help.example.com/export: the export guide',
      ],
    },
    {
      name: 'a bare address in plain text',
      text: 'Write to help@example.com today.',
      format: 'plaintext',
      expected: ['paragraph: Write to help@example.com today.', 'link help@example.com: help@example.com'],
    },
    {
      name: 'a full stop after a bare address or URL ends the sentence, not the link',
      text: 'Write to help@example.com. The guide is at https://help.example.com/export. Read it first.',
      format: 'plaintext',
      expected: [
        'paragraph: Write to help@example.com.',
        'link help@example.com: help@example.com',
        'paragraph: The guide is at https://help.example.com/export.',
        'link https://help.example.com/export: https://help.example.com/export',
        'paragraph: Read it first.',
      ],
    },
    {
      name: 'an HTML anchor',
      text: 'Open <a href="/settings">Settings</a> now.',
      expected: ['paragraph: Open <a href="/settings">Settings</a> now.', 'link /settings: <a href="/settings">'],
    },
    {
      name: 'table cells, each a block of its own',
      text: '| Plan | Seats |\n| --- | --- |\n| Free **AND** more | 1 |',
      expected: ['cell: Plan', 'cell: Seats', 'cell: Free **AND** more', 'cell: 1'],
    },
    {
      name: 'a hard line break ends a sentence',
      text: 'First line  \nSecond line',
      expected: ['paragraph: First line', 'paragraph: Second line'],
    },
    {
      name: 'a bold label line is not part of the next sentence',
      text: '**Billing email**\nThe address we send invoices to.',
      expected: ['paragraph: Billing email', 'paragraph: The address we send invoices to.'],
    },
    {
      name: 'an admonition fence: marker blanked, title and body read apart',
      text: ':::tip Keep a copy\nExport the file first.\n:::',
      expected: ['paragraph: Keep a copy', 'paragraph: Export the file first.'],
    },
    {
      name: "a callout: marker blanked, title and body the page's own words",
      text: '> [!warning] Careful\n> Back up your notes first.',
      expected: ['paragraph: Careful', 'paragraph: Back up your notes first.'],
    },
    {
      name: 'a plain blockquote stays a quotation',
      text: '> Careful\n> Back up your notes first.',
      expected: ['paragraph quoted: Careful\n> Back up your notes first.'],
    },
    {
      name: 'wikilinks: the label is prose, the page a link',
      text: 'Read [[Sync settings|the sync guide]] or [[Billing]].',
      expected: [
        'paragraph: Read [[Sync settings|the sync guide]] or [[Billing]].',
        'link Sync settings: the sync guide',
        'link Billing: Billing',
      ],
    },
    {
      name: 'shortcodes, Liquid tags and MDX imports are not prose',
      text:
        "import Tabs from '@theme/Tabs';\n\n{{< hint info >}}\nRestart the app.\n{{< /hint " +
        '>}}\n\n{% if pro %}Upgrade first.{% endif %}',
      expected: ['paragraph: Restart the app.', 'paragraph: Upgrade first.'],
    },
    {
      name: 'a heading id is not prose',
      text: '## Install the app {#install}',
      expected: ['heading: Install the app'],
    },
    {
      name: 'headings and quotes',
      text: '# Export data\n\n> Quoted words here.',
      expected: ['heading: Export data', 'paragraph quoted: Quoted words here.'],
    },
  ];
  for (const { name, text, format, expected } of cases) it(name, () => assert.deepEqual(seen(text, format), expected));
});
