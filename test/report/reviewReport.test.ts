import assert from 'node:assert/strict';
import { htmlFormatter } from '../../server/src/cli/formatters/html';
import { fixChange, lineWindow, type PageContext, type PageData } from '../../server/src/cli/formatters/review/data';
import type { JsonFile, JsonFinding, JsonReport } from '../../server/src/cli/report';
import type { Severity } from '../../server/src/engine/model';
import { DEFAULT_PACK } from '../../server/src/api';
import { escapeHtml } from '../../server/src/shared/presentation';

const SCRIPT_ATTACK = '<script>alert(1)</script>';

/** A finding on one line; `text` is the slice of `line` it covers, as in the JSON contract. */
function finding(
  ruleId: string,
  severity: Severity,
  line: number,
  start: number,
  end: number,
  lineText: string,
  message = `${ruleId} message`,
): JsonFinding {
  return {
    ruleId,
    draft: 0,
    severity,
    message,
    range: { start: { line, character: start }, end: { line, character: end } },
    text: lineText.slice(start, end),
    fixes: [],
  };
}

/** A file with one draft. */
function file(path: string, kind: string, headline: string, findings: JsonFinding[], title?: string): JsonFile {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const each of findings) counts[each.severity]++;
  const check = { expected: false, found: false };
  return {
    path,
    kind,
    kindReason: 'test',
    language: 'en',
    languageReason: 'test',
    drafts: [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } },
        language: 'en',
        languageReason: 'test',
        headline,
        ...(title ? { title } : {}),
        findingCounts: counts,
        checks: { apology: check, empathy: check, restatement: check, nextStep: check },
      },
    ],
    findings,
  };
}

const blameLine = `You should have read the manual. ${SCRIPT_ATTACK}`;
const simplyLine = 'Simply click Reset. Per our policy, no.';
const sources = new Map([
  ['kb/reset.md', `# Reset\n\n${simplyLine}\n`],
  ['replies/blame.md', `Hi Sam,\r\n\r\n${blameLine}\r\nBest,`],
]);
const fixLine = 'No, we cannot do that.';
sources.set('replies/flat.txt', `Hi Jo,\n\n${fixLine}\n`);
const flatNo: JsonFinding = {
  ...finding('no-flat-no', 'warning', 2, 0, 2, fixLine),
  fixes: [
    {
      title: "Remove 'No'",
      safe: true,
      edits: [
        { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } }, newText: 'W' },
        { range: { start: { line: 2, character: 7 }, end: { line: 2, character: 13 } }, newText: 'can' },
      ],
    },
    {
      title: 'Say what you can do',
      safe: false,
      edits: [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, newText: 'x' }],
    },
  ],
};
const report: JsonReport = {
  version: 1,
  files: [
    file('kb/reset.md', 'article', 'Acme Talks Down to Customer: "Simply Click Reset"', [
      finding('no-condescension', 'warning', 2, 0, 6, simplyLine),
      finding('no-policy-shield', 'warning', 2, 20, 34, simplyLine),
      finding('no-hidden-agent', 'info', 2, 0, 5, simplyLine),
    ]),
    file(
      'replies/blame.md',
      'reply',
      `Acme Blames Customer ${SCRIPT_ATTACK}`,
      [finding('no-blame', 'error', 2, 0, 20, blameLine, `Blame ${SCRIPT_ATTACK}`), finding('require-empathy', 'hint', 0, 0, 7, 'Hi Sam,')],
      `Macro <b>bold</b>`,
    ),
    file('replies/flat.txt', 'reply', 'Acme Says No', [flatNo]),
    file('kb/clean.md', 'article', 'Acme Explains Reset', []),
  ],
  configProblems: [],
};
const context = {
  rules: DEFAULT_PACK.rules,
  language: 'en',
  principles: DEFAULT_PACK.principles,
  toolVersion: '0.1.0',
  generatedAt: new Date(Date.UTC(2025, 2, 4, 5, 6, 7)),
  sources,
};

/** The `data-key` → `data-count` rows of one chart. */
function chartRows(html: string, chart: string): [string, number][] {
  const list = new RegExp(`<ol class="bars" data-chart="${chart}">([\\s\\S]*?)</ol>`).exec(html)?.[1] ?? '';
  return [...list.matchAll(/data-key="([^"]*)" data-count="(\d+)"/g)].map((match) => [match[1], Number(match[2])]);
}

/** The page data the script reads, parsed back from the page. */
function pageDataOf(html: string): PageData {
  const json = /<script type="application\/json" id="report-data">([^]*?)<\/script>/.exec(html)?.[1];
  assert.ok(json, 'the page carries its data');
  return JSON.parse(json) as PageData;
}

