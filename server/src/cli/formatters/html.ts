import { createHash } from 'node:crypto';
import type { Rule } from '../../engine/rule';
import { escapeHtml } from '../../shared/presentation';
import type { Principle, Severity } from '../../engine/model';
import type { JsonFinding, JsonReport } from '../report';
import type { FormatterContext, WholeReportFormatter } from './index';
import { embedJson, pageData } from './review/data';
import { PAGE_SCRIPT } from './review/script';
import { countBySeverity } from './shared';

/** Severities as the report names them; `info` reads as "notes" for docs teams. */
const SEVERITY_LABELS: Record<Severity, string> = { error: 'errors', warning: 'warnings', info: 'notes', hint: 'hints' };

const STYLE = `
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,sans-serif;color:#1f2328;background:#fff;margin:0 auto;max-width:72rem;padding:1.5rem}
h1{margin:0}header p{margin:.2rem 0 1rem;color:#59636e}h2{margin-top:2rem;border-bottom:1px solid #d1d9e0}
.totals{display:flex;flex-wrap:wrap;gap:.75rem;margin:0}
.totals div{border:1px solid #d1d9e0;border-radius:6px;padding:.4rem .9rem;min-width:5rem}
.totals dt{color:#59636e;font-size:.85rem}.totals dd{margin:0;font-size:1.6rem;font-weight:600}
.controls{background:#fff;display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;padding:.6rem 0;border-bottom:1px solid #d1d9e0}
.controls input[type=search]{flex:1 1 14rem;min-width:0;font:inherit;padding:.25rem .4rem}
.controls select,.controls button{font:inherit;max-width:100%}
#status{color:#59636e;margin:.4rem 0}.keys{color:#59636e;font-size:.85rem}
kbd{border:1px solid #d1d9e0;border-radius:3px;padding:0 .25rem;font-size:.8rem}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(26rem,100%),1fr));gap:0 2rem}
.bars{list-style:none;padding:0}
.bars li{display:grid;grid-template-columns:minmax(0,15rem) minmax(2rem,1fr) minmax(2.5rem,auto);
  gap:.5rem;align-items:center;margin:.2rem 0}
.bars li>span:first-child{overflow-wrap:anywhere}
.track{background:#eef1f4;border-radius:3px;height:.9rem}.bar{display:block;height:100%;background:#0969da;border-radius:3px}
.count{text-align:right}
.table-wrap{overflow-x:auto}table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #d1d9e0;padding:.35rem .5rem;text-align:left;vertical-align:top}
th button,button.link{font:inherit;background:none;border:0;padding:0;cursor:pointer;color:inherit;text-align:left}
th button{font-weight:600}
button.link{color:#0969da;text-decoration:underline;overflow-wrap:anywhere}
th[aria-sort=ascending] button::after{content:" \\25B2"}th[aria-sort=descending] button::after{content:" \\25BC"}
td.number,th.number{text-align:right}
ol#documents{list-style:none;padding:0}details.document{border:1px solid #d1d9e0;border-radius:6px;margin:.4rem 0}
details.document>summary{padding:.4rem .6rem;cursor:pointer;overflow-wrap:anywhere}details.document>summary:focus{outline:2px solid #0969da}
.path{font-weight:600}.kind-tag{color:#59636e}.headline{color:#59636e;font-style:italic}
.score{border:1px solid #d1d9e0;border-radius:1rem;padding:0 .45rem;font-size:.85rem;margin-right:.25rem}
.badge{border-radius:1rem;padding:0 .45rem;margin-right:.25rem;font-size:.85rem;background:#eef1f4}
.document-body{padding:0 .8rem .6rem}ol.findings,ol.fixed{padding-left:0;list-style:none}
li.finding{border-top:1px solid #eef1f4;padding:.4rem 0}
.finding-head{display:flex;flex-wrap:wrap;gap:.4rem;align-items:baseline}.message{margin:.2rem 0}
.state{border-radius:1rem;padding:0 .45rem;font-size:.8rem;background:#eef1f4}.state-new{background:#ffebe9;color:#a40e26}
.state-unchanged{color:#59636e}.state-fixed{background:#dafbe1;color:#116329}.trend .state{margin-right:.25rem}
.actions{display:flex;flex-wrap:wrap;gap:.4rem;margin-top:.3rem}.actions button{font:inherit;font-size:.85rem}
.fix-title{font-weight:600}.before-after{display:grid;grid-template-columns:auto 1fr;gap:.2rem .5rem;align-items:start}
.label{color:#59636e;font-size:.85rem;padding-top:.35rem}
ul.headlines{margin:0;padding-left:1rem}
.severity-error{color:#cf222e;font-weight:600}.severity-warning{color:#9a6700}.severity-info{color:#0969da}.severity-hint{color:#59636e}
pre.context{white-space:pre-wrap;word-break:break-word;background:#f6f8fa;padding:.3rem .5rem;margin:.3rem 0 0;border-radius:4px}
.line-number{color:#59636e;user-select:none;margin-right:.75rem}mark{background:#fff0a8;outline:1px solid #d4a72c}
del{background:#ffebe9;color:#82071e}ins{background:#dafbe1;color:#116329;text-decoration:none}
.pager{display:flex;gap:.6rem;align-items:center;margin:.6rem 0}.offscreen{position:fixed;left:-9999px}
.rules article{border-top:1px solid #eef1f4;padding:.3rem 0}.rules h3{margin:.3rem 0;font-size:1rem}.rules p{margin:.2rem 0}
@media (min-width:60rem){.controls{position:sticky;top:0;z-index:1}details.document,.rules article{scroll-margin-top:7rem}}
@media (max-width:40rem){
  body{padding:.75rem}#folders .worst{display:none}.totals div{min-width:4rem;padding:.3rem .6rem}.totals dd{font-size:1.2rem}
}
@media print{
  .controls,.pager,.actions,.keys,.deep-link{display:none}details.document{break-inside:avoid;border:0;border-top:1px solid #999}
  body{max-width:none;padding:0}a{color:inherit}
}
`;

