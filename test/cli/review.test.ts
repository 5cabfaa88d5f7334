import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvCell } from '../../server/src/cli/formatters/csv';
import type { PageData } from '../../server/src/cli/formatters/review/data';
import { repositoryUrl, templatesFor } from '../../server/src/cli/links';
import { CodeOwners } from '../../server/src/cli/owners';
import type { JsonReport } from '../../server/src/cli/report';

const repository = join(__dirname, '..', '..');
const binary = join(repository, 'bin', 'support-tone.js');

function run(cwd: string, args: string[]) {
  const result = spawnSync(process.execPath, [binary, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh copy of the CLI fixture project. */
function project(): string {
  const folder = mkdtempSync(join(tmpdir(), 'support-tone-review-'));
  cpSync(join(repository, 'test', 'fixtures', 'cli', 'project'), folder, { recursive: true });
  return folder;
}

/** Runs git in a folder as a throwaway author. */
function git(folder: string, ...args: string[]): string {
  const result = spawnSync('git', args, {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
  });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout.trim();
}

/** The data block of a written review page. */
function pageData(file: string): PageData {
  const html = readFileSync(file, 'utf8');
  return JSON.parse(/<script type="application\/json" id="report-data">([^]*?)<\/script>/.exec(html)![1]) as PageData;
}

describe('support-tone report: links to the source and the edit page', () => {
  const remotes: [string, string, ReturnType<typeof repositoryUrl>][] = [
    ['GitHub over https', 'https://github.com/acme/help.git', { url: 'https://github.com/acme/help', host: 'github' }],
    [
      'GitHub with a token in the URL',
      'https://x-access-token:SECRET@github.com/acme/help',
      { url: 'https://github.com/acme/help', host: 'github' },
    ],
    ['GitHub scp-like ssh', 'git@github.com:acme/help.git', { url: 'https://github.com/acme/help', host: 'github' }],
    [
      'GitLab ssh URL with a subgroup',
      'ssh://git@gitlab.com/acme/docs/help.git',
      { url: 'https://gitlab.com/acme/docs/help', host: 'gitlab' },
    ],
    ['self-hosted GitLab', 'https://gitlab.acme.dev/docs/help.git', { url: 'https://gitlab.acme.dev/docs/help', host: 'gitlab' }],
    ['another host', 'https://bitbucket.org/acme/help.git', undefined],
    ['a local path', '/srv/git/help.git', undefined],
  ];
  for (const [name, remote, expected] of remotes) it(`reads ${name}`, () => assert.deepEqual(repositoryUrl(remote), expected));

  it('pins source links to the commit and edit links to the branch, inside the folder the report ran in', () => {
    assert.deepEqual(templatesFor({ url: 'https://github.com/acme/help', host: 'github' }, 'abc123', 'main', 'docs/kb base/'), {
      source: 'https://github.com/acme/help/blob/abc123/docs/kb%20base/{path}#L{line}',
      edit: 'https://github.com/acme/help/edit/main/docs/kb%20base/{path}',
    });
    assert.deepEqual(templatesFor({ url: 'https://gitlab.com/acme/help', host: 'gitlab' }, 'abc123', undefined, ''), {
      source: 'https://gitlab.com/acme/help/-/blob/abc123/{path}#L{line}',
    });
  });

  it('takes the defaults from the origin remote, and given templates win', () => {
    const folder = project();
    git(folder, 'init', '-q', '-b', 'docs');
    git(folder, 'add', '.');
    git(folder, 'commit', '-qm', 'base');
    git(folder, 'remote', 'add', 'origin', 'git@github.com:acme/help.git');
    const commit = git(folder, 'rev-parse', 'HEAD');
    const result = run(folder, ['report', 'kb', '--out', 'review.html']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, 'support-tone: wrote review.html (1 file).\n');
    const data = pageData(join(folder, 'review.html'));
    assert.equal(data.sourceUrl, `https://github.com/acme/help/blob/${commit}/{path}#L{line}`);
    assert.equal(data.editUrl, 'https://github.com/acme/help/edit/docs/{path}');
    assert.deepEqual(
      data.files.map((file) => file.p),
      ['kb/reset.md'],
    );

    run(folder, ['report', 'kb', '--out', 'review.html', '--edit-url', 'https://cms.example/edit?file={path}']);
    assert.equal(pageData(join(folder, 'review.html')).editUrl, 'https://cms.example/edit?file={path}');
  });

  it('links rule names to --docs-base-url', () => {
    const folder = project();
    assert.equal(run(folder, ['report', 'kb', '--out', 'review.html', '--docs-base-url', 'https://wiki.acme.dev/tone/']).status, 0);
    assert.equal(pageData(join(folder, 'review.html')).rulesUrl, 'https://wiki.acme.dev/tone/');
  });

  it('writes no links outside a GitHub or GitLab checkout', () => {
    const folder = project();
    assert.equal(run(folder, ['report', 'kb', '--out', 'review.html']).status, 0);
    const data = pageData(join(folder, 'review.html'));
    assert.equal(data.sourceUrl, undefined);
    assert.equal(data.editUrl, undefined);
  });

  const mistakes: [string, string[], string][] = [
    [
      'a template without {path}',
      ['--source-url', 'https://x.example/{line}'],
      "support-tone: --source-url needs {path} in it, e.g. 'https://github.com/org/repo/blob/main/{path}#L{line}'.\n",
    ],
    [
      'an unknown placeholder',
      ['--edit-url', 'https://x.example/{branch}/{path}'],
      'support-tone: --edit-url has {branch}; the placeholders are {path} and {line}.\n',
    ],
  ];
  for (const [name, args, message] of mistakes)
    it(`rejects ${name} and writes nothing`, () => {
      const folder = project();
      const result = run(folder, ['report', 'kb', '--out', 'review.html', ...args]);
      assert.equal(result.status, 2);
      assert.equal(result.stderr, message);
      assert.throws(() => readFileSync(join(folder, 'review.html')));
    });
});

describe('support-tone report: files a config routes to a format', () => {
  it('records the format each file was read in, and offers directives only where that format takes them', () => {
    const folder = project();
    writeFileSync(join(folder, '.support-tone.json'), '{ "companyName": "Acme", "formats": { "macros": ["exports/*"] } }');
    mkdirSync(join(folder, 'exports'));
    // Saved replies in a file without an extension: by its name it would be Markdown, where directives are comments.
    writeFileSync(join(folder, 'exports', 'refunds'), '[{ "title": "Late", "body": "Hi Sam, simply restart the hub. Best, Jo" }]\n');
    const report = JSON.parse(run(folder, ['check', 'exports', 'kb', '--format', 'json']).stdout) as JsonReport;
    assert.deepEqual(
      report.files.map((file) => [file.path, file.format, file.formatReason]),
      [
        ['exports/refunds', 'macros', `formats.macros glob 'exports/*' in ${join(folder, '.support-tone.json')}`],
        ['kb/reset.md', 'markdown', undefined],
      ],
    );
    assert.equal(run(folder, ['report', 'exports', 'kb', '--out', 'review.html']).status, 0);
    const data = pageData(join(folder, 'review.html'));
    assert.deepEqual(
      data.files.map((file) => [file.p, file.d, file.f.map((finding) => data.rules[finding.r]).includes('no-condescension')]),
      [
        ['exports/refunds', false, true],
        ['kb/reset.md', true, false],
      ],
    );
  });
});

describe('--baseline and --fail-on new', () => {
  /** A project with a baseline report, then edited: a moved finding, an edit around one, a fixed one, new ones. */
  function edited(withNewError: boolean): string {
    const folder = mkdtempSync(join(tmpdir(), 'support-tone-baseline-'));
    mkdirSync(join(folder, 'kb'));
    writeFileSync(
      join(folder, 'kb', 'reset.md'),
      '# Reset\n\nSimply hold the button for ten seconds.\n\nPer our policy, resets are free. You should have read the guide.\n',
    );
    writeFileSync(join(folder, 'kb', 'export.md'), '# Export\n\nSimply open Settings and choose Export.\n');
    assert.equal(run(folder, ['check', 'kb', '--format', 'json', '--output', 'baseline.json']).status, 1);
    // The first finding moves two lines down; the policy phrase goes; the blame sentence is edited around its flagged words;
    // a new word is flagged.
    writeFileSync(
      join(folder, 'kb', 'reset.md'),
      '# Reset\n\nThe hub keeps its schedule.\n\nSimply hold the button for ten seconds.\n\n' +
        'Resets are free. You should have read the setup guide first. Obviously the light blinks.\n',
    );
    if (withNewError) writeFileSync(join(folder, 'kb', 'new.md'), '# New\n\nYou should have read the release notes first.\n');
    return folder;
  }

  it('marks moved and edited findings unchanged, new ones new, and lists the fixed ones', () => {
    const folder = edited(true);
    const result = run(folder, ['check', 'kb', '--baseline', 'baseline.json', '--format', 'json']);
    assert.equal(result.status, 1);
    const report = JSON.parse(result.stdout) as JsonReport;
    assert.deepEqual(
      report.files.flatMap((file) =>
        file.findings.map((finding) => [file.path, finding.ruleId, finding.range.start.line + 1, finding.text, finding.baseline]),
      ),
      [
        ['kb/export.md', 'no-condescension', 3, 'Simply', 'unchanged'],
        ['kb/new.md', 'no-blame', 3, 'You should have read', 'new'],
        ['kb/new.md', 'require-next-step', 3, 'You should have read the release notes first.', 'new'],
        ['kb/reset.md', 'no-condescension', 5, 'Simply', 'unchanged'],
        ['kb/reset.md', 'no-blame', 7, 'You should have read', 'unchanged'],
        ['kb/reset.md', 'no-condescension', 7, 'Obviously', 'new'],
      ],
    );
    assert.deepEqual(
      report.files.map((file) => file.fixed?.map((gone) => [gone.ruleId, gone.range.start.line + 1, gone.text, gone.baseline])),
      [undefined, undefined, [['no-policy-shield', 5, 'Per our policy', undefined]]],
    );
  });

  const exits: [string, boolean, string[], number][] = [
    ['a new error fails --fail-on new', true, ['--fail-on', 'new'], 1],
    ['only new warnings pass --fail-on new, though an old error is still there', false, ['--fail-on', 'new'], 0],
    ['the old error still fails without --fail-on new', false, [], 1],
    ['--max-warnings counts only new warnings with --fail-on new', false, ['--fail-on', 'new', '--max-warnings', '0'], 1],
    ['--max-warnings 1 lets the one new warning pass', false, ['--fail-on', 'new', '--max-warnings', '1'], 0],
  ];
  for (const [name, withNewError, args, status] of exits)
    it(name, () => {
      const folder = edited(withNewError);
      const result = run(folder, ['check', 'kb', '--baseline', 'baseline.json', ...args]);
      assert.equal(result.status, status, result.stderr);
    });

  it('says so in every format', function () {
    // Eight runs of the CLI: more than the default timeout on a busy two-core machine.
    this.timeout(60_000);
    const folder = edited(false);
    const format = (name: string) => run(folder, ['check', 'kb', '--baseline', 'baseline.json', '--format', name]).stdout;
    const stylish = format('stylish');
    assert.ok(stylish.includes("    7:62    warning new 'Obviously' talks down"), stylish);
    assert.ok(stylish.includes('  ✔ fixed no-policy-shield "Per our policy" (was line 5)'), stylish);
    assert.ok(stylish.endsWith('Against the baseline: 1 new, 3 unchanged, 1 fixed.\n'), stylish);

    type SarifResult = { ruleId: string; baselineState: string; locations: { physicalLocation: { region: { startLine: number } } }[] };
    const results = (sarif: string) => (JSON.parse(sarif) as { runs: { results: SarifResult[] }[] }).runs[0].results;
    // The fixed finding is no result: GitHub code scanning would show it as an open alert (docs/ci.md#sarif-and-fixed-findings).
    assert.deepEqual(
      results(format('sarif')).map((result) => [
        result.ruleId,
        result.locations[0].physicalLocation.region.startLine,
        result.baselineState,
      ]),
      [
        ['no-condescension', 3, 'unchanged'],
        ['no-condescension', 5, 'unchanged'],
        ['no-blame', 7, 'unchanged'],
        ['no-condescension', 7, 'new'],
      ],
    );
    const markdown = format('markdown');
    assert.ok(markdown.includes('**Against the baseline:** 1 new, 3 unchanged, 1 fixed.'), markdown);
    assert.ok(markdown.includes('- 🆕 ⚠️ warning [L7:62](kb/reset.md#L7) `Obviously` —'), markdown);
    assert.ok(markdown.includes('- ✅ fixed: no-policy-shield `Per our policy` (was line 5)'), markdown);
    assert.ok(format('github').includes('title=no-condescension (new)::'));
    assert.ok(format('junit').includes('baseline: new'));
    assert.ok(
      format('rdjson').includes('"message": "\'Obviously\' talks down to the reader: the sentence reads better without it. (new)"'),
    );
  });

  it('feeds the page: states on findings, fixed findings and the trend per folder', () => {
    const folder = edited(false);
    assert.equal(run(folder, ['report', 'kb', '--baseline', 'baseline.json', '--out', 'review.html']).status, 0);
    const data = pageData(join(folder, 'review.html'));
    assert.equal(data.baseline, true);
    assert.deepEqual(
      data.files.map((file) => [file.p, file.f.map((finding) => finding.n), file.fx?.map((gone) => [data.rules[gone.r], gone.l, gone.t])]),
      [
        ['kb/export.md', ['unchanged'], undefined],
        ['kb/reset.md', ['unchanged', 'unchanged', 'new'], [['no-policy-shield', 5, 'Per our policy']]],
      ],
    );
  });

  const mistakes: [string, (folder: string) => string[], string][] = [
    ['--fail-on new without a baseline', () => ['--fail-on', 'new'], 'support-tone: --fail-on new needs --baseline <report.json>.\n'],
    [
      'a baseline that is not JSON',
      (folder) => (writeFileSync(join(folder, 'b.json'), 'nope'), ['--baseline', 'b.json']),
      'support-tone: --baseline b.json is not a support-tone JSON report: ',
    ],
    [
      'a baseline of another shape',
      (folder) => (writeFileSync(join(folder, 'b.json'), '{"version":2}'), ['--baseline', 'b.json']),
      'support-tone: --baseline b.json is not a version 1 support-tone JSON report.\n',
    ],
  ];
  for (const [name, args, message] of mistakes)
    it(`stops on ${name}`, () => {
      const folder = edited(false);
      const result = run(folder, ['check', 'kb', ...args(folder)]);
      assert.equal(result.status, 2);
      assert.equal(result.stdout, '');
      assert.ok(result.stderr.startsWith(message), result.stderr);
    });
});

describe('CODEOWNERS', () => {
  const text = [
    '# Docs ownership',
    '*                   @acme/leads',
    '/kb/                @acme/kb   docs@acme.dev',
    'kb/billing/**       @acme/billing',
    '*.txt               @acme/support # plain-text macros',
    'drafts/',
    '[Legal]',
    '^[Policies][2] @acme/lawyers',
    'kb/legal/           @acme/legal',
  ].join('\n');
  const root = mkdtempSync(join(tmpdir(), 'support-tone-owners-'));
  const codeOwners = new CodeOwners(text, root);
  const cases: [string, string[]][] = [
    ['README.md', ['@acme/leads']],
    ['kb/reset.md', ['@acme/kb', 'docs@acme.dev']],
    ['kb/billing/refunds.md', ['@acme/billing']],
    ['kb/billing/old/refunds.md', ['@acme/billing']],
    ['kb/notes.txt', ['@acme/support']],
    ['macros/kb/reset.md', ['@acme/leads']],
    ['drafts/new.md', []],
    ['team/drafts/new.md', []],
    ['kb/legal/terms.md', ['@acme/legal']],
  ];
  for (const [path, owners] of cases)
    it(`${path}: ${owners.join(' ') || 'no owner'}`, () => assert.deepEqual(codeOwners.ownersOf(join(root, path)), owners));

  it('compares owners without case', () => {
    assert.ok(codeOwners.owns('@ACME/KB', join(root, 'kb/reset.md')));
    assert.ok(!codeOwners.owns('@acme/kb', join(root, 'kb/billing/refunds.md')));
  });

  /** The CLI fixture project with a CODEOWNERS file. */
  function owned(): string {
    const folder = project();
    mkdirSync(join(folder, '.github'));
    writeFileSync(join(folder, '.github', 'CODEOWNERS'), 'kb/ @acme/kb\nreplies/blame.md @acme/support @acme/leads\n');
    return folder;
  }

  // Owners are looked up on the main thread and written by whichever thread serializes the entry: the JSON report is
  // the same on one thread (objects) and on worker threads (entries serialized there), and in a merged report.
  for (const threads of ['1', '2'])
    it(`names the owners in the JSON report on ${threads} thread(s) and checks only the files of --owner`, () => {
      const folder = owned();
      const all = JSON.parse(run(folder, ['check', '.', '--format', 'json', '--threads', threads]).stdout) as JsonReport;
      assert.deepEqual(
        all.files.map((file) => [file.path, file.owners]),
        [
          ['kb/reset.md', ['@acme/kb']],
          ['replies/blame.md', ['@acme/support', '@acme/leads']],
          ['replies/clean.md', undefined],
        ],
      );
      const mine = JSON.parse(run(folder, ['check', '.', '--format', 'json', '--owner', '@acme/support']).stdout) as JsonReport;
      assert.deepEqual(
        mine.files.map((file) => file.path),
        ['replies/blame.md'],
      );
    });

  it('groups the Markdown summary by owner', () => {
    const folder = owned();
    const markdown = run(folder, ['check', '.', '--format', 'markdown']).stdout;
    const all = JSON.parse(run(folder, ['check', '.', '--format', 'json']).stdout) as JsonReport;
    const count = (path: string, ...severities: string[]) =>
      all.files.find((file) => file.path === path)!.findings.filter((finding) => severities.includes(finding.severity)).length;
    const row = (owner: string, files: number, path: string) =>
      `| ${owner} | ${files} | ${count(path, 'error')} | ${count(path, 'warning')} | ${count(path, 'info', 'hint')} |`;
    const table = /### By owner\n\n([^]*?)\n\n/.exec(markdown)?.[1];
    assert.equal(
      table,
      [
        '| Owner | Files | Errors | Warnings | Notes |',
        '|---|---:|---:|---:|---:|',
        row('@acme/leads', 1, 'replies/blame.md'),
        row('@acme/support', 1, 'replies/blame.md'),
        row('@acme/kb', 1, 'kb/reset.md'),
        row('(no owner)', 1, 'replies/clean.md'),
      ].join('\n'),
    );
  });

  it('gives the review page each document’s owners, and --owner narrows it', () => {
    const folder = owned();
    assert.equal(run(folder, ['report', '.', '--out', 'review.html', '--owner', '@acme/kb']).status, 0);
    assert.deepEqual(
      pageData(join(folder, 'review.html')).files.map((file) => [file.p, file.o]),
      [['kb/reset.md', ['@acme/kb']]],
    );
  });

  it('stops on --owner without a CODEOWNERS file', () => {
    const result = run(project(), ['check', '.', '--owner', '@acme/kb']);
    assert.equal(result.status, 2);
    assert.equal(
      result.stderr,
      'support-tone: --owner @acme/kb needs a CODEOWNERS file ' +
        '(.github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS, .gitlab/CODEOWNERS in the repository).\n',
    );
  });
});

describe('--format csv', () => {
  const cells: [string, string, boolean, string][] = [
    ['plain text', 'no-blame', false, 'no-blame'],
    ['a comma', 'Hi, Sam', true, '"Hi, Sam"'],
    ['quotes', 'say "no"', true, '"say ""no"""'],
    ['a line break', 'one\ntwo', true, '"one\ntwo"'],
    ['a formula in document text', '=HYPERLINK("x")', true, `"'=HYPERLINK(""x"")"`],
    ['a leading minus in document text', '-1 day', true, "'-1 day"],
    ['an owner, which is not document text', '@acme/kb', false, '@acme/kb'],
  ];
  for (const [name, value, fromDocument, expected] of cells)
    it(`writes ${name}`, () => assert.equal(csvCell(value, fromDocument), expected));

  it('writes one row per finding with 1-based positions, owners and baseline state', () => {
    const folder = project();
    mkdirSync(join(folder, '.github'));
    writeFileSync(join(folder, '.github', 'CODEOWNERS'), 'replies/ @acme/support\n');
    const csv = run(folder, ['check', '.', '--format', 'csv']).stdout;
    const report = JSON.parse(run(folder, ['check', '.', '--format', 'json']).stdout) as JsonReport;
    const expected = report.files.flatMap((file) =>
      file.findings.map((finding) =>
        [
          csvCell(file.path, true),
          finding.range.start.line + 1,
          finding.range.start.character + 1,
          finding.severity,
          finding.ruleId,
          csvCell(finding.message, true),
          csvCell(finding.text.replace(/\s+/g, ' ').trim(), true),
          file.kind,
          (file.owners ?? []).join(' '),
          '',
        ].join(','),
      ),
    );
    assert.ok(expected.length > 2);
    assert.equal(
      csv,
      ['path,line,column,severity,rule,message,text,kind,owners,baseline', ...expected].map((row) => `${row}\r\n`).join(''),
    );
    assert.ok(csv.includes(',@acme/support,\r\n'));
  });
});
