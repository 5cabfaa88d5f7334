/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { Baseline } from '../../server/src/cli/baseline';
import type { FormatterContext } from '../../server/src/cli/formatters';
import { htmlFormatter } from '../../server/src/cli/formatters/html';
import type { JsonFile, JsonFinding, JsonReport } from '../../server/src/cli/report';
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

function baseContext(sources: Map<string, string>): FormatterContext {
  return {
    rules: DEFAULT_PACK.rules,
    principles: DEFAULT_PACK.principles,
    language: 'en',
    toolVersion: 'test',
    generatedAt: new Date(Date.UTC(2025, 0, 1)),
    sources,
    links: { source: 'https://git.example/blob/main/{path}#L{line}', edit: 'https://git.example/edit/main/{path}' },
  };
}

/** Writes a page to test-output and returns its file URL. */
function writePage(name: string, report: JsonReport, context: FormatterContext): string {
  mkdirSync(output, { recursive: true });
  const file = join(output, name);
  writeFileSync(file, htmlFormatter.end(report, context));
  return pathToFileURL(file).href;
}

/** The paths the page lists now, in order. */
function listed(page: Page): Promise<string[]> {
  return page.locator('#documents summary .path').allInnerTexts();
}

/** Skips a test where Debian's chromium is missing (CI fails instead); this.skip() takes no reason, so the title carries it. */
function skipWithoutChromium(context: Mocha.Context): void {
  if (existsSync(CHROMIUM)) return;
  if (process.env.CI) assert.fail(MISSING);
  if (context.test) context.test.title += ` (skipped: ${MISSING})`;
  context.skip();
}

/** Chooses an option of one of the filter bar's selects. */
async function choose(page: Page, id: string, value: string): Promise<void> {
  await page.locator(`#${id}`).selectOption(value);
}

/** The URL fragment's parameters. */
function hashParams(page: Page): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(new URL(page.url()).hash.slice(1)));
}

/** The worst-first order the page uses by default: more errors, then warnings, notes, hints; then path. */
function worstFirst(files: readonly JsonFile[]): string[] {
  const key = (file: JsonFile) => (['error', 'warning', 'info', 'hint'] as Severity[]).map((severity) => count(file.findings, severity));
  return [...files]
    .sort((a, b) => {
      const [ka, kb] = [key(a), key(b)];
      for (let index = 0; index < 4; index++) if (ka[index] !== kb[index]) return kb[index] - ka[index];
      return a.path < b.path ? -1 : 1;
    })
    .map((file) => file.path);
}

