import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { JsonReport } from '../../server/src/cli/report';

const repository = join(__dirname, '..', '..');
const fixtures = join(repository, 'test', 'fixtures', 'cli');
const binary = join(repository, 'bin', 'support-tone.js');

/** Runs the built CLI in the CLI fixtures folder. */
function run(...args: string[]) {
  const result = spawnSync(process.execPath, [binary, ...args], {
    cwd: fixtures,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('support-tone check', () => {
  it('prints each draft headline and its findings, and exits 1 on an error-level finding', () => {
    const result = run('check', 'project');
    assert.equal(result.status, 1);
    assert.equal(result.stderr, '');
    assert.equal(
      result.stdout,
      [
        'project/kb/reset.md (article: headings and no greeting with sign-off)',
        '  📰 Acme Publishes Clear Guide: "Reset your hub" (line 1)',
        `project/replies/blame.md (reply: kinds.reply glob 'replies/**' in ${join(fixtures, 'project', '.support-tone.json')})`,
        '  📰 Acme Blames Customer: "You should have read the manual" (line 3)',
        '    1:1     warning No apology in this reply: say sorry for the trouble, even if it was not your fault.  require-apology',
        '    1:1     info    No empathy in this reply: acknowledge how the customer feels.  require-empathy',
        '    1:1     info    No restatement: sum up in a sentence or two what happened and what the customer expects.  require-restatement',
        "    3:1     error   'You should have read' makes the customer the cause: describe what happened and how to fix it.  no-blame",
        "    3:42    warning 'simply' talks down to the reader: the sentence reads better without it.  no-condescension",
        `project/replies/clean.md (reply: kinds.reply glob 'replies/**' in ${join(fixtures, 'project', '.support-tone.json')})`,
        '  📰 Acme Apologizes, Promises to Send Replacement Within Two Days (line 1)',
        '',
        '✖ 5 tone findings (1 error, 2 warnings, 2 info)',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 when no finding is an error', () => {
    const result = run('check', 'project/kb', 'project/replies/clean.md');
    assert.equal(result.status, 0);
    assert.match(result.stdout, /✔ No tone problems found\./);
  });

  it('exits 0 with --exit-zero even with errors', () => {
    assert.equal(run('check', 'project', '--exit-zero').status, 0);
  });

  it('writes the JSON contract with LSP ranges and source text', () => {
    const result = run('check', 'project/replies/blame.md', '--format', 'json');
    assert.equal(result.status, 1);
    const report = JSON.parse(result.stdout) as JsonReport;
    assert.equal(report.version, 1);
    assert.deepEqual(report.configProblems, []);
    const [file] = report.files;
    assert.equal(file.path, 'project/replies/blame.md');
    assert.equal(file.kind, 'reply');
    assert.equal(file.drafts[0].headline, 'Acme Blames Customer: "You should have read the manual"');
    assert.deepEqual(file.drafts[0].checks.apology, { expected: true, found: false });
    const blame = file.findings.find((finding) => finding.ruleId === 'no-blame')!;
    assert.deepEqual(blame.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 20 } });
    assert.equal(blame.text, 'You should have read');
    const simply = file.findings.find((finding) => finding.ruleId === 'no-condescension')!;
    assert.deepEqual(simply.fixes, [
      {
        title: "Remove 'simply'",
        safe: true,
        edits: [{ range: { start: { line: 2, character: 41 }, end: { line: 2, character: 48 } }, newText: '' }],
      },
    ]);
    const source = readFileSync(join(fixtures, 'project/replies/blame.md'), 'utf8').split('\n');
    for (const finding of file.findings) {
      assert.equal(finding.range.start.line, finding.range.end.line);
      assert.equal(source[finding.range.start.line].slice(finding.range.start.character, finding.range.end.character), finding.text);
    }
  });

  it('leaves files with nothing to show out of a --quiet report', () => {
    const output = run('check', 'project', '--quiet').stdout;
    assert.ok(output.includes('project/replies/blame.md'), output);
    assert.ok(!output.includes('project/replies/clean.md'), output);
    assert.ok(!output.includes('Promises to Send Replacement'), output);
  });

  it('uses --kind over everything else and says so', () => {
    const report = JSON.parse(run('check', 'project/kb/reset.md', '--format', 'json', '--kind', 'reply').stdout) as JsonReport;
    assert.equal(report.files[0].kind, 'reply');
    assert.equal(report.files[0].kindReason, '--kind reply');
  });

  it('reports config mistakes with file and line, still checks, and exits 2', () => {
    const result = run('check', 'broken-config');
    assert.equal(result.status, 2);
    assert.equal(result.stderr, "broken-config/.support-tone.json:3:14: config error Unknown rule 'no-blam'. It is ignored.\n");
    assert.match(result.stdout, /Acme Publishes Clear Guide/);
  });

  it('exits 2 with a one-line reason for a missing path or a bad option', () => {
    const missing = run('check', 'no-such-folder');
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, 'support-tone: No such file, folder or glob match: no-such-folder\n');
    const badFormat = run('check', '--format', 'xml', 'project');
    assert.equal(badFormat.status, 2);
    assert.match(badFormat.stderr, /argument 'xml' is invalid/);
  });

  it('scans a folder for every registered format, JSON and YAML only with replies, never robots.txt, licences or change logs', () => {
    const folder = mkdtempSync(join(tmpdir(), 'support-tone-scan-'));
    try {
      const files: Record<string, string> = {
        'guide.mdx': 'Open the app.\n',
        'article.html': '<p>Open the app.</p>\n',
        'refund.htm': '<p>Open the app.</p>\n',
        'macros.json': '{ "macros": [ { "title": "A", "actions": [ { "field": "comment_value", "value": "Open the app." } ] } ] }\n',
        'replies.json': '[{ "title": "A", "body": "Open the app." }]\n',
        'package.json': '{ "name": "not-support-content", "version": "1.0.0" }\n',
        'saved-replies.yml': 'replies:\n  - title: A\n    body: Open the app.\n',
        'billing.yaml': '- title: A\n  body: |\n    Open the app.\n',
        'ci.yml': 'name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n',
        'docker-compose.yaml': 'services:\n  web:\n    image: nginx\n',
        'notes.txt': 'Open the app.\n',
        'robots.txt': 'User-agent: *\n',
        'LICENSE.txt': 'Permission is hereby granted.\n',
        'CHANGELOG.md': '# 1.0.0\n',
      };
      for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
      const report = JSON.parse(run('check', folder, '--format', 'json', '--exit-zero').stdout) as JsonReport;
      assert.deepEqual(
        report.files.map((file) => basename(file.path)),
        ['article.html', 'billing.yaml', 'guide.mdx', 'macros.json', 'notes.txt', 'refund.htm', 'replies.json', 'saved-replies.yml'],
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('reports the files of a folder elsewhere relative to the current folder, its name with glob characters read as a name', () => {
    const parent = mkdtempSync(join(tmpdir(), 'support-tone-brackets-'));
    try {
      const folder = join(parent, '[archive] {old}');
      mkdirSync(folder);
      writeFileSync(join(folder, 'reset.md'), '# Reset\n\nHold the button for five seconds.\n');
      const report = JSON.parse(run('check', folder, '--format', 'json', '--exit-zero').stdout) as JsonReport;
      assert.deepEqual(
        report.files.map((file) => file.path),
        [`${relative(fixtures, folder).split(sep).join('/')}/reset.md`],
      );
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });

  it('never ends with "No tone problems found" without saying which files it did not check and why', () => {
    const folder = mkdtempSync(join(tmpdir(), 'support-tone-silent-'));
    try {
      writeFileSync(join(folder, 'clean.md'), 'Open the app, then sign in. Questions? Write to us at help@example.com.\n');
      writeFileSync(join(folder, 'code.md'), '```bash\nnpm install\n```\n');
      const result = run('check', folder);
      assert.equal(result.status, 0);
      assert.ok(
        result.stdout.endsWith(
          `✔ No tone problems found in the files checked.\n1 file not checked:\n  ${relative(fixtures, folder)}/code.md: ` +
            'no prose found — only code, markup or data, or a dialect Support Tone does not read.\n',
        ),
        result.stdout,
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('reads the files a config routes with formats globs, says so of one that holds no replies, and no other JSON or YAML', () => {
    const folder = mkdtempSync(join(tmpdir(), 'support-tone-routed-'));
    const files: Record<string, string> = {
      '.support-tone.json': '{ "formats": { "macros": ["support/*.json"], "yaml-replies": ["kb/answers/*.yml"] } }',
      // Saved replies whose title and body are not next to each other: no macro shape, read because the config says so.
      'support/answers.json': '[{ "title": "Late", "id": 7,\n  "body": "It failed because you didn\\u2019t pick a range." }]\n',
      'support/settings.json': '{ "theme": "dark" }\n',
      'kb/answers/faq.yml': '- question: Why?\n  answer: Because.\n',
      'kb/answers/flow.yml.bak': '- {title: A, body: Not read.}\n',
      'tools/package.json': '{ "name": "tools", "description": "It failed because you did it." }\n',
      'tools/flow.yml': '- {title: Flow, body: Obviously it works.}\n',
    };
    try {
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(join(folder, name, '..'), { recursive: true });
        writeFileSync(join(folder, name), text);
      }
      const result = run('check', folder, '--format', 'json', '--exit-zero');
      const report = JSON.parse(result.stdout) as JsonReport;
      const config = join(folder, '.support-tone.json');
      assert.deepEqual(
        report.files.map((file) => [
          relative(folder, resolve(fixtures, file.path)),
          file.skipped,
          file.findings.filter((f) => f.ruleId.startsWith('no-')),
        ]),
        [
          [
            'kb/answers/faq.yml',
            `Not checked: no saved replies found (formats.yaml-replies glob 'kb/answers/*.yml' in ${config}). Expected YAML: a list of ` +
              'items with a title and a body, at the top level or under a top-level replies: or macros: key.',
            [],
          ],
          [
            'support/answers.json',
            undefined,
            [
              {
                ruleId: 'no-blame',
                draft: 0,
                severity: 'error',
                message: "'because you didn\\u2019t' makes the customer the cause: describe what happened and how to fix it.",
                range: { start: { line: 1, character: 21 }, end: { line: 1, character: 44 } },
                text: 'because you didn\\u2019t',
                fixes: [],
              },
            ],
          ],
          [
            'support/settings.json',
            `Not checked: no macros or saved replies found (formats.macros glob 'support/*.json' in ${config}). Expected JSON: a ` +
              'Zendesk macro whose actions set comment_value or comment_value_html, { "macros": [ … ] }, ' +
              'or a list of { "title", "body" } objects.',
            [],
          ],
          // Not routed: read because a flow-style saved reply has the shape.
          ['tools/flow.yml', undefined, [report.files[3].findings.find((f) => f.ruleId === 'no-condescension')]],
        ],
      );
      assert.deepEqual(
        report.files[3].findings.filter((f) => f.ruleId === 'no-condescension').map((f) => f.text),
        ['Obviously'],
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('passes over a workflow in a folder scan without counting it, and says so when it is named', () => {
    const folder = mkdtempSync(join(tmpdir(), 'support-tone-yaml-'));
    try {
      writeFileSync(join(folder, 'clean.md'), 'Open the app, then sign in. Questions? Write to us at help@example.com.\n');
      writeFileSync(join(folder, 'ci.yml'), 'name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n');
      const scan = run('check', folder);
      assert.equal(scan.status, 0);
      assert.ok(scan.stdout.endsWith('✔ No tone problems found.\n'), scan.stdout);
      const named = run('check', join(folder, 'ci.yml'));
      assert.equal(named.status, 0);
      assert.ok(
        named.stdout.endsWith(
          `1 file not checked:\n  ${join(folder, 'ci.yml')}: no saved replies found. ` +
            'Expected YAML: a list of items with a title and a body, at the top level or under a top-level replies: or macros: key.\n',
        ),
        named.stdout,
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('expands globs', () => {
    const report = JSON.parse(run('check', 'project/**/clean.md', '--format', 'json').stdout) as JsonReport;
    assert.deepEqual(
      report.files.map((file) => file.path),
      ['project/replies/clean.md'],
    );
  });
});
