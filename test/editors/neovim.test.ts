/**
 * A second, independent editor client: headless Neovim (0.7.2 from Debian in CI) runs the
 * language server through its own LSP client (test/editors/lsp-check.lua), so we see what a
 * Neovim user sees — published diagnostics, vim.diagnostic and the CodeLens headlines.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeLens, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

const repo = join(__dirname, '..', '..');
const script = join(__dirname, 'lsp-check.lua');
const macros = join(repo, 'test', 'fixtures', 'lsp', 'workspace', 'macros.reply.md');
const NVIM_TIMEOUT_MS = 30_000;

/** What lsp-check.lua writes: one row per `vim.diagnostic.get(buf)` entry, trimmed to what a user sees. */
interface NeovimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  source: string;
  code: string;
  message: string;
}

interface NeovimReport {
  nvim: string;
  published: PublishDiagnosticsParams;
  diagnosticApi: NeovimDiagnostic[];
  codeLens: CodeLens[];
  error?: string;
}

interface NeovimRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  timedOut: boolean;
}

function neovimIsInstalled(): boolean {
  return (spawnSync('nvim', ['--version'], { stdio: 'ignore' }).error as NodeJS.ErrnoException | undefined)?.code !== 'ENOENT';
}

/** Runs lsp-check.lua in `nvim --headless --clean`, with its own XDG folders so nothing lands in $HOME. */
function runNeovim(file: string, outputFile: string, home: string): Promise<NeovimRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${script}`], {
      // stdin must not be a pipe: Neovim would read it as a buffer and wait for its end.
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        ...process.env,
        SUPPORT_TONE_NODE: process.execPath,
        SUPPORT_TONE_BIN: join(repo, 'bin', 'support-tone.js'),
        SUPPORT_TONE_FILE: file,
        SUPPORT_TONE_OUT: outputFile,
        XDG_CONFIG_HOME: join(home, 'config'),
        XDG_DATA_HOME: join(home, 'data'),
        XDG_STATE_HOME: join(home, 'state'),
        XDG_CACHE_HOME: join(home, 'cache'),
        NVIM_LOG_FILE: join(home, 'nvim.log'),
      },
    });
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, NVIM_TIMEOUT_MS);
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stderr, timedOut });
    });
  });
}

const summary = (diagnostics: Diagnostic[]) =>
  diagnostics.map((diagnostic) => {
    const { start, end } = diagnostic.range;
    return `${diagnostic.code} ${start.line}:${start.character}-${end.line}:${end.character} severity ${diagnostic.severity}`;
  });

describe('Neovim (headless, real LSP client)', function () {
  this.timeout(NVIM_TIMEOUT_MS + 10_000);
  let report: NeovimReport;
  let home: string | undefined;

  before(async function () {
    if (!neovimIsInstalled()) {
      if (process.env.CI) throw new Error('neovim is missing: .ci/run installs it with apt-get install neovim');
      this.skip();
    }
    assert.ok(existsSync(join(repo, 'dist', 'cli.js')), 'dist/cli.js is missing: run `npm run build` first');
    home = mkdtempSync(join(tmpdir(), 'support-tone-nvim-'));
    const outputFile = join(home, 'report.json');
    const run = await runNeovim(macros, outputFile, home);
    assert.ok(!run.timedOut, `nvim did not finish within ${NVIM_TIMEOUT_MS} ms; stderr: ${run.stderr}`);
    const written = existsSync(outputFile) ? readFileSync(outputFile, 'utf8') : '';
    assert.ok(written !== '', `nvim wrote no report (exit ${run.status ?? run.signal}); stderr: ${run.stderr}`);
    report = JSON.parse(written) as NeovimReport;
    assert.equal(report.error, undefined, `lsp-check.lua failed: ${report.error}`);
    assert.equal(run.status, 0, `nvim exited with ${run.status ?? run.signal}; stderr: ${run.stderr}`);
  });

  after(() => {
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('runs in Neovim 0.7 or later', () => {
    const [major, minor] = report.nvim.split('.').map(Number);
    assert.ok(major > 0 || minor >= 7, `Neovim ${report.nvim}`);
  });

  it('receives the diagnostics of both drafts: rule ids, 0-based ranges and severities', () => {
    assert.equal(report.published.uri, pathToFileURL(macros).href);
    assert.deepEqual(summary(report.published.diagnostics), [
      'require-apology 2:0-2:35 severity 2',
      'require-empathy 2:0-2:35 severity 3',
      'require-restatement 2:0-2:35 severity 3',
      'no-policy-shield 4:0-4:14 severity 2',
      'require-next-step 6:0-6:8 severity 2',
    ]);
    for (const diagnostic of report.published.diagnostics) {
      assert.equal(diagnostic.source, 'support-tone');
      assert.equal(
        diagnostic.codeDescription?.href,
        `https://github.com/support-tone/support-tone/blob/main/docs/rules/${diagnostic.code}.md`,
      );
    }
    assert.equal(
      report.published.diagnostics[3].message,
      "'Per our policy' hides behind policy or fault: explain the reason in plain words.",
    );
  });

  it('shows the same findings through vim.diagnostic.get', () => {
    // The fixture is ASCII, so Neovim's byte columns equal the protocol's UTF-16 characters.
    assert.deepEqual(
      report.diagnosticApi,
      report.published.diagnostics.map((diagnostic) => ({
        lnum: diagnostic.range.start.line,
        col: diagnostic.range.start.character,
        end_lnum: diagnostic.range.end.line,
        end_col: diagnostic.range.end.character,
        severity: diagnostic.severity,
        source: 'support-tone',
        code: diagnostic.code,
        message: diagnostic.message,
      })),
    );
    assert.deepEqual(
      report.diagnosticApi.map((diagnostic) => [diagnostic.code, diagnostic.lnum, diagnostic.severity]),
      [
        ['require-apology', 2, 2],
        ['require-empathy', 2, 3],
        ['require-restatement', 2, 3],
        ['no-policy-shield', 4, 2],
        ['require-next-step', 6, 2],
      ],
    );
  });

  it('gets one CodeLens headline per draft', () => {
    assert.deepEqual(
      report.codeLens.map((lens) => [lens.range.start.line, lens.command?.title]),
      [
        [2, '📰 Acme Hides Behind Policy: "Per our policy, refunds after 30 days are not possible" · 3 warnings, 2 notes'],
        [11, '📰 Acme Apologizes, Promises to Send Replacement by Friday · no findings'],
      ],
    );
  });
});