/** The review report for docs teams: one self-contained HTML page with no network access, its list rendered by its own script. */
export const htmlFormatter: WholeReportFormatter = {
  end(report, context) {
    const data = pageData(report, context);
    const body = [
      renderHeader(report, context),
      renderControls(),
      renderCharts(report, context, data.rulesUrl),
      renderRollup(data.baseline),
      renderDocumentList(),
      renderRules(context),
      renderConfigProblems(report),
      `<script type="application/json" id="report-data">${embedJson(data)}</script>`,
      `<noscript><p>The list of documents needs JavaScript; the totals, charts and rules are above.</p></noscript>`,
    ].join('\n');
    // The nonce comes from the content so the same report always renders the same page.
    const nonce = createHash('sha256').update(STYLE).update(PAGE_SCRIPT).update(body).digest('base64').slice(0, 22);
    const policy = `default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'`;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Support Tone review</title>
<style>${STYLE}</style>
</head>
<body>
${body}
<script nonce="${nonce}">${PAGE_SCRIPT}</script>
</body>
</html>
`;
  },
};

/** Every finding of the report, file by file. */
function allFindings(report: JsonReport): JsonFinding[] {
  return report.files.flatMap((file) => file.findings);
}

/** `2025-03-04 05:06 UTC`: the same for every reader, whatever their time zone. */
function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Title, date, tool version and the totals. */
function renderHeader(report: JsonReport, context: FormatterContext): string {
  const counts = countBySeverity(allFindings(report));
  const totals: [string, number][] = [
    ['files', report.files.length],
    ['drafts', report.files.reduce((sum, file) => sum + file.drafts.length, 0)],
    ...(Object.keys(SEVERITY_LABELS) as Severity[]).map((severity): [string, number] => [SEVERITY_LABELS[severity], counts[severity]]),
  ];
  const items = totals.map(([name, value]) => `<div><dt>${name}</dt><dd data-total="${name}">${value}</dd></div>`).join('');
  const stamp = escapeHtml(context.generatedAt.toISOString());
  return `<header><h1>Support Tone review</h1>
<p>Generated <time datetime="${stamp}">${formatUtc(context.generatedAt)}</time> by support-tone ${escapeHtml(context.toolVersion)}</p>
<dl class="totals">${items}</dl></header>`;
}

/** `<option>`s from `[value, label]` pairs. */
function options(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([value, label]) => `<option value="${value}">${label}</option>`).join('');
}

/** A labelled `<select>` whose accessible name is `ariaLabel` (the visible label unless given). */
function labelledSelect(id: string, label: string, pairs: readonly (readonly [string, string])[], ariaLabel = label): string {
  return `<label>${label} <select id="${id}" aria-label="${ariaLabel}">${options(pairs)}</select></label>`;
}

/** The filters the script fills with the values found in the page data. */
const DATA_FILTERS = ['rule', 'severity', 'kind', 'folder', 'language', 'owner'];

const BASELINE_FILTER: [string, string][] = [
  ['', 'every finding'],
  ['new', 'new'],
  ['unchanged', 'unchanged'],
  ['fixed', 'fixed'],
];

const DOCUMENT_ORDERS: [string, string][] = [
  ['worst', 'worst first'],
  ['path', 'path'],
  ['findings', 'most findings'],
  ['kind', 'kind'],
  ['score', 'lowest score'],
];

/** `<button>`s from `[id, label]` pairs, space-separated. */
function buttons(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([id, label]) => `<button type="button" id="${id}">${label}</button>`).join(' ');
}

const KEYS = [
  ['<kbd>/</kbd>', 'search'],
  ['<kbd>j</kbd>/<kbd>k</kbd>', 'next/previous document'],
  ['<kbd>o</kbd>', 'open'],
  ['<kbd>n</kbd>/<kbd>p</kbd>', 'next/previous page'],
];

/** The filter bar; the script fills the options from the page data. */
function renderControls(): string {
  const dataFilters = DATA_FILTERS.map((name) => labelledSelect(`filter-${name}`, name, [['', `every ${name}`]])).join(' ');
  return `<nav class="controls" aria-label="filters">
<input type="search" id="search" placeholder="Search paths, headlines, messages, flagged text" aria-label="search">
${dataFilters}
${labelledSelect('filter-baseline', 'baseline', BASELINE_FILTER)}
<label><input type="checkbox" id="show-clean"> show clean documents</label>
${labelledSelect('sort', 'sort', DOCUMENT_ORDERS, 'sort documents')}
${buttons([
  ['clear-filters', 'Clear filters'],
  ['print', 'Print'],
  ['csv', 'Download CSV'],
])}
</nav>
<p id="status" aria-live="polite"></p>
<p class="keys">${KEYS.map(([keys, action]) => `${keys} ${action}`).join(' · ')}</p>`;
}

/** The folder (or owner) roll-up; the script fills its rows. */
function renderRollup(baseline: boolean): string {
  const group = labelledSelect('group', 'group by', [
    ['folder', 'folder'],
    ['owner', 'owner'],
  ]);
  const table = `<table id="folders"><thead><tr>${folderHeaders(baseline)}</tr></thead><tbody></tbody></table>`;
  return `<section><h2 id="rollup-heading">Folders</h2>${group}<div class="table-wrap">${table}</div></section>`;
}

/** The document list and its pager; the script fills both. */
function renderDocumentList(): string {
  const pager = `${buttons([['page-prev', 'Previous']])}<span id="page-number"></span>${buttons([['page-next', 'Next']])}`;
  return `<section><h2>Documents</h2><ol id="documents"></ol>
<nav class="pager" aria-label="pages">${pager}</nav></section>`;
}

/** The folder roll-up's headers, each a sort but the headline's; with a baseline, new and fixed findings too (the trend). */
function folderHeaders(baseline: boolean): string {
  const sortable = (order: string, label: string, numeric = true) =>
    `<th scope="col" data-order="${order}"${numeric ? ' class="number"' : ''}><button type="button">${label}</button></th>`;
  const counts = [
    ['files', 'files'],
    ['worst', 'errors'],
    ['warnings', 'warnings'],
    ['notes', 'notes'],
  ]
    .map(([order, label]) => sortable(order, label))
    .join('');
  const trend = baseline ? `${sortable('new', 'new')}${sortable('fixed', 'fixed')}` : '';
  return `${sortable('folder', 'folder', false)}${counts}${trend}<th scope="col" class="worst">worst headline</th>`;
}

interface ChartRow {
  key: string;
  label: string;
  count: number;
  href?: string;
}

/** The two bar charts: findings by rule and findings by principle. */
function renderCharts(report: JsonReport, context: FormatterContext, rulesUrl: string | undefined): string {
  const findings = allFindings(report);
  return `<div class="charts">${renderChart('rule', 'Findings by rule', rowsByRule(findings, context.rules, rulesUrl))}
${renderChart('principle', 'Findings by principle', rowsByPrinciple(findings, context))}</div>`;
}

/**
 * One row per rule of the run (and per unknown rule id found), most findings first; ties keep registry order.
 * Labels link to the rules appendix, or to `rulesUrl` + id.
 */
function rowsByRule(findings: readonly JsonFinding[], rules: readonly Rule[], rulesUrl: string | undefined): ChartRow[] {
  const counts = new Map<string, number>(rules.map((rule) => [rule.id, 0]));
  for (const finding of findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  const known = new Set(rules.map((rule) => rule.id));
  const href = (id: string) => (rulesUrl ? `${rulesUrl}${id}` : known.has(id) ? `#rule-${id}` : undefined);
  const rows = [...counts].map(([id, count]): ChartRow => ({ key: id, label: id, count, href: href(id) }));
  return rows.sort((a, b) => b.count - a.count);
}

/** One row per principle some rule of the run serves, in order; each finding counts under its rule's principle. */
function rowsByPrinciple(findings: readonly JsonFinding[], { rules, principles }: FormatterContext): ChartRow[] {
  const principleOf = new Map(rules.map((rule) => [rule.id, rule.principle]));
  const served = new Set(rules.map((rule) => rule.principle));
  return (Object.keys(principles) as Principle[])
    .filter((principle) => served.has(principle))
    .map((principle) => ({
      key: principle,
      label: `${principle} ${principles[principle]}`,
      count: findings.filter((finding) => principleOf.get(finding.ruleId) === principle).length,
    }));
}

/** A horizontal bar chart in plain HTML: bar widths are percentages of the largest count. */
function renderChart(name: string, title: string, rows: readonly ChartRow[]): string {
  const largest = Math.max(1, ...rows.map((row) => row.count));
  const items = rows.map((row) => {
    const target = row.href?.startsWith('#') ? ` data-rule-link="${escapeHtml(row.key)}"` : ' rel="noopener noreferrer"';
    const label = row.href ? `<a href="${escapeHtml(row.href)}"${target}>${escapeHtml(row.label)}</a>` : escapeHtml(row.label);
    const width = ((100 * row.count) / largest).toFixed(1);
    const bar = `<span class="track"><span class="bar" style="width:${width}%"></span></span>`;
    const count = `<span class="count">${row.count}</span>`;
    return `<li data-key="${escapeHtml(row.key)}" data-count="${row.count}"><span>${label}</span>${bar}${count}</li>`;
  });
  return `<section><h2>${title}</h2><ol class="bars" data-chart="${name}">\n${items.join('\n')}\n</ol></section>`;
}

/** The rules appendix: what each rule of the run flags and why, with its example, so rule links never leave the page. */
function renderRules({ rules, principles }: FormatterContext): string {
  const items = rules.map((rule) => {
    const severity = `<span class="severity-${rule.severity}">${rule.severity}</span>`;
    const principle = `${rule.principle} ${escapeHtml(principles[rule.principle])}`;
    const example = rule.example
      ? `<p>Instead of: <q>${escapeHtml(rule.example.bad)}</q> Write: <q>${escapeHtml(rule.example.good)}</q></p>`
      : '';
    return `<article id="rule-${escapeHtml(rule.id)}"><h3>${escapeHtml(rule.id)}</h3>
<p>${escapeHtml(rule.summary)}. ${severity} by default · ${principle}</p>
<p>${escapeHtml(rule.why)}</p>
${example}</article>`;
  });
  return `<section class="rules" id="rules"><h2>Rules</h2>\n${items.join('\n')}\n</section>`;
}

/** Config mistakes, when there are any. */
function renderConfigProblems(report: JsonReport): string {
  if (report.configProblems.length === 0) return '';
  const items = report.configProblems.map(
    (problem) => `<li>${escapeHtml(`${problem.file}:${problem.line}:${problem.column}: ${problem.message}`)}</li>`,
  );
  return `<h2>Config problems</h2><ul>${items.join('')}</ul>`;
}
