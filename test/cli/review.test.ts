import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PageData } from '../../server/src/cli/formatters/review/data';
import { repositoryUrl, templatesFor } from '../../server/src/cli/links';

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
