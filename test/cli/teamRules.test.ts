import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JsonReport } from '../../server/src/cli/report';

const repository = join(__dirname, '..', '..');
const binary = join(repository, 'bin', 'support-tone.js');

/** A project with the example style package installed in its node_modules, as `npm install` would put it. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'support-tone-team-'));
  cpSync(join(repository, 'examples', 'style-package'), join(root, 'node_modules', '@acme', 'support-style'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function run(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [binary, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const style = (examples: unknown) =>
  JSON.stringify(
    {
      rules: {
        'acme/asap': {
          kind: 'phrase',
          summary: 'Vague times',
          principle: 'P7',
          severity: 'warning',
          message: 'is vague.',
          phrases: [{ pattern: 'asap', replacement: 'within a day' }],
          examples,
        },
      },
    },
    null,
    2,
  );

const REPLY = 'Hi Sam,\n\nUnfortunately, Acme Locker is closed for NOT Bank customers. Which card did you use? When did you order?\n';

describe('team rules from a style package in node_modules', () => {
  const root = project({
    '.support-tone.json': JSON.stringify({ extends: ['@acme/support-style'], rules: { 'acme/ticket-reference': 'off' } }),
    'replies/card.reply.md': REPLY,
  });

  it('check reports team findings with their ranges, messages and fixes', () => {
    const result = run(root, 'check', 'replies', '--format', 'json');
    const report = JSON.parse(result.stdout) as JsonReport;
    const team = report.files[0].findings.filter((finding) => finding.ruleId.startsWith('acme/'));
    assert.deepEqual(
      team.map(({ ruleId, range, message }) => [ruleId, `${range.start.line}:${range.start.character}-${range.end.character}`, message]),
      [
        ['acme/no-unfortunately', '2:0-13', "'Unfortunately' sets up bad news: lead with what we can do."],
        ['acme/product-name', '2:15-26', "'Acme Locker' is the old product name. Try 'Acme Vault'."],
        [
          'acme/one-question',
          '2:85-104',
          'Ask one question per reply (this one asks 2): the customer answers the first and skips the rest.',
        ],
      ],
    );
    assert.equal(result.status, 1, 'acme/product-name is an error');
    // "NOT Bank" is in the package's vocab: no-shouting leaves it alone.
    assert.ok(!report.files[0].findings.some((finding) => finding.ruleId === 'no-shouting'));
  });

  it('--fix applies a team rule’s safe substitutions', () => {
    const fixing = project({ '.support-tone.json': style(undefined), 'a.reply.md': 'Hi Sam,\n\nWe will reply asap.\n' });
    assert.equal(
      run(fixing, 'check', '--fix-dry-run', 'a.reply.md')
        .stdout.split('\n')
        .filter((line) => /^[-+]\w/.test(line))
        .join('\n'),
      ['-We will reply asap.', '+We will reply within a day.'].join('\n'),
    );
  });

  it('SARIF describes the team rules: id, name, summary, docs link, message formats, severity and principle', () => {
    const sarif = JSON.parse(run(root, 'check', 'replies', '--format', 'sarif').stdout) as {
      runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; message: object }[] }[];
    };
    const rule = sarif.runs[0].tool.driver.rules.find((candidate) => candidate.id === 'acme/product-name');
    const docs = 'https://style.acme.example/support#acme/product-name';
    assert.deepEqual(rule, {
      id: 'acme/product-name',
      name: 'AcmeProductName',
      shortDescription: { text: 'The retired name of the safe-deposit product.' },
      fullDescription: { text: 'The retired name of the safe-deposit product' },
      helpUri: docs,
      help: {
        text:
          'The retired name of the safe-deposit product.\n\nInstead of:\nOpen Locker Pro and choose Export.\n\n' +
          `Write:\nOpen Acme Vault and choose Export.\n\nDocs: ${docs}`,
        markdown:
          'The retired name of the safe-deposit product.\n\n**Instead of:**\n\n```text\nOpen Locker Pro and choose Export.\n```\n\n' +
          `**Write:**\n\n\`\`\`text\nOpen Acme Vault and choose Export.\n\`\`\`\n\n[Rule documentation](${docs})`,
      },
      messageStrings: {
        default: { text: "'{0}' is the old product name." },
        defaultReplace: { text: "'{0}' is the old product name. Try '{1}'." },
      },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['tone', 'P9'] },
    });
    assert.deepEqual(
      sarif.runs[0].results.filter((result) => result.ruleId.startsWith('acme/')).map((result) => [result.ruleId, result.message]),
      [
        [
          'acme/no-unfortunately',
          { text: "'Unfortunately' sets up bad news: lead with what we can do.", id: 'default', arguments: ['Unfortunately'] },
        ],
        [
          'acme/product-name',
          {
            text: "'Acme Locker' is the old product name. Try 'Acme Vault'.",
            id: 'defaultReplace',
            arguments: ['Acme Locker', 'Acme Vault'],
          },
        ],
        [
          'acme/one-question',
          {
            text: 'Ask one question per reply (this one asks 2): the customer answers the first and skips the rest.',
            id: 'default',
            arguments: ['2'],
          },
        ],
      ],
    );
  });
});

describe('support-tone test-rules', () => {
  it('passes the example package’s own examples: exit 0', () => {
    const root = project({ '.support-tone.json': JSON.stringify({ extends: ['@acme/support-style'] }) });
    const result = run(root, 'test-rules');
    assert.deepEqual([result.status, result.stdout], [0, '16 of 16 examples pass in 7 team rules.\n']);
  });

  it('a failing example is an error at its line in the file that defines it: exit 1', () => {
    const root = project({
      '.support-tone.json': JSON.stringify({ extends: ['./styles/house.json'] }),
      'styles/house.json': style({ flag: ['We reply asap.', 'We reply soon.'], fix: [{ from: 'Reply asap.', to: 'Reply today.' }] }),
    });
    const result = run(root, 'test-rules');
    assert.equal(result.status, 1);
    assert.equal(
      result.stdout,
      [
        'styles/house.json:18:11: error acme/asap: examples.flag[1] is not flagged: "We reply soon."',
        'styles/house.json:21:11: error acme/asap: examples.fix[0] fixes "Reply asap." to "Reply within a day.", not "Reply today."',
        '1 of 3 examples pass in 1 team rule.',
        '',
      ].join('\n'),
    );
  });

  it("runs a team rule in the languages it names, tests its examples with that language's pack, names those no pack runs", () => {
    const definitions = (severity: string) =>
      JSON.stringify({
        rules: {
          'acme/bez-niestety': {
            kind: 'phrase',
            summary: 'Niestety',
            principle: 'P3',
            severity,
            languages: ['pl'],
            message: 'otwiera żalem.',
            phrases: ['niestety'],
            examples: { flag: ['Niestety paczka jeszcze nie dotarła.'], pass: ['Paczka dotrze w czwartek do 12.'] },
          },
          'acme/ohne-leider': {
            kind: 'phrase',
            summary: 'Leider',
            principle: 'P3',
            severity,
            languages: ['de'],
            message: 'x.',
            phrases: ['leider'],
          },
        },
      });
    const drafts = {
      'replies/pl.reply.md': '---\nlang: pl\n---\nDzień dobry,\n\nNiestety paczka jeszcze nie dotarła do magazynu.\n\nPozdrawiam,\nAnna\n',
      'replies/en.reply.md': 'Hi Sam,\n\nNiestety is the Polish word our Warsaw team opens with.\n\nBest,\nAnna\n',
    };
    const root = project({ '.support-tone.json': definitions('warning'), ...drafts });
    const report = JSON.parse(run(root, 'check', 'replies', '--format', 'json').stdout) as JsonReport;
    assert.deepEqual(
      report.files.map((file) => [file.path, file.findings.filter((finding) => finding.ruleId.startsWith('acme/')).map((f) => f.text)]),
      [
        ['replies/en.reply.md', []],
        ['replies/pl.reply.md', ['Niestety']],
      ],
    );
    const valid = run(root, 'test-rules');
    assert.deepEqual(
      [valid.status, valid.stdout],
      [
        0,
        'No examples in: acme/ohne-leider.\n' +
          'Not run (no installed pack for their languages): acme/ohne-leider.\n' +
          '2 of 2 examples pass in 1 team rule.\n',
      ],
    );
    const broken = run(project({ '.support-tone.json': definitions('loud') }), 'test-rules');
    assert.equal(broken.status, 2);
    assert.match(
      broken.stdout,
      /^\.support-tone\.json:1:\d+: config error Rule 'acme\/bez-niestety': \/severity must be equal to one of the allowed values/,
    );
  });

  it('a broken rule definition is a config error: exit 2; -c names the config', () => {
    const root = project({ 'team.json': style({ flag: 'not a list' }) });
    const result = run(root, 'test-rules', '-c', 'team.json');
    assert.equal(result.status, 2);
    assert.match(
      result.stdout,
      /^team\.json:16:17: config error Rule 'acme\/asap': \/examples\/flag must be array\. The rule is not loaded/,
    );
  });
});