describe('review report in a real browser', function () {
  this.timeout(60_000);
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];
  const { report, sources } = checkExamples();
  const withFindings = report.files.filter((file) => file.findings.length > 0);
  const url = writePage('review-report.html', report, baseContext(sources));

  before(async function () {
    if (!existsSync(CHROMIUM)) {
      if (process.env.CI) assert.fail(MISSING);
      // this.skip() takes no reason, so the title carries it into the pending list.
      if (this.test?.parent) this.test.parent.title += ` (skipped: ${MISSING})`;
      this.skip();
    }
    browser = await chromium.launch({
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
  });

  beforeEach(async function () {
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(url);
  });

  afterEach(async function () {
    await context?.close();
    assert.deepEqual(problems.splice(0), [], 'no script errors or CSP violations');
    assert.deepEqual(
      requests.splice(0).filter((request) => !request.startsWith(url)),
      [],
      'no request but the page itself',
    );
  });

  after(async () => browser?.close());

  it("shows the CLI report's totals and lists documents with findings, worst first, clean ones on request", async () => {
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
    assert.ok(withFindings.length < report.files.length, 'the examples include clean documents');

    assert.deepEqual(await listed(page), worstFirst(withFindings));
    assert.equal(
      await page.locator('#status').innerText(),
      `${withFindings.length} of ${report.files.length} documents, ${findings.length} findings · page 1 of 1`,
    );
    await page.locator('#show-clean').check();
    assert.deepEqual(await listed(page), worstFirst(report.files));
    assert.deepEqual(hashParams(page), { clean: '1' });

    await choose(page, 'sort', 'path');
    assert.deepEqual(await listed(page), report.files.map((file) => file.path).sort());

    await page.screenshot({ path: join(output, 'review-report.png'), fullPage: false });
  });

  it('filters by rule and folder, rolls up folders, and keeps the filters in the address', async () => {
    await choose(page, 'filter-rule', 'no-blame');
    const blamed = report.files.filter((file) => file.findings.some((finding) => finding.ruleId === 'no-blame'));
    assert.ok(blamed.length > 0);
    assert.deepEqual(
      await listed(page),
      worstFirst(blamed).filter((path) => blamed.some((file) => file.path === path)),
    );
    await page.locator('#documents summary').first().click();
    // The findings of an opened document are drawn on its toggle event: wait for them before reading.
    await page.locator('#documents li.finding').first().waitFor();
    const rules = await page.locator('#documents li.finding').evaluateAll((items) => items.map((item) => item.getAttribute('data-rule')));
    assert.deepEqual(
      rules,
      Array(
        count(
          blamed[0].findings.filter((finding) => finding.ruleId === 'no-blame'),
          'error',
        ),
      ).fill('no-blame'),
    );
    assert.deepEqual(hashParams(page), { rule: 'no-blame', file: blamed[0].path });

    await choose(page, 'filter-rule', '');
    await choose(page, 'filter-folder', 'examples/kb');
    const kb = withFindings.filter((file) => file.path.startsWith('examples/kb/'));
    assert.deepEqual((await listed(page)).sort(), kb.map((file) => file.path).sort());
    const rows = await page
      .locator('#folders tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent)));
    const kbFindings = kb.flatMap((file) => file.findings);
    assert.equal(rows.length, 1);
    assert.deepEqual(rows[0].slice(0, 5), [
      'examples/kb',
      String(kb.length),
      ...(['error', 'warning', 'info'] as Severity[]).map((severity) => String(count(kbFindings, severity))),
    ]);

    // A folder in the roll-up is a filter too.
    await choose(page, 'filter-folder', '');
    await page.locator('#folders button[data-group="examples/replies"]').click();
    assert.equal(await page.locator('#filter-folder').inputValue(), 'examples/replies');
    assert.ok((await listed(page)).every((path) => path.startsWith('examples/replies/')));
  });

  it('searches paths, headlines, messages and flagged text', async () => {
    await page.locator('#search').fill('policy');
    const hits = report.files.filter(
      (file) =>
        file.path.toLowerCase().includes('policy') ||
        file.drafts.some((draft) => draft.headline.toLowerCase().includes('policy')) ||
        file.findings.some((finding) => `${finding.ruleId} ${finding.message}`.toLowerCase().includes('policy')),
    );
    assert.ok(hits.length > 0 && hits.length < report.files.length);
    assert.deepEqual((await listed(page)).sort(), hits.map((file) => file.path).sort());
    await page.locator('#search').fill('no document says this');
    assert.deepEqual(await listed(page), []);
    assert.match(await page.locator('#status').innerText(), new RegExp(`^0 of ${report.files.length} documents, 0 findings`));
  });

  it('opens a document with its fixes, source and edit links, and copies an allow entry and a directive', async () => {
    const target = report.files.find((file) => file.path === 'examples/replies/refund-denied.reply.md')!;
    const blame = target.findings.find((finding) => finding.ruleId === 'no-blame')!;
    await page
      .locator('#documents details', { has: page.locator('.path', { hasText: target.path }) })
      .locator('summary')
      .click();
    const document = page.locator(`#documents details[open]`);
    assert.equal(await document.locator('a.edit-link').getAttribute('href'), `https://git.example/edit/main/${target.path}`);
    const finding = document.locator('li.finding[data-rule="no-blame"]').first();
    assert.equal(
      await finding.locator('a.position').getAttribute('href'),
      `https://git.example/blob/main/${target.path}#L${blame.range.start.line + 1}`,
    );
    assert.equal(await finding.locator('mark').innerText(), blame.text);

    await document.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(output, 'review-report-document.png'), fullPage: false });

    await finding.locator('button.copy-allow').click();
    assert.equal(
      await page.evaluate(() => navigator.clipboard.readText()),
      `${JSON.stringify({ rules: { 'no-blame': { allowPhrases: [blame.text] } } }, null, 2)}\n`,
    );
    await finding.locator('button.copy-directive').click();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), '<!-- support-tone-disable-next-line no-blame -->');

    const fixed = document.locator('li.finding[data-rule="no-flat-no"]').first();
    // The fix removes "No, " and capitalizes the next word: the page marks exactly what changes.
    assert.equal(await fixed.locator('.fix del').first().innerText(), 'No, w');
    assert.equal(await fixed.locator('.fix ins').first().innerText(), 'W');
    assert.equal(
      await fixed.locator('.fix pre').nth(1).innerText(),
      await fixed
        .locator('.fix pre')
        .nth(0)
        .innerText()
        .then((before) => before.replace('No, w', 'W')),
    );

    // A plain-text document takes no comment directives.
    await page.locator('#show-clean').check();
    await page
      .locator('#documents details', { has: page.locator('.path', { hasText: 'refund-followup.reply.txt' }) })
      .locator('summary')
      .click();
    assert.equal(await page.locator('#documents details[open] button.copy-directive').count(), 0);
  });

  it('restores a deep link after a reload, and a rule link scrolls to the rules appendix', async () => {
    const path = 'examples/replies/macros.reply.md';
    await page.goto(`${url}#file=${encodeURIComponent(path)}&rule=require-empathy`);
    await page.reload();
    assert.equal(await page.locator('#filter-rule').inputValue(), 'require-empathy');
    const open = page.locator('#documents details[open]');
    assert.equal(await open.count(), 1);
    assert.equal(await open.locator('summary .path').innerText(), path);
    const expected = report.files.find((file) => file.path === path)!.findings.filter((finding) => finding.ruleId === 'require-empathy');
    assert.equal(await open.locator('li.finding').count(), expected.length);
    assert.ok(expected.length > 1);

    await open.locator('a.rule').first().click();
    assert.ok(await page.locator('#rule-require-empathy').isVisible());
    assert.deepEqual(hashParams(page), { rule: 'require-empathy', file: path }, 'a rule link keeps the state in the address');
  });

  it('downloads the listed findings as the CLI writes them with --format csv', async () => {
    const cli = spawnSync(
      process.execPath,
      [join(repository, 'bin', 'support-tone.js'), 'check', 'examples', '--format', 'csv', '--exit-zero'],
      {
        cwd: repository,
        encoding: 'utf8',
      },
    );
    const download = async () => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.locator('#csv').click()]);
      assert.equal(file.suggestedFilename(), 'support-tone-findings.csv');
      return readFileSync(await file.path(), 'utf8');
    };
    await choose(page, 'sort', 'path');
    assert.equal(await download(), cli.stdout);
    await choose(page, 'filter-rule', 'no-blame');
    const [header, ...rows] = cli.stdout.split('\r\n');
    assert.equal(await download(), [header, ...rows.filter((row) => row.includes(',no-blame,')), ''].join('\r\n'));
  });

  it('works from the keyboard', async () => {
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search');
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    assert.equal(await page.evaluate(() => document.activeElement?.querySelector('.path')?.textContent), worstFirst(withFindings)[1]);
    await page.keyboard.press('o');
    assert.equal(await page.locator('#documents details[open] summary .path').innerText(), worstFirst(withFindings)[1]);
    await page.keyboard.press('k');
    assert.equal(await page.evaluate(() => document.activeElement?.querySelector('.path')?.textContent), worstFirst(withFindings)[0]);
  });

  it('prints every listed document open, without the controls', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    assert.equal(await page.locator('#documents details[open]').count(), withFindings.length);
    assert.equal(await page.locator('nav.controls').isVisible(), false);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    assert.equal(await page.locator('#documents details[open]').count(), 0);
  });

  it('fits a 420 px screen: nothing is cut off or scrolls sideways', async () => {
    await page.setViewportSize({ width: 420, height: 900 });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling');
    const rights = await page.locator('.bars .count').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().right));
    assert.ok(rights.length > 0 && rights.every((right) => right <= 420), `count column inside the screen: ${Math.max(...rights)}`);
    await page.locator('#documents summary').first().click();
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'an open document fits too');
    await page.screenshot({ path: join(output, 'review-report-420.png'), fullPage: false });
  });
});