describe('HTML review report', () => {
  const html = htmlFormatter.end(report, context);

  it('escapes every text that comes from the input, in the markup and in the page data', () => {
    assert.equal(html.match(/<script/g)?.length, 2, 'the data block and the page script');
    assert.equal(html.match(/<\/script/g)?.length, 2, 'no text closes a script block early');
    assert.doesNotMatch(html, /<b>bold/);
    assert.ok(html.includes('Blame \\u003cscript>alert(1)\\u003c/script>'));
    const data = pageDataOf(html);
    assert.equal(data.messages[data.files[1].f[0].m], `Blame ${SCRIPT_ATTACK}`);
    assert.equal(data.files[1].h[0][0], `Macro <b>bold</b>: Acme Blames Customer ${SCRIPT_ATTACK}`);
  });

  it('allows only its own inline script, with a nonce, and loads nothing', () => {
    const nonce = /script-src 'nonce-([A-Za-z0-9+/]+)'/.exec(html)?.[1];
    assert.ok(nonce);
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-/,
    );
    assert.ok(html.includes(`<script nonce="${nonce}">`));
    assert.doesNotMatch(html, /\bsrc=|<link|@import|url\(/);
    assert.doesNotMatch(html, /https?:\/\//, 'no address outside the page: rule links go to the rules appendix');
  });

  it('shows the title, the date in UTC and the totals', () => {
    assert.match(html, /<title>Support Tone review<\/title>/);
    assert.match(html, /<time datetime="2025-03-04T05:06:07.000Z">2025-03-04 05:06 UTC<\/time>/);
    const totals = Object.fromEntries([...html.matchAll(/data-total="(\w+)">(\d+)</g)].map((match) => [match[1], Number(match[2])]));
    assert.deepEqual(totals, { files: 4, drafts: 4, errors: 1, warnings: 3, notes: 1, hints: 1 });
  });

  it('charts every rule, most findings first, and only the principles a rule serves', () => {
    const byRule = chartRows(html, 'rule');
    assert.equal(byRule.length, DEFAULT_PACK.rules.length);
    assert.deepEqual(byRule.slice(0, 6), [
      ['no-blame', 1],
      ['no-flat-no', 1],
      ['no-policy-shield', 1],
      ['no-condescension', 1],
      ['no-hidden-agent', 1],
      ['require-empathy', 1],
    ]);
    assert.ok(byRule.slice(6).every(([, count]) => count === 0));
    const served = new Set(DEFAULT_PACK.rules.map((rule) => rule.principle));
    assert.ok(!served.has('P9'), 'no rule serves P9, so the chart leaves it out');
    assert.deepEqual(chartRows(html, 'principle'), [
      ['P1', 1],
      ['P2', 0],
      ['P3', 1],
      ['P4', 2],
      ['P5', 0],
      ['P6', 1],
      ['P7', 0],
      ['P8', 1],
    ]);
    assert.match(html, /P4 No excuses, no hiding behind policy or legalese/);
    assert.match(html, /<span class="bar" style="width:100\.0%"><\/span><\/span><span class="count">2<\/span>/);
  });

  it('links rule names to a rules appendix that describes every rule', () => {
    assert.match(html, /<a href="#rule-no-blame" data-rule-link="no-blame">no-blame<\/a>/);
    for (const rule of DEFAULT_PACK.rules) {
      const entry = new RegExp(`<article id="rule-${rule.id}"><h3>${rule.id}</h3>\\n<p>([^\\n]*)</p>`).exec(html);
      assert.ok(entry, rule.id);
      assert.ok(entry[1].startsWith(`${escapeHtml(rule.summary)}. <span class="severity-${rule.severity}">`), rule.id);
    }
  });

  it('links rule names to a docs base URL instead, when given one', () => {
    const page = htmlFormatter.end(report, { ...context, links: { rules: 'https://wiki.acme.dev/tone/' } });
    assert.ok(page.includes('<a href="https://wiki.acme.dev/tone/no-blame" rel="noopener noreferrer">no-blame</a>'));
    assert.doesNotMatch(page, /href="#rule-/);
    assert.equal(pageDataOf(page).rulesUrl, 'https://wiki.acme.dev/tone/');
  });

  it('gives the script each document with its findings in their line, fixes before and after, and triage data', () => {
    const data = pageDataOf(html);
    assert.deepEqual(
      data.rules,
      DEFAULT_PACK.rules.map((rule) => rule.id),
    );
    assert.equal(data.baseline, false);
    assert.deepEqual(
      data.files.map((each) => [each.p, each.k, each.g, each.d, each.f.length, each.w]),
      [
        ['kb/reset.md', 'article', 'en', true, 3, 0],
        ['replies/blame.md', 'reply', 'en', true, 2, 0],
        ['replies/flat.txt', 'reply', 'en', false, 1, 0],
        ['kb/clean.md', 'article', 'en', true, 0, 0],
      ],
    );
    const [condescension, policy] = data.files[0].f;
    assert.deepEqual(condescension.t, [simplyLine, 0, 6]);
    assert.deepEqual(
      [data.rules[policy.r], policy.s, policy.l, policy.c, data.messages[policy.m]],
      ['no-policy-shield', 1, 3, 21, 'no-policy-shield message'],
    );
    assert.deepEqual(policy.t, [simplyLine, 20, 34]);
    assert.equal(policy.p, 1, 'a sentence rule offers an allow entry');
    const [, empathy] = data.files[1].f;
    assert.equal(empathy.p, undefined, 'a draft check has no phrase to allow');
    const [flat] = data.files[2].f;
    assert.deepEqual(
      flat.x?.map((fix) => [data.messages[fix.t], fix.e]),
      [
        ["Remove 'No'", [0, 13, 'We can']],
        ['Say what you can do', undefined],
      ],
    );
  });

  it('offers directives by the format a file was read in, and by its name in a report written before formats were recorded', () => {
    const cases: [path: string, format: JsonFile['format'], directives: boolean][] = [
      ['kb/reset.md', 'markdown', true],
      // Routed to macros by a config's `formats` glob: its name alone would say Markdown.
      ['exports/refunds', 'macros', false],
      ['exports/refunds.html', 'macros', false],
      ['exports/refunds', undefined, true],
      ['replies/flat.txt', undefined, false],
    ];
    const files = cases.map(([path, format]) => ({ ...file(path, 'reply', 'Acme Says No', []), ...(format ? { format } : {}) }));
    assert.deepEqual(
      pageDataOf(htmlFormatter.end({ ...report, files }, context)).files.map((each) => [each.p, each.d]),
      cases.map(([path, , directives]) => [path, directives]),
    );
  });

  it('gives each document its tone score when the report has one', () => {
    const scored: JsonReport = { ...report, files: report.files.map((each, index) => (index === 1 ? { ...each, score: 42 } : each)) };
    assert.deepEqual(
      pageDataOf(htmlFormatter.end(scored, context)).files.map((each) => each.sc),
      [undefined, 42, undefined, undefined],
    );
  });

  it("gives each draft's headline its tone score when the report has one", () => {
    const scored: JsonReport = {
      ...report,
      files: report.files.map((each, index) =>
        index === 1 ? { ...each, drafts: each.drafts.map((draft) => ({ ...draft, score: 57 })) } : each,
      ),
    };
    const headlines = pageDataOf(htmlFormatter.end(scored, context)).files.map((each) => each.h.map((headline) => headline.slice(2)));
    assert.deepEqual(headlines, [[[]], [[57]], [[]], [[]]]);
  });

  it('falls back to the flagged text when the source is missing', () => {
    const data = pageDataOf(htmlFormatter.end(report, { ...context, sources: new Map() }));
    assert.deepEqual(data.files[0].f[1].t, ['Per our policy', 0, 14]);
    assert.deepEqual(
      data.files[2].f[0].x?.map((fix) => fix.e),
      [undefined, undefined],
    );
  });

  it('renders the same page twice, and a different nonce for different content', () => {
    assert.equal(htmlFormatter.end(report, context), html);
    const later = htmlFormatter.end(report, { ...context, generatedAt: new Date(Date.UTC(2026, 0, 1)) });
    assert.notEqual(/nonce-([^']+)/.exec(later)?.[1], /nonce-([^']+)/.exec(html)?.[1]);
  });
});

describe('review page line windows', () => {
  const long = `${'a'.repeat(70)} flagged ${'b'.repeat(70)}`;
  const at = (line: number, start: number, endLine: number, end: number) => ({
    start: { line, character: start },
    end: { line: endLine, character: end },
  });
  const cases: [string, string, ReturnType<typeof at>, PageContext][] = [
    ['a span inside a short line', 'Per our policy, no.', at(0, 4, 0, 10), ['Per our policy, no.', 4, 10]],
    ['a long line, cut to 40 characters each side', long, at(0, 71, 0, 78), [`…${'a'.repeat(39)} flagged ${'b'.repeat(39)}…`, 41, 48]],
    ['a span that runs on to the next line', 'Start here and', at(0, 6, 1, 3), ['Start here and', 6, 14]],
    ['an empty span', 'Hi Sam,', at(0, 0, 0, 0), ['Hi Sam,', 0, 0]],
    ['a span longer than 300 characters', 'x'.repeat(400), at(0, 0, 0, 400), [`${'x'.repeat(300)}…`, 0, 300]],
  ];
  for (const [name, line, range, expected] of cases) it(name, () => assert.deepEqual(lineWindow(line, range).context, expected));

  it("places a fix's change in the window, and leaves out a fix that leaves the line or the window", () => {
    const edit = (start: number, end: number, newText: string, line = 0) => ({ range: at(line, start, line, end), newText });
    const line = 'Simply click Reset.';
    const window = lineWindow(line, at(0, 0, 0, 6));
    assert.deepEqual(fixChange(line, window, 0, [edit(7, 8, 'C'), edit(0, 7, '')]), [0, 8, 'C']);
    assert.equal(fixChange(line, window, 0, [edit(0, 7, '', 1)]), undefined);
    assert.equal(fixChange(line, window, 0, []), undefined);
    const cutWindow = lineWindow(long, at(0, 71, 0, 78));
    assert.deepEqual(fixChange(long, cutWindow, 0, [edit(71, 79, '')]), [41, 49, '']);
    assert.equal(fixChange(long, cutWindow, 0, [edit(0, 79, '')]), undefined, 'starts before the window');
  });
});
