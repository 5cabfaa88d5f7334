import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FormatterContext, WholeReportFormatter } from '../../server/src/cli/formatters';
import { csvFormatter } from '../../server/src/cli/formatters/csv';
import { escapeGithubData, escapeGithubProperty, githubFormatter } from '../../server/src/cli/formatters/github';
import { junitFormatter } from '../../server/src/cli/formatters/junit';
import { codeSpan, escapeMarkdown, markdownFormatter } from '../../server/src/cli/formatters/markdown';
import { rdjsonFormatter } from '../../server/src/cli/formatters/rdjson';
import { sarifFormatter } from '../../server/src/cli/formatters/sarif';
import type { JsonFinding, JsonReport } from '../../server/src/cli/report';
import { DEFAULT_PACK } from '../../server/src/api';

/**
 * Golden files for the whole-report formats. `report.json` is real CLI output:
 * `node bin/support-tone.js check test/fixtures/cli/project --format json`.
 * `UPDATE_FIXTURES=1` rewrites the expected files: review the diff, they are the specification.
 */
const repository = join(__dirname, '..', '..');
const fixtures = join(repository, 'test', 'fixtures', 'formats');
const update = process.env.UPDATE_FIXTURES === '1';
const context: FormatterContext = {
  rules: DEFAULT_PACK.rules,
  principles: DEFAULT_PACK.principles,
  toolVersion: '0.1.0',
  generatedAt: new Date(Date.UTC(2025, 0, 1)),
};

function loadReport(): JsonReport {
  return JSON.parse(readFileSync(join(fixtures, 'report.json'), 'utf8')) as JsonReport;
}

function compareOrUpdate(path: string, actual: string): void {
  if (update || !existsSync(path)) writeFileSync(path, actual);
  assert.equal(actual, readFileSync(path, 'utf8'), `${path} differs (run npm run test:update and review the diff)`);
}

/** The fixture report plus what it lacks: a config problem, a path needing escapes, odd text and a two-line finding. */
function edgeCaseReport(): JsonReport {
  const report = loadReport();
  const range = (line: number, start: number, endLine: number, end: number) => ({
    start: { line, character: start },
    end: { line: endLine, character: end },
  });
  const finding = (patch: Partial<JsonFinding>): JsonFinding => ({
    ruleId: 'no-shouting',
    draft: 0,
    severity: 'warning',
    message: 'x',
    range: range(0, 0, 0, 1),
    text: 'x',
    fixes: [],
    ...patch,
  });
  report.files.push({
    path: 'docs/FAQ & <notes>, 100%.md',
    kind: 'article',
    kindReason: 'headings',
    language: 'en',
    languageReason: 'detected as English',
    drafts: [{ ...report.files[0].drafts[0], headline: 'Acme Says `Use *This* | Not That` & <More>' }],
    findings: [
      finding({
        message: 'Do <b>NOT</b> "shout" & don\'t\u0001 use `ticks` | pipes: 100%,\nok.',
        text: 'NOT `so` | \uD800 loud',
        fixes: [{ title: 'Lower case', safe: true, edits: [{ range: range(0, 0, 0, 3), newText: 'not' }] }],
      }),
      finding({
        ruleId: 'no-legalese',
        severity: 'hint',
        range: range(2, 10, 3, 4),
        text: 'pursuant\nto',
        fixes: [
          { title: 'Use under', safe: true, edits: [{ range: range(2, 10, 3, 4), newText: 'under' }] },
          { title: 'Rewrite', safe: false, edits: [] },
        ],
      }),
    ],
  });
  report.configProblems.push({
    start: 40,
    end: 49,
    file: '/home/ci/project/.support-tone.json',
    line: 3,
    column: 14,
    message: "Unknown rule 'no-blam'. It is ignored.",
  });
  return report;
}

const NO_PROSE = 'Not checked: no prose found — only code, markup or data, or a dialect Support Tone does not read.';