describe('review report paging in a real browser', function () {
  this.timeout(60_000);

  it('pages a long list, keeps the page in the address, and finds a deep-linked document on its page', async function () {
    skipWithoutChromium(this);
    const finding = (line: number) => ({
      ruleId: 'no-legalese',
      draft: 0,
      severity: 'warning' as Severity,
      message: 'legalese',
      range: { start: { line, character: 0 }, end: { line, character: 8 } },
      text: 'Pursuant',
      fixes: [],
    });
    const files: JsonFile[] = Array.from({ length: 120 }, (_, index) => ({
      path: `kb/${String(index).padStart(3, '0')}.md`,
      kind: 'article',
      kindReason: 'test',
      language: 'en',
      languageReason: 'test',
      drafts: [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } },
          language: 'en',
          languageReason: 'test',
          headline: `Headline ${index}`,
          findingCounts: { error: 0, warning: 1, info: 0, hint: 0 },
          checks: {},
        },
      ],
      findings: [finding(0)],
    }));
    const pageUrl = writePage('review-report-paged.html', { version: 1, files, configProblems: [] }, baseContext(new Map()));
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      await page.goto(pageUrl);
      assert.equal(await page.locator('#documents > li').count(), 50);
      assert.equal(await page.locator('#page-number').innerText(), 'page 1 of 3');
      await page.keyboard.press('n');
      assert.equal((await listed(page))[0], 'kb/050.md');
      assert.equal(new URL(page.url()).hash, '#page=2');
      await page.locator('#page-next').click();
      assert.deepEqual(
        await listed(page),
        files.slice(100).map((file) => file.path),
      );
      await page.goto(`${pageUrl}#file=kb%2F075.md`);
      await page.reload();
      assert.equal(await page.locator('#page-number').innerText(), 'page 2 of 3');
      assert.equal(await page.locator('#documents details[open] .path').innerText(), 'kb/075.md');
    } finally {
      await browser.close();
    }
  });
});

