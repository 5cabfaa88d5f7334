import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { htmlFormatter } from '../../server/src/cli/formatters/html';
import type { JsonReport } from '../../server/src/cli/report';
import type { Severity } from '../../server/src/engine/model';
import { DEFAULT_PACK } from '../../server/src/api';

const repository = join(__dirname, '..', '..');
const output = join(repository, 'test-output');
const CHROMIUM = '/usr/bin/chromium';
const MISSING = 'chromium is missing: .ci/run installs it with apt-get install chromium';

/** Runs the built CLI on the bundled examples and reads each file's text. */
function checkExamples(): { report: JsonReport; sources: Map<string, string> } {
  const result = spawnSync(
    process.execPath,
    [join(repository, 'bin', 'support-tone.js'), 'check', 'examples', '--format', 'json', '--exit-zero'],
    { cwd: repository, encoding: 'utf8' },
  );
  assert.equal(result.status, 0, result.stderr);
  const report = JSON.parse(result.stdout) as JsonReport;
  return { report, sources: new Map(report.files.map((file) => [file.path, readFileSync(join(repository, file.path), 'utf8')])) };
}

/** Findings of a file list per severity. */
function count(findings: readonly { severity: Severity }[], severity: Severity): number {
  return findings.filter((finding) => finding.severity === severity).length;
}

/** The text of one column, row by row, as the table shows it now. */
function column(page: Page, name: string): Promise<string[]> {
  return page.locator(`#documents tbody td.${name}`).allInnerTexts();
}

/** Clicks a column header and returns its `aria-sort`. */
async function sortBy(page: Page, header: string): Promise<string | null> {
  const button = page.locator('#documents thead button', { hasText: header });
  await button.click();
  return button.locator('xpath=..').getAttribute('aria-sort');
}

describe('review report in a real browser', function () {
  this.timeout(60_000);

  it("shows the CLI report's counts, sorts the table and loads nothing from the network", async function () {
    if (!existsSync(CHROMIUM)) {
      if (process.env.CI) assert.fail(MISSING);
      // this.skip() takes no reason, so the title carries it into the pending list.
      if (this.test) this.test.title += ` (skipped: ${MISSING})`;
      this.skip();
    }
    const { report, sources } = checkExamples();
    const html = htmlFormatter.end(report, {
      rules: DEFAULT_PACK.rules,
      principles: DEFAULT_PACK.principles,
      toolVersion: 'test',
      generatedAt: new Date(Date.UTC(2025, 0, 1)),
      sources,
    });
    mkdirSync(output, { recursive: true });
    const file = join(output, 'review-report.html');
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      const problems: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(url);

      const findings = report.files.flatMap((each) => each.findings);
      const expectedTotals = {
        files: report.files.length,
        drafts: report.files.reduce((sum, each) => sum + each.drafts.length, 0),
        errors: count(findings, 'error'),
        warnings: count(findings, 'warning'),
        notes: count(findings, 'info'),
        hints: count(findings, 'hint'),
      };
      const shownTotals: Record<string, number> = {};
      for (const name of Object.keys(expectedTotals)) shownTotals[name] = Number(await page.locator(`[data-total="${name}"]`).innerText());
      assert.deepEqual(shownTotals, expectedTotals);
      assert.ok(expectedTotals.errors > 0, 'the examples include an error, so sorting by errors means something');

      const paths = await column(page, 'path');
      assert.deepEqual(
        paths,
        report.files.map((each) => each.path),
      );
      const [errors, warnings, notes] = await Promise.all(['errors', 'warnings', 'notes'].map((name) => column(page, name)));
      report.files.forEach((each, row) => {
        assert.deepEqual(
          [errors[row], warnings[row], notes[row]].map(Number),
          [count(each.findings, 'error'), count(each.findings, 'warning'), count(each.findings, 'info')],
          each.path,
        );
      });

      assert.equal(await sortBy(page, 'errors'), 'descending');
      const descending = (await column(page, 'errors')).map(Number);
      assert.deepEqual(
        descending,
        [...descending].sort((a, b) => b - a),
      );
      assert.equal(await sortBy(page, 'errors'), 'ascending');
      const ascending = (await column(page, 'errors')).map(Number);
      assert.deepEqual(
        ascending,
        [...ascending].sort((a, b) => a - b),
      );

      assert.equal(await sortBy(page, 'path'), 'ascending');
      assert.deepEqual(
        await column(page, 'path'),
        [...paths].sort((a, b) => a.localeCompare(b, 'en')),
      );
      assert.equal(await page.locator('#documents th[aria-sort]').count(), 1, 'only the sorted column has aria-sort');

      await page.screenshot({ path: join(output, 'review-report.png'), fullPage: true });
      assert.deepEqual(problems, [], 'no script errors or CSP violations');
      assert.deepEqual(
        requests.filter((request) => request !== url),
        [],
        'no request but the page itself',
      );
    } finally {
      await browser.close();
    }
  });
});