/** The fixture report plus a file that was not checked. */
function skippedFileReport(): JsonReport {
  const report = loadReport();
  report.files.push({
    path: 'docs/api, v2.md',
    kind: 'article',
    kindReason: 'no greeting, sign-off or headings',
    language: 'en',
    languageReason: 'too little text to detect; the default, English',
    drafts: [],
    findings: [],
    skipped: NO_PROSE,
  });
  return report;
}

const GOLDEN: [string, WholeReportFormatter][] = [
  ['expected.sarif', sarifFormatter],
  ['expected.github.txt', githubFormatter],
  ['expected.rdjson', rdjsonFormatter],
  ['expected.junit.xml', junitFormatter],
  ['expected.md', markdownFormatter],
];

/** A small XML well-formedness check: tags balance, and text and attributes hold no raw `<` or stray `&`. */
function assertWellFormedXml(xml: string): void {
  const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '');
  const entity = '&(?:amp|lt|gt|quot|apos|#\\d+);';
  const attribute = `\\s+[A-Za-z_][\\w.-]*="(?:[^"<&]|${entity})*"`;
  const token = new RegExp(`<(/?)([A-Za-z_][\\w.-]*)((?:${attribute})*)\\s*(/?)>|((?:[^<&]|${entity})+)`, 'y');
  const open: string[] = [];
  let rest = 0;
  while (rest < body.length) {
    token.lastIndex = rest;
    const match = token.exec(body);
    assert.ok(match, `not well-formed at: ${JSON.stringify(body.slice(rest, rest + 60))}`);
    const [, closing, name, , selfClosing] = match;
    if (name && closing) assert.equal(open.pop(), name, `</${name}> closes the wrong element`);
    else if (name && !selfClosing) open.push(name);
    rest = token.lastIndex;
  }
  assert.deepEqual(open, [], 'unclosed elements');
  // eslint-disable-next-line no-control-regex -- the test looks for characters XML 1.0 forbids
  assert.doesNotMatch(xml, /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/, 'characters XML 1.0 forbids');
}