describe('review report against a baseline in a real browser', function () {
  this.timeout(60_000);

  it('filters new, unchanged and fixed findings and shows the trend per folder', async function () {
    skipWithoutChromium(this);
    const { report, sources } = checkExamples();
    // The baseline lacked every no-blame finding (so they are new) and had one more in set-up-sso.md (now fixed).
    const gone: JsonFinding = {
      ruleId: 'no-legalese',
      draft: 0,
      severity: 'warning',
      message: 'gone',
      range: { start: { line: 4, character: 0 }, end: { line: 4, character: 10 } },
      text: 'heretofore',
      fixes: [],
    };
    const baseline = new Baseline(
      report.files.map((file) => ({
        ...file,
        findings: [
          ...file.findings.filter((finding) => finding.ruleId !== 'no-blame'),
          ...(file.path.endsWith('set-up-sso.md') ? [gone] : []),
        ],
      })),
    );
    const marked: JsonReport = { ...report, files: report.files.map((file) => baseline.apply(file)) };
    const pageUrl = writePage('review-report-baseline.html', marked, baseContext(sources));
    const blamed = report.files.filter((file) => file.findings.some((finding) => finding.ruleId === 'no-blame')).map((file) => file.path);
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      await page.goto(pageUrl);
      assert.ok(await page.locator('#filter-baseline').isVisible());
      await choose(page, 'filter-baseline', 'new');
      assert.deepEqual((await listed(page)).sort(), blamed.sort());
      await page.locator('#documents summary').first().click();
      await page.locator('#documents details[open] li.finding .state').first().waitFor();
      const states = await page.locator('#documents details[open] li.finding .state').allInnerTexts();
      assert.ok(states.length > 0 && states.every((state) => state === 'new'), states.join());
      const headers = await page.locator('#folders thead th').allInnerTexts();
      assert.deepEqual(headers.slice(5, 7), ['new', 'fixed']);
      // Every count sorts the roll-up, most first: here the folders with the most new findings.
      await page.locator('#folders th[data-order="new"] button').click();
      assert.equal(await page.locator('#folders th[data-order="new"]').getAttribute('aria-sort'), 'descending');
      const newCounts = (await page.locator('#folders tbody td.new').allInnerTexts()).map(Number);
      assert.ok(newCounts[0] > 0, newCounts.join());
      assert.deepEqual(
        newCounts,
        [...newCounts].sort((a, b) => b - a),
      );

      await choose(page, 'filter-baseline', 'fixed');
      assert.deepEqual(await listed(page), ['examples/kb/set-up-sso.md']);
      await page.locator('#documents summary').first().click();
      // A document's findings are drawn when it opens: wait for them before counting.
      await page.locator('#documents details[open] ol.fixed li').first().waitFor();
      assert.equal(await page.locator('#documents details[open] ol.fixed li').count(), 1);
      assert.match(await page.locator('#documents details[open] ol.fixed li').innerText(), /no-legalese: gone/);
      assert.equal(new URL(page.url()).hash, '#baseline=fixed&folders=new&file=examples%2Fkb%2Fset-up-sso.md');
      await page.screenshot({ path: join(output, 'review-report-baseline.png'), fullPage: false });
    } finally {
      await browser.close();
    }
  });
});

