import assert from 'node:assert/strict';
import { htmlFormatter } from '../../server/src/cli/formatters/html';
import type { JsonFile, JsonFinding, JsonReport } from '../../server/src/cli/report';
import type { Severity } from '../../server/src/engine/model';
import { DEFAULT_PACK } from '../../server/src/api';

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
  ],
  configProblems: [],
};
const context = {
  rules: DEFAULT_PACK.rules,
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

describe('HTML review report', () => {
  const html = htmlFormatter.end(report, context);

  it('escapes every text that comes from the input', () => {
    assert.equal(html.match(/<script/g)?.length, 1, "only the page's own sorting script");
    assert.doesNotMatch(html, /<b>bold/);
    assert.match(html, /Blame &lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /Macro &lt;b&gt;bold&lt;\/b&gt;: Acme Blames Customer &lt;script&gt;/);
    assert.match(html, /manual\. &lt;script&gt;alert\(1\)&lt;\/script&gt;<\/pre>/);
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
  });

  it('shows the title, the date in UTC and the totals', () => {
    assert.match(html, /<title>Support Tone review<\/title>/);
    assert.match(html, /<time datetime="2025-03-04T05:06:07.000Z">2025-03-04 05:06 UTC<\/time>/);
    const totals = Object.fromEntries([...html.matchAll(/data-total="(\w+)">(\d+)</g)].map((match) => [match[1], Number(match[2])]));
    assert.deepEqual(totals, { files: 2, drafts: 2, errors: 1, warnings: 2, notes: 1, hints: 1 });
  });

  it('charts every rule, most findings first, and every principle in order', () => {
    const byRule = chartRows(html, 'rule');
    assert.equal(byRule.length, DEFAULT_PACK.rules.length);
    assert.deepEqual(byRule.slice(0, 5), [
      ['no-blame', 1],
      ['no-policy-shield', 1],
      ['no-hidden-agent', 1],
      ['no-condescension', 1],
      ['require-empathy', 1],
    ]);
    assert.ok(byRule.slice(5).every(([, count]) => count === 0));
    assert.deepEqual(chartRows(html, 'principle'), [
      ['P1', 1],
      ['P2', 0],
      ['P3', 0],
      ['P4', 2],
      ['P5', 0],
      ['P6', 1],
      ['P7', 0],
      ['P8', 1],
      ['P9', 0],
    ]);
    assert.match(html, /P4 No excuses, no hiding behind policy or legalese/);
    assert.match(html, /<span class="bar" style="width:100\.0%"><\/span><\/span><span class="count">2<\/span>/);
  });

  it('lists each document in the table, linked to its section', () => {
    assert.match(
      html,
      /<tr><td class="path"><a href="#document-1">kb\/reset\.md<\/a><\/td><td class="kind">article<\/td><td class="number errors">0<\/td><td class="number warnings">2<\/td><td class="number notes">1<\/td>/,
    );
    assert.match(html, /<section class="document" id="document-2"><h3>replies\/blame\.md<\/h3>/);
    for (const header of ['path', 'kind', 'errors', 'warnings', 'notes', 'headline(s)'])
      assert.ok(html.includes(`<button type="button">${header}</button>`), header);
  });

  it('shows each finding with its position, rule link and the flagged text in its line', () => {
    assert.match(
      html,
      /<td>3:21<\/td><td class="severity-warning">warning<\/td><td><a href="https:\/\/github\.com\/support-tone\/support-tone\/blob\/main\/docs\/rules\/no-policy-shield\.md" rel="noopener noreferrer">no-policy-shield<\/a><\/td>/,
    );
    assert.ok(
      html.includes('<pre class="context"><span class="line-number">3</span>Simply click Reset. <mark>Per our policy</mark>, no.</pre>'),
    );
    // CRLF line ends are line breaks, as in LSP ranges.
    assert.ok(html.includes('<pre class="context"><span class="line-number">3</span><mark>You should have read</mark> the manual.'));
  });

  it('falls back to the flagged text when the source is missing', () => {
    const page = htmlFormatter.end(report, { ...context, sources: new Map() });
    assert.ok(page.includes('<pre class="context"><mark>Per our policy</mark></pre>'));
  });

  it('renders the same page twice, and a different nonce for different content', () => {
    assert.equal(htmlFormatter.end(report, context), html);
    const later = htmlFormatter.end(report, { ...context, generatedAt: new Date(Date.UTC(2026, 0, 1)) });
    assert.notEqual(/nonce-([^']+)/.exec(later)?.[1], /nonce-([^']+)/.exec(html)?.[1]);
  });
});
