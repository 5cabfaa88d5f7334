import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeLens } from 'vscode-languageserver-protocol';
import { createChecker } from '../../server/src/api';
import { mergeSettings } from '../../server/src/config/parseConfig';
import type { JsonReport } from '../../server/src/cli/report';
import { LspTestClient } from '../support/lspClient';

const MB = 1024 * 1024;
const sentence = 'You should have read the manual. Simply restart the hub. We will reply ASAP. ';

/** Inputs that have broken prose linters: each must finish (the mocha timeout is the hang guard) with a clear result. */
const HOSTILE: { name: string; text: () => string; skipped?: RegExp; minFindings?: number }[] = [
  {
    name: 'a 20 MB file',
    text: () => `${sentence}\n\n`.repeat(Math.ceil((20 * MB) / (sentence.length + 2))),
    skipped: /^Not checked: \d+ characters is over the 2097152-character size limit\.$/,
  },
  { name: 'a single 5 MB line', text: () => sentence.repeat(Math.ceil((5 * MB) / sentence.length)), skipped: /size limit/ },
  {
    name: 'a single 1.5 MB line (under the limit)',
    text: () => sentence.repeat(Math.ceil((1.5 * MB) / sentence.length)),
    minFindings: 1000,
  },
  {
    name: 'NUL bytes',
    text: () => `Hello\u0000world. ${sentence}`,
    skipped: /^Not checked: the file contains NUL bytes, so it looks binary\.$/,
  },
  {
    name: 'invalid UTF-8 (decoded to U+FFFD) and lone surrogates',
    text: () => `\uFFFD\uFFFD ${sentence} \uD800 \uDC00 end`,
    minFindings: 3,
  },
  // Deeper than the Markdown parser nests: no prose is found, and the file says so.
  { name: '10,000 nested blockquotes', text: () => `${'>'.repeat(10000)} ${sentence}\n`, skipped: /^Not checked: no prose found/ },
  {
    name: '10,000 nested list levels',
    text: () => Array.from({ length: 10000 }, (_, level) => `${'  '.repeat(level % 40)}- Simply wait.`).join('\n'),
    minFindings: 1,
  },
  { name: '100,000 short paragraphs', text: () => 'Simply wait.\n\n'.repeat(100000), minFindings: 100000 },
  { name: 'a 50,000-character word', text: () => `${'x'.repeat(50000)} simply ${'y@'.repeat(25000)}`, minFindings: 1 },
  { name: 'unbalanced markup', text: () => `${'*'.repeat(50000)}a${'['.repeat(50000)}${'`'.repeat(5000)}`, minFindings: 0 },
];

describe('hostile inputs', function () {
  this.timeout(60000);

  describe('engine', () => {
    for (const hostile of HOSTILE) {
      it(hostile.name, () => {
        const result = createChecker().check(hostile.text(), { format: 'markdown' });
        if (hostile.skipped) {
          assert.match(result.skipped ?? '', hostile.skipped);
          assert.deepEqual(result.findings, []);
        } else {
          assert.equal(result.skipped, undefined);
          assert.ok(result.findings.length >= hostile.minFindings!, `${result.findings.length} findings`);
        }
      });
    }

    it('reads config phrases as literal words, never as regular expressions', () => {
      const settings = mergeSettings({
        rules: { 'no-blame': { extraPhrases: ['(a+)+$', '.*', '[[[', '\\', 'a'.repeat(200)], allowPhrases: ['(x|y)*'] } },
      });
      const text = `${'a'.repeat(30000)}! (a+)+$ and .* are here`;
      const blame = createChecker()
        .check(text, { format: 'markdown', settings })
        .findings.filter((finding) => finding.ruleId === 'no-blame');
      assert.deepEqual(
        blame.map((finding) => finding.text),
        [],
      );
      const literal = createChecker()
        .check('Please read .* before you start.', { format: 'plaintext', settings })
        .findings.filter((finding) => finding.ruleId === 'no-blame');
      assert.deepEqual(
        literal.map((finding) => finding.text),
        [],
      );
    });
  });

  describe('language server', () => {
    it('skips a 20 MB document with one note and answers the next request', async () => {
      const client = await LspTestClient.start();
      try {
        client.open('untitled:huge.md', HOSTILE[0].text());
        const [note, ...rest] = await client.diagnosticsAt('untitled:huge.md', 1);
        assert.deepEqual(rest, []);
        assert.match(note.message as string, /size limit/);
        client.open('untitled:nul.md', HOSTILE[3].text());
        assert.match((await client.diagnosticsAt('untitled:nul.md', 1))[0].message as string, /binary/);
        client.open('untitled:long-line.md', HOSTILE[2].text());
        assert.ok((await client.diagnosticsAt('untitled:long-line.md', 1)).length > 1000);
        client.open('untitled:next.md', 'Hi Sam,\n\nYou should have read it.\n\nBest,\nAlex\n');
        const lenses = (await client.connection.sendRequest('textDocument/codeLens', {
          textDocument: { uri: 'untitled:next.md' },
        })) as CodeLens[];
        assert.match(lenses[0].command!.title, /Blames Customer/);
      } finally {
        await client.stop();
      }
    });
  });

  describe('CLI', () => {
    it('reports skipped files clearly, checks invalid UTF-8, and exits normally', () => {
      const folder = mkdtempSync(join(tmpdir(), 'support-tone-hostile-'));
      writeFileSync(join(folder, 'huge.md'), HOSTILE[0].text());
      writeFileSync(join(folder, 'binary.md'), Buffer.from([0x48, 0x69, 0x00, 0x01, 0xff, 0xfe]));
      writeFileSync(join(folder, 'latin1.md'), Buffer.from('Caf\xe9: you should have read the manual.\n', 'latin1'));
      const result = spawnSync(
        process.execPath,
        [join(__dirname, '..', '..', 'bin', 'support-tone.js'), 'check', folder, '--format', 'json'],
        { encoding: 'utf8', maxBuffer: 64 * MB },
      );
      assert.equal(result.status, 1, result.stderr);
      const files = new Map((JSON.parse(result.stdout) as JsonReport).files.map((file) => [file.path.split('/').pop(), file]));
      assert.match(files.get('huge.md')!.skipped!, /size limit/);
      assert.match(files.get('binary.md')!.skipped!, /binary/);
      assert.equal(files.get('latin1.md')!.findings.find((finding) => finding.ruleId === 'no-blame')?.text, 'you should have read');
    });
  });
});