describe('review report of a document fixed clean since the baseline', function () {
  this.timeout(60_000);

  it('lists the document by default and counts its fixes in its folder', async function () {
    skipWithoutChromium(this);
    const { report, sources } = checkExamples();
    const cleanPath = 'examples/kb/reconnect-thermostat-wifi.md';
    assert.deepEqual(report.files.find((file) => file.path === cleanPath)?.findings, []);
    const gone: JsonFinding = {
      ruleId: 'no-vague-timeline',
      draft: 0,
      severity: 'warning',
      message: 'gone',
      range: { start: { line: 6, character: 0 }, end: { line: 6, character: 4 } },
      text: 'soon',
      fixes: [],
    };
    const baseline = new Baseline(report.files.map((file) => (file.path === cleanPath ? { ...file, findings: [gone] } : file)));
    const marked: JsonReport = { ...report, files: report.files.map((file) => baseline.apply(file)) };
    const pageUrl = writePage('review-report-fixed-clean.html', marked, baseContext(sources));
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      await page.goto(pageUrl);
      assert.ok((await listed(page)).includes(cleanPath), (await listed(page)).join());
      const kb = page.locator('#folders tbody tr', { has: page.locator('button[data-group="examples/kb"]') });
      assert.equal(await kb.locator('td.fixed').innerText(), '1');
    } finally {
      await browser.close();
    }
  });
});

describe('review report with CODEOWNERS in a real browser', function () {
  this.timeout(60_000);

  it('rolls up by owner and filters by the owner clicked', async function () {
    skipWithoutChromium(this);
    const { report, sources } = checkExamples();
    const owners = (path: string) =>
      path.startsWith('examples/kb/') ? ['@acme/kb'] : path.endsWith('.txt') ? undefined : ['@acme/support'];
    const owned: JsonReport = {
      ...report,
      files: report.files.map((file) => ({ ...file, ...(owners(file.path) ? { owners: owners(file.path) } : {}) })),
    };
    const pageUrl = writePage('review-report-owners.html', owned, baseContext(sources));
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      await page.goto(pageUrl);
      await page.locator('#show-clean').check();
      await choose(page, 'group', 'owner');
      assert.equal(await page.locator('#rollup-heading').innerText(), 'Owners');
      const rows = await page
        .locator('#folders tbody tr')
        .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent).slice(0, 2)));
      const filesOf = (owner: string | undefined) => report.files.filter((file) => owners(file.path)?.[0] === owner).length;
      assert.deepEqual(
        rows.sort(),
        [
          ['(no owner)', String(filesOf(undefined))],
          ['@acme/kb', String(filesOf('@acme/kb'))],
          ['@acme/support', String(filesOf('@acme/support'))],
        ].sort(),
      );
      await page.locator('#folders button[data-group="@acme/kb"]').click();
      assert.equal(await page.locator('#filter-owner').inputValue(), '@acme/kb');
      assert.deepEqual(
        (await listed(page)).sort(),
        report.files.filter((file) => file.path.startsWith('examples/kb/')).map((file) => file.path),
      );
      assert.deepEqual(hashParams(page), { owner: '@acme/kb', clean: '1', group: 'owner' });
    } finally {
      await browser.close();
    }
  });
});
