import { createHash } from 'node:crypto';
import type { RuleMeta } from '../../engine/rule';
import { escapeHtml } from '../../shared/presentation';
import type { Principle, Severity } from '../../engine/model';
import type { JsonFile, JsonFinding, JsonReport } from '../report';
import type { FormatterContext, WholeReportFormatter } from './index';
import { countBySeverity } from './shared';

/** The principles' short names, as the headings of docs/principles.md give them. */
/** Severities as the report names them; `info` reads as "notes" for docs teams. */
const SEVERITY_LABELS: Record<Severity, string> = { error: 'errors', warning: 'warnings', info: 'notes', hint: 'hints' };

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;color:#1f2328;background:#fff;margin:0 auto;max-width:72rem;padding:1.5rem}
h1{margin:0}header p{margin:.2rem 0 1rem;color:#59636e}h2{margin-top:2rem;border-bottom:1px solid #d1d9e0}
.totals{display:flex;flex-wrap:wrap;gap:.75rem;margin:0}.totals div{border:1px solid #d1d9e0;border-radius:6px;padding:.4rem .9rem;min-width:5rem}
.totals dt{color:#59636e;font-size:.85rem}.totals dd{margin:0;font-size:1.6rem;font-weight:600}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(26rem,1fr));gap:0 2rem}
.bars{list-style:none;padding:0}.bars li{display:grid;grid-template-columns:17rem 1fr 2.5rem;gap:.5rem;align-items:center;margin:.2rem 0}
.track{background:#eef1f4;border-radius:3px;height:.9rem}.bar{display:block;height:100%;background:#0969da;border-radius:3px}.count{text-align:right}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #d1d9e0;padding:.35rem .5rem;text-align:left;vertical-align:top}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit}
th[aria-sort=ascending] button::after{content:" \\25B2"}th[aria-sort=descending] button::after{content:" \\25BC"}
td.number,th[data-type=number]{text-align:right}ul.headlines{margin:0;padding-left:1rem}
.severity-error{color:#cf222e;font-weight:600}.severity-warning{color:#9a6700}.severity-info{color:#0969da}.severity-hint{color:#59636e}
pre.context{white-space:pre-wrap;word-break:break-word;background:#f6f8fa;padding:.3rem .5rem;margin:.3rem 0 0;border-radius:4px}
.line-number{color:#59636e;user-select:none;margin-right:.75rem}mark{background:#fff0a8;outline:1px solid #d4a72c}
`;

/** Sorts the documents table: numbers numerically (first click descending), text alphabetically; a second click reverses. */
const SCRIPT = `
'use strict';
for (const button of document.querySelectorAll('table.sortable th button')) {
  button.addEventListener('click', () => {
    const header = button.closest('th');
    const numeric = header.dataset.type === 'number';
    const current = header.getAttribute('aria-sort');
    const next = current === 'ascending' ? 'descending' : current === 'descending' ? 'ascending' : numeric ? 'descending' : 'ascending';
    const value = (row) => row.cells[header.cellIndex].textContent.trim();
    const compare = numeric ? (a, b) => Number(value(a)) - Number(value(b)) : (a, b) => value(a).localeCompare(value(b), 'en');
    const body = header.closest('table').tBodies[0];
    const rows = [...body.rows].sort((a, b) => (next === 'ascending' ? 1 : -1) * compare(a, b));
    for (const row of rows) body.appendChild(row);
    for (const other of header.parentElement.children) other.removeAttribute('aria-sort');
    header.setAttribute('aria-sort', next);
  });
}
`;

/** The review report for docs teams: one self-contained, deterministic HTML page with no network access. */
export const htmlFormatter: WholeReportFormatter = {
  end(report, context) {
    const body = [
      renderHeader(report, context),
      renderCharts(report, context),
      renderDocumentsTable(report.files),
      `<h2>Findings by document</h2>`,
      ...report.files.map((file, index) => renderDocument(file, index, context)),
      renderConfigProblems(report),
    ].join('\n');
    // The nonce comes from the content so the same report always renders the same page.
    const nonce = createHash('sha256').update(STYLE).update(SCRIPT).update(body).digest('base64').slice(0, 22);
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
<script nonce="${nonce}">${SCRIPT}</script>
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

interface ChartRow {
  key: string;
  label: string;
  count: number;
  href?: string;
}

/** The two bar charts: findings by rule and findings by principle. */
function renderCharts(report: JsonReport, context: FormatterContext): string {
  const findings = allFindings(report);
  return `<div class="charts">${renderChart('rule', 'Findings by rule', rowsByRule(findings, context.rules))}
${renderChart('principle', 'Findings by principle', rowsByPrinciple(findings, context))}</div>`;
}

/** One row per shipped rule (and per unknown rule id found), most findings first; ties keep registry order. */
function rowsByRule(findings: readonly JsonFinding[], rules: readonly RuleMeta[]): ChartRow[] {
  const counts = new Map<string, number>(rules.map((rule) => [rule.id, 0]));
  for (const finding of findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  const docs = new Map(rules.map((rule) => [rule.id, rule.docs]));
  const rows = [...counts].map(([id, count]): ChartRow => ({ key: id, label: id, count, href: docs.get(id) }));
  return rows.sort((a, b) => b.count - a.count);
}

/** One row per principle, P1 to P9 in order. */
function rowsByPrinciple(findings: readonly JsonFinding[], { rules, principles }: FormatterContext): ChartRow[] {
  const principleOf = new Map(rules.map((rule) => [rule.id, rule.principle]));
  return (Object.keys(principles) as Principle[]).map((principle) => ({
    key: principle,
    label: `${principle} ${principles[principle]}`,
    count: findings.filter((finding) => principleOf.get(finding.ruleId) === principle).length,
  }));
}

/** A horizontal bar chart in plain HTML: bar widths are percentages of the largest count. */
function renderChart(name: string, title: string, rows: readonly ChartRow[]): string {
  const largest = Math.max(1, ...rows.map((row) => row.count));
  const items = rows.map((row) => {
    const label = row.href ? linkTo(row.href, row.label) : escapeHtml(row.label);
    const width = ((100 * row.count) / largest).toFixed(1);
    return `<li data-key="${escapeHtml(row.key)}" data-count="${row.count}"><span>${label}</span><span class="track"><span class="bar" style="width:${width}%"></span></span><span class="count">${row.count}</span></li>`;
  });
  return `<section><h2>${title}</h2><ol class="bars" data-chart="${name}">\n${items.join('\n')}\n</ol></section>`;
}

/** A link that leaves the page without telling the target where the reader came from. */
function linkTo(href: string, text: string): string {
  return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(text)}</a>`;
}

/** The sortable table of documents; each path links to the document's section. */
function renderDocumentsTable(files: readonly JsonFile[]): string {
  const columns: [string, 'text' | 'number'][] = [
    ['path', 'text'],
    ['kind', 'text'],
    ['errors', 'number'],
    ['warnings', 'number'],
    ['notes', 'number'],
    ['headline(s)', 'text'],
  ];
  const headers = columns.map(([name, type]) => `<th scope="col" data-type="${type}"><button type="button">${name}</button></th>`).join('');
  const rows = files.map((file, index) => {
    const counts = countBySeverity(file.findings);
    const headlines = file.drafts.map((draft) => `<li>${escapeHtml(draftHeadline(draft))}</li>`).join('');
    return (
      `<tr><td class="path"><a href="#${documentId(index)}">${escapeHtml(file.path)}</a></td><td class="kind">${escapeHtml(file.kind)}</td>` +
      `<td class="number errors">${counts.error}</td><td class="number warnings">${counts.warning}</td><td class="number notes">${counts.info}</td>` +
      `<td class="headlines"><ul class="headlines">${headlines}</ul></td></tr>`
    );
  });
  return `<h2>Documents</h2>\n<table class="sortable" id="documents"><thead><tr>${headers}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

/** A draft's headline, prefixed with its macro name when it has one. */
function draftHeadline(draft: JsonFile['drafts'][number]): string {
  return draft.title ? `${draft.title}: ${draft.headline}` : draft.headline;
}

/** The anchor of a document's section: its position, so any path is safe. */
function documentId(index: number): string {
  return `document-${index + 1}`;
}

/** One document: its kind, headlines and findings with the flagged text in context. */
function renderDocument(file: JsonFile, index: number, context: FormatterContext): string {
  const source = context.sources?.get(file.path);
  const lines = source === undefined ? undefined : source.split(/\r\n|\r|\n/);
  const docs = new Map(context.rules.map((rule) => [rule.id, rule.docs]));
  const headlines = file.drafts
    .map((draft) => `<li>${escapeHtml(draftHeadline(draft))} <span class="line-number">(line ${draft.range.start.line + 1})</span></li>`)
    .join('');
  const skipped = file.skipped ? `<p><em>Not checked: ${escapeHtml(file.skipped)}</em></p>` : '';
  const findings =
    file.findings.length === 0
      ? '<p>No findings.</p>'
      : `<table class="findings"><thead><tr><th>line:col</th><th>severity</th><th>rule</th><th>message</th></tr></thead><tbody>\n${file.findings.map((finding) => renderFinding(finding, lines, docs.get(finding.ruleId))).join('\n')}\n</tbody></table>`;
  return `<section class="document" id="${documentId(index)}"><h3>${escapeHtml(file.path)}</h3>
<p>${escapeHtml(file.kind)}: ${escapeHtml(file.kindReason)}</p>${skipped}<ul class="headlines">${headlines}</ul>
${findings}</section>`;
}

/** One finding row; the rule id links to its docs page. */
function renderFinding(finding: JsonFinding, lines: readonly string[] | undefined, docs: string | undefined): string {
  const { line, character } = finding.range.start;
  const rule = docs ? linkTo(docs, finding.ruleId) : escapeHtml(finding.ruleId);
  return (
    `<tr><td>${line + 1}:${character + 1}</td><td class="severity-${escapeHtml(finding.severity)}">${escapeHtml(finding.severity)}</td><td>${rule}</td>` +
    `<td>${escapeHtml(finding.message)}${renderContext(finding, lines)}</td></tr>`
  );
}

/** The flagged line with its line number and the flagged span marked (to the line's end when the span goes on). */
function renderContext(finding: JsonFinding, lines: readonly string[] | undefined): string {
  const { start, end } = finding.range;
  const line = lines?.[start.line];
  if (line === undefined) return `<pre class="context"><mark>${escapeHtml(finding.text)}</mark></pre>`;
  const stop = end.line === start.line ? end.character : line.length;
  const flagged = line.slice(start.character, stop);
  const marked = flagged === '' ? '' : `<mark>${escapeHtml(flagged)}</mark>`;
  return `<pre class="context"><span class="line-number">${start.line + 1}</span>${escapeHtml(line.slice(0, start.character))}${marked}${escapeHtml(line.slice(stop))}</pre>`;
}

/** Config mistakes, when there are any. */
function renderConfigProblems(report: JsonReport): string {
  if (report.configProblems.length === 0) return '';
  const items = report.configProblems.map(
    (problem) => `<li>${escapeHtml(`${problem.file}:${problem.line}:${problem.column}: ${problem.message}`)}</li>`,
  );
  return `<h2>Config problems</h2><ul>${items.join('')}</ul>`;
}
