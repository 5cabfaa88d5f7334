import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseDocument } from 'yaml';
import type { JsonReport } from '../../server/src/cli/report';
import { writeFix } from '../../server/src/cli/fix';
import { FileChecker } from '../../server/src/cli/checkFiles';
import { shardOf } from '../../server/src/cli/files';

const repository = join(__dirname, '..', '..');
const binary = join(repository, 'bin', 'support-tone.js');

function run(cwd: string, args: string[], input?: string) {
  const result = spawnSync(process.execPath, [binary, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CI: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const json = (stdout: string) => JSON.parse(stdout) as JsonReport;

/** A fresh copy of the CLI fixture project. */
function project(): string {
  const folder = mkdtempSync(join(tmpdir(), 'support-tone-ci-'));
  cpSync(join(repository, 'test', 'fixtures', 'cli', 'project'), folder, { recursive: true });
  return folder;
}

describe('support-tone check --fix', () => {
  it('writes every safe fix, keeps CRLF, BOM and file mode, and reports what is left', () => {
    const folder = project();
    const path = join(folder, 'replies', 'blame.md');
    writeFileSync(
      path,
      '\uFEFFHi Sam,\r\n\r\nYou should have read the manual. You can simply restart the hub ASAP!!!\r\n\r\nBest,\r\nAlex\r\n',
    );
    chmodSync(path, 0o640);
    const result = run(folder, ['check', 'replies/blame.md', '--fix', '--format', 'json']);
    assert.equal(
      readFileSync(path, 'utf8'),
      '\uFEFFHi Sam,\r\n\r\nYou should have read the manual. You can restart the hub ASAP!\r\n\r\nBest,\r\nAlex\r\n',
    );
    assert.equal(statSync(path).mode & 0o777, 0o640);
    assert.equal(result.status, 1, 'the blame (an error without a fix) is still reported');
    assert.deepEqual(
      json(result.stdout).files[0].findings.map((finding) => finding.ruleId),
      ['require-apology', 'require-empathy', 'require-restatement', 'no-blame', 'no-vague-timeline'],
    );
  });

  it('writes fixes into saved replies in YAML in the style of each body, and the file parses back to the fixed replies', () => {
    const folder = mkdtempSync(join(tmpdir(), 'support-tone-yaml-fix-'));
    const path = join(folder, 'billing.replies.yml');
    writeFileSync(
      path,
      [
        'replies:',
        '  - title: Plain',
        '    body: The refund is done, and it will obviously show',
        '      in a few days.',
        '  - title: Quoted',
        '    body: "Hi Sam,\\n\\nWe\\u2019re on it. It will obviously take a day.\\n\\nBest,\\nAna"',
        '  - title: Block',
        '    body: |',
        "      We've refunded it. It will",
        '      obviously show soon.',
        '',
      ].join('\n'),
    );
    run(folder, ['check', 'billing.replies.yml', '--fix']);
    assert.deepEqual(parseDocument(readFileSync(path, 'utf8')).toJS(), {
      replies: [
        { title: 'Plain', body: 'The refund is done, and it will show in a few days.' },
        { title: 'Quoted', body: 'Hi Sam,\n\nWe’re on it. It will take a day.\n\nBest,\nAna' },
        { title: 'Block', body: "We've refunded it. It will\nshow soon.\n" },
      ],
    });
  });

  it('prints a unified diff with --fix-dry-run and writes nothing', () => {
    const folder = project();
    const before = readFileSync(join(folder, 'replies', 'blame.md'), 'utf8');
    const result = run(folder, ['check', 'replies/blame.md', '--fix-dry-run']);
    assert.equal(
      result.stdout,
      [
        '===================================================================',
        '--- a/replies/blame.md',
        '+++ b/replies/blame.md',
        '@@ -1,6 +1,6 @@',
        ' Hi Sam,',
        ' ',
        '-You should have read the manual. You can simply restart the hub.',
        '+You should have read the manual. You can restart the hub.',
        ' ',
        ' Best,',
        ' Alex',
        '',
      ].join('\n'),
    );
    assert.equal(readFileSync(join(folder, 'replies', 'blame.md'), 'utf8'), before);
  });

  it('leaves a file untouched when it changed on disk after it was read', () => {
    const folder = project();
    const path = join(folder, 'replies', 'blame.md');
    const readBytes = readFileSync(path);
    const checked = new FileChecker().check({ path, text: readBytes.toString('utf8') });
    writeFileSync(path, 'Edited meanwhile. Simply restart.\n');
    assert.deepEqual(writeFix(checked, readBytes), { status: 'skipped', reason: 'it changed on disk while it was being checked' });
    assert.equal(readFileSync(path, 'utf8'), 'Edited meanwhile. Simply restart.\n');
  });

  it('prints the fixed text for --stdin --fix', () => {
    const result = run(repository, ['check', '--stdin', '--stdin-filename', 'note.md', '--fix'], 'The hub obviously restarts.\n');
    assert.equal(result.stdout, 'The hub restarts.\n');
  });
});

describe('support-tone check for pipelines', () => {
  it('checks stdin as the file named by --stdin-filename', () => {
    const result = run(
      join(repository, 'test', 'fixtures', 'cli'),
      ['check', '--stdin', '--stdin-filename', 'project/replies/new.md', '--format', 'json'],
      'Hi Sam,\n\nYou failed to attach it.\n\nBest,\nAlex\n',
    );
    const [file] = json(result.stdout).files;
    assert.equal(file.path, 'project/replies/new.md');
    assert.match(file.kindReason, /kinds\.reply glob 'replies\/\*\*'/);
    assert.equal(file.drafts[0].headline, 'Acme Blames Customer: "You failed to attach it"');
  });

  it("routes languages by the config's language globs, and --lang wins over them", () => {
    const folder = project();
    writeFileSync(join(folder, '.support-tone.json'), JSON.stringify({ language: { de: ['kb/de/**'] } }));
    const path = join(folder, 'kb', 'de', 'reset.md');
    mkdirSync(dirname(path));
    writeFileSync(path, '# Reset\n\nYou failed to hold the button for ten seconds. Write to help@example.com if it still blinks.\n');
    const checker = new FileChecker();
    const byGlob = checker.check({ path }).result;
    assert.deepEqual(byGlob.language, { language: 'de', reason: `language.de glob 'kb/de/**' in ${join(folder, '.support-tone.json')}` });
    assert.deepEqual(
      byGlob.findings.map((finding) => finding.ruleId),
      ['unsupported-language'],
    );
    const byOption = checker.check({ path, language: 'en' }).result;
    assert.deepEqual(byOption.language, { language: 'en', reason: '--lang en' });
    assert.deepEqual(
      byOption.findings.map((finding) => `${finding.ruleId} '${finding.text}'`),
      ["no-blame 'You failed to'"],
    );
    assert.equal(run(folder, ['check', '.', '--lang', 'polish']).status, 2);
  });

  it('filters with --severity and --quiet, and fails on --max-warnings', () => {
    const folder = project();
    const severities = (args: string[]) =>
      json(run(folder, ['check', 'replies/blame.md', '--format', 'json', ...args]).stdout).files[0].findings.map(
        (finding) => finding.severity,
      );
    assert.deepEqual(severities(['--severity', 'warning']), ['warning', 'error', 'warning']);
    assert.deepEqual(severities(['--quiet']), ['error']);
    assert.equal(run(folder, ['check', 'kb', '--max-warnings', '0']).status, 0);
    assert.equal(run(folder, ['check', 'replies/clean.md', 'kb', '--max-warnings', '0']).status, 0);
    const tooMany = run(folder, ['check', 'replies/blame.md', '--max-warnings', '2', '--exit-zero']);
    assert.equal(tooMany.status, 0);
    writeFileSync(join(folder, 'kb', 'soon.md'), '# Fixes\n\nWe will fix it soon. Simply wait.\n\nStill need help? Contact us.\n');
    const warnings = run(folder, ['check', 'kb', '--max-warnings', '1']);
    assert.equal(warnings.status, 1);
    assert.equal(warnings.stderr, 'support-tone: 2 warnings is more than --max-warnings 1.\n');
  });

  it('respects .gitignore and .support-tone-ignore', () => {
    const folder = project();
    writeFileSync(join(folder, '.gitignore'), 'kb/\n');
    writeFileSync(join(folder, 'replies', '.support-tone-ignore'), 'clean.md\n');
    assert.deepEqual(
      json(run(folder, ['check', '.', '--format', 'json']).stdout).files.map((file) => file.path),
      ['replies/blame.md'],
    );
  });

  it('splits files into stable shards and merges the shard reports into the full report', () => {
    const folder = project();
    for (let index = 0; index < 12; index++)
      writeFileSync(join(folder, 'kb', `page-${index}.md`), `# Page ${index}\n\nSimply restart the hub.\n`);
    const paths = (args: string[]) => json(run(folder, ['check', '.', '--format', 'json', ...args]).stdout).files.map((file) => file.path);
    const all = paths([]);
    const first = paths(['--shard', '1/2']);
    const second = paths(['--shard', '2/2']);
    assert.ok(first.length > 0 && second.length > 0);
    assert.deepEqual([...first, ...second].sort(), all);
    writeFileSync(join(folder, 'kb', 'added.md'), '# Added\n\nSimply wait.\n');
    assert.deepEqual(
      paths(['--shard', '1/2']).filter((path) => path !== 'kb/added.md'),
      first,
      'adding a file moves no other file',
    );

    run(folder, ['check', '.', '--shard', '1/2', '--format', 'json', '--output', 'one.json']);
    run(folder, ['check', '.', '--shard', '2/2', '--format', 'json', '--output', 'two.json']);
    const merged = run(folder, ['merge', 'one.json', 'two.json', '--format', 'json']);
    assert.deepEqual(json(merged.stdout), json(run(folder, ['check', '.', '--format', 'json']).stdout));
    assert.equal(merged.status, 1);
    assert.equal(run(folder, ['check', '--shard', '3/2']).status, 2);
    const emptyShard = Array.from({ length: 40 }, (_, index) => index + 1).find(
      (index) => shardOf(['kb/reset.md'], { index, count: 40 }).length === 0,
    )!;
    const empty = run(folder, ['check', 'kb/reset.md', '--shard', `${emptyShard}/40`, '--format', 'json']);
    assert.equal(empty.status, 0, 'an empty shard passes');
    assert.deepEqual(json(empty.stdout).files, []);
  });

  it('gives the same report on worker threads as on one thread', () => {
    const one = run(repository, ['check', 'examples', 'test/labeled/drafts', '--format', 'json', '--threads', '1']);
    const two = run(repository, ['check', 'examples', 'test/labeled/drafts', '--format', 'json', '--threads', '2']);
    assert.equal(two.stdout, one.stdout);
    assert.ok(json(one.stdout).files.length > 40);
  });

  it('reports only findings on lines changed since a git ref', () => {
    const folder = project();
    const git = (...args: string[]) =>
      spawnSync('git', args, {
        cwd: folder,
        encoding: 'utf8',
        env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
      });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'base');
    writeFileSync(
      join(folder, 'kb', 'reset.md'),
      '# Reset your hub\n\nHold the button for ten seconds until the light blinks. ' +
        'Obviously.\n\nStill need help? Contact us at help@example.com.\n',
    );
    writeFileSync(join(folder, 'kb', 'new.md'), '# New\n\nSimply restart.\n');
    const report = json(run(folder, ['check', '.', '--changed-since', 'HEAD', '--format', 'json']).stdout);
    assert.deepEqual(
      report.files.map((file) => file.path),
      ['kb/new.md', 'kb/reset.md'],
    );
    assert.deepEqual(
      report.files[1].findings.map((finding) => [finding.ruleId, finding.range.start.line]),
      [['no-condescension', 2]],
    );
    assert.deepEqual(
      report.files[0].findings.map((finding) => finding.ruleId),
      ['no-condescension'],
    );
  });

  it('writes --output atomically and prints nothing on stdout', () => {
    const folder = project();
    const result = run(folder, ['check', 'kb', '--format', 'json', '--output', 'report.json']);
    assert.equal(result.stdout, '');
    assert.equal(json(readFileSync(join(folder, 'report.json'), 'utf8')).files.length, 1);
  });
});