describe('report formatters', () => {
  for (const [name, formatter] of GOLDEN) {
    it(`matches ${name}`, () => compareOrUpdate(join(fixtures, name), formatter.end(loadReport(), context)));
  }

  it('writes SARIF that sarif-multitool validates without errors', function () {
    this.timeout(130_000);
    const folder = mkdtempSync(join(tmpdir(), 'support-tone-sarif-'));
    try {
      for (const [name, report] of [
        ['golden', loadReport()],
        ['edge-cases', edgeCaseReport()],
        ['skipped-file', skippedFileReport()],
      ] as const) {
        const input = join(folder, `${name}.sarif`);
        const output = join(folder, `${name}.validation.sarif`);
        writeFileSync(input, sarifFormatter.end(report, context));
        const multitool = join(repository, 'node_modules', '.bin', 'sarif-multitool');
        const result = spawnSync(multitool, ['validate', input, '--output', output], { encoding: 'utf8', timeout: 60_000 });
        assert.equal(result.status, 0, `${name}: sarif-multitool exited ${result.status}\n${result.stdout}${result.stderr}`);
        const validation = JSON.parse(readFileSync(output, 'utf8')) as {
          runs: { results?: { level?: string; message: { text?: string } }[] }[];
        };
        const errors = validation.runs.flatMap((run) => run.results ?? []).filter((entry) => entry.level === 'error');
        assert.deepEqual(errors, [], `${name}: validation errors`);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("describes a data rule's message formats in SARIF and refers each result to its format and values", () => {
    const checked = spawnSync(
      process.execPath,
      [join(repository, 'bin', 'support-tone.js'), 'check', '--stdin', '--stdin-filename', 'terms.md', '--format', 'sarif'],
      { input: 'Pursuant to our terms, the aforementioned charge is final.\n', encoding: 'utf8' },
    );
    const [run] = (
      JSON.parse(checked.stdout) as {
        runs: { tool: { driver: { rules: { id: string; messageStrings?: object }[] } }; results: { ruleId: string; message: object }[] }[];
      }
    ).runs;
    assert.deepEqual(run.tool.driver.rules.find((rule) => rule.id === 'no-legalese')?.messageStrings, {
      default: { text: "'{0}' is legalese: use a plain word." },
      defaultReplace: { text: "'{0}' is legalese: use a plain word. Try '{1}'." },
    });
    assert.deepEqual(
      run.results.map((result) => [result.ruleId, result.message]),
      [
        [
          'no-legalese',
          { text: "'Pursuant to' is legalese: use a plain word. Try 'under'.", id: 'defaultReplace', arguments: ['Pursuant to', 'under'] },
        ],
        ['require-next-step', { text: 'No "what next": tell readers where to go if this did not solve it.', id: 'article' }],
        [
          'no-legalese',
          {
            text: "'the aforementioned' is legalese: use a plain word. Try 'this'.",
            id: 'defaultReplace',
            arguments: ['the aforementioned', 'this'],
          },
        ],
      ],
    );
  });

  it('keeps SARIF fingerprints when lines above move, and tells repeated text apart', () => {
    const fingerprints = (report: JsonReport) =>
      (JSON.parse(sarifFormatter.end(report, context)).runs[0].results as { partialFingerprints: Record<string, string> }[]).map(
        (result) => result.partialFingerprints['supportTone/v1'],
      );
    const moved = loadReport();
    for (const file of moved.files) {
      for (const finding of file.findings) for (const position of [finding.range.start, finding.range.end]) position.line += 2;
    }
    assert.deepEqual(fingerprints(moved), fingerprints(loadReport()));
    const repeated = loadReport();
    const blame = repeated.files[1].findings.find((finding) => finding.ruleId === 'no-blame')!;
    repeated.files[1].findings.push({
      ...blame,
      text: 'you  SHOULD have read',
      range: { start: { line: 9, character: 0 }, end: { line: 9, character: 21 } },
    });
    const [first, second] = fingerprints(repeated).filter((_, index) => index === 3 || index === 6);
    assert.notEqual(first, second);
    assert.match(first, /^[0-9a-f]{64}$/);
    // Without the first occurrence, the second one (same text up to case and spacing) takes its fingerprint.
    repeated.files[1].findings.splice(3, 1);
    assert.equal(fingerprints(repeated)[5], first);
  });

  // A file with no prose is never shown as clean: each format that carries notes per file says it was not checked.
  for (const [name, output, expected] of [
    [
      'github',
      () => githubFormatter.end(skippedFileReport(), context).split('\n').at(-2),
      `::notice file=docs/api%2C v2.md,title=not-checked::${NO_PROSE}`,
    ],
    [
      'rdjson',
      () => (JSON.parse(rdjsonFormatter.end(skippedFileReport(), context)) as { diagnostics: unknown[] }).diagnostics.at(-1),
      { message: NO_PROSE, location: { path: 'docs/api, v2.md' }, severity: 'INFO', code: { value: 'not-checked' } },
    ],
    [
      'sarif',
      () =>
        (
          JSON.parse(sarifFormatter.end(skippedFileReport(), context)) as {
            runs: { invocations: { toolExecutionNotifications: unknown }[] }[];
          }
        ).runs[0].invocations[0].toolExecutionNotifications,
      [
        {
          level: 'note',
          message: { text: NO_PROSE },
          descriptor: { id: 'not-checked' },
          locations: [{ physicalLocation: { artifactLocation: { uri: 'docs/api%2C%20v2.md', uriBaseId: '%SRCROOT%', index: 3 } } }],
        },
      ],
    ],
    [
      'csv',
      () => csvFormatter.file(skippedFileReport().files.at(-1)!, 0, context),
      `"docs/api, v2.md",,,info,not-checked,"${NO_PROSE}",,article,,\r\n`,
    ],
  ] as const) {
    it(`notes a file that was not checked in ${name}`, () => assert.deepEqual(output(), expected));
  }

  it("gives the document's and each draft's tone score in SARIF and the draft's in the Markdown headlines", () => {
    const report = loadReport();
    const blame = report.files[1];
    report.files[1] = { ...blame, score: 64, drafts: blame.drafts.map((draft, index) => ({ ...draft, score: 60 + index })) };
    const sarif = JSON.parse(sarifFormatter.end(report, context)) as { runs: { artifacts: { properties?: unknown }[] }[] };
    assert.deepEqual(sarif.runs[0].artifacts[1].properties, { toneScore: 64, draftToneScores: blame.drafts.map((_, index) => 60 + index) });
    const headlineLines = markdownFormatter
      .end(report, context)
      .split('\n')
      .filter((line) => line.startsWith(`> [${blame.path}`));
    assert.ok(headlineLines.length > 0);
    for (const line of headlineLines) assert.match(line, / · score 6\d$/);
  });

  it('escapes GitHub workflow command data and properties', () => {
    assert.equal(escapeGithubData('100% sure:\r\nyes, done'), '100%25 sure:%0D%0Ayes, done');
    assert.equal(escapeGithubProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
    const output = githubFormatter.end(edgeCaseReport(), context).split('\n');
    assert.equal(
      output.at(-3),
      '::warning file=docs/FAQ & <notes>%2C ' +
        '100%25.md,line=1,endLine=1,col=1,endColumn=2,title=no-shouting::Do <b>NOT</b> ' +
        '"shout" & don\'t use `ticks` | pipes: 100%25,%0Aok.',
    );
    // A finding over two lines gets no columns: GitHub ignores them across lines.
    assert.equal(output.at(-2), '::notice file=docs/FAQ & <notes>%2C 100%25.md,line=3,endLine=4,title=no-legalese::x');
    assert.equal(output.at(-1), '');
  });

  it('writes well-formed JUnit XML whatever the payload', () => {
    assertWellFormedXml(junitFormatter.end(loadReport(), context));
    const xml = junitFormatter.end(edgeCaseReport(), context);
    assertWellFormedXml(xml);
    assert.match(xml, /Do &lt;b&gt;NOT&lt;\/b&gt; &quot;shout&quot; &amp; don&apos;t use/);
    assert.match(xml, /pipes: 100%,&#10;ok\." type="no-shouting"/);
    assert.match(xml, /<testsuites name="support-tone" tests="11" failures="5" errors="1" skipped="0">/);
    // eslint-disable-next-line no-control-regex -- the test looks for characters XML 1.0 forbids
    assert.doesNotMatch(xml, /\uD800|\u0001/);
  });

  it('keeps Markdown valid around backticks, pipes and markup in the payload', () => {
    assert.equal(codeSpan('a `b` c'), '``a `b` c``');
    assert.equal(codeSpan('`x'), '`` `x ``');
    assert.equal(codeSpan('one\ntwo'), '`one two`');
    assert.equal(escapeMarkdown('a | *b* <i> $5 [x](y)'), 'a \\| \\*b\\* \\<i\\> \\$5 \\[x\\](y)');
    const markdown = markdownFormatter.end(edgeCaseReport(), context);
    assert.match(markdown, /<summary><code>docs\/FAQ &amp; &lt;notes&gt;, 100%\.md<\/code> · 1 warning, 1 note<\/summary>/);
    // Pipes are special only in tables, and no payload goes into the table: inside a list they stay as they are.
    assert.match(markdown, /\[L1:1\]\(docs\/FAQ%20%26%20%3Cnotes%3E%2C%20100%25\.md#L1\) ``NOT `so` \| \uD800 loud`` — Do \\<b\\>NOT/);
    assert.match(markdown, /> 📰 Acme Says \\`Use \\\*This\\\* \\\| Not That\\` \\& \\<More\\>\\$/m);
  });
});
