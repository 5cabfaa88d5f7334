/**
 * The review page's script: filters, search, the folder roll-up, sorting, paging, deep links,
 * keyboard navigation, triage buttons and the print view. It reads the page data from the
 * `report-data` JSON block (see data.ts) and renders only the current page of documents, and a
 * document's findings only when it is opened, so 10,000 documents stay fast.
 * Plain browser JavaScript in a raw string (no backticks, no template placeholders inside).
 */
export const PAGE_SCRIPT = String.raw`
'use strict';
const data = JSON.parse(document.getElementById('report-data').textContent);
const SEVERITIES = ['error', 'warning', 'info', 'hint'];
const PAGE_SIZE = 50;
const FILTERS = ['q', 'rule', 'severity', 'kind', 'folder', 'language', 'owner', 'baseline'];
const DEFAULTS = {
  q: '',
  rule: '',
  severity: '',
  kind: '',
  folder: '',
  language: '',
  owner: '',
  baseline: '',
  clean: false,
  sort: 'worst',
  folders: 'worst',
  group: 'folder',
  page: 1,
  file: '',
};
const byId = (id) => document.getElementById(id);

/** An element with attributes (on* keys add listeners) and children (strings become text). */
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children) if (child !== undefined && child !== null && child !== false) node.append(child);
  return node;
}

const folderOf = (path) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.');
const files = data.files.map((file) => {
  const counts = [0, 0, 0, 0];
  for (const finding of file.f) counts[finding.s]++;
  const text = (file.p + '\n' + file.h.map((headline) => headline[0]).join('\n')).toLowerCase();
  return Object.assign(file, { folder: folderOf(file.p), counts, text });
});
const findingText = (finding) => (data.rules[finding.r] + '\n' + data.messages[finding.m] + '\n' + finding.t[0]).toLowerCase();

let state = Object.assign({}, DEFAULTS);
/** Keys of the current view's state that differ from the defaults, as the URL fragment. */
function toHash(values) {
  const params = new URLSearchParams();
  for (const key of Object.keys(DEFAULTS)) {
    const value = values[key];
    if (value !== DEFAULTS[key]) params.set(key, value === true ? '1' : String(value));
  }
  return params.toString();
}
function readHash() {
  const hash = decodeURIComponent(location.hash.slice(1)).includes('=') ? location.hash.slice(1) : '';
  if (hash === '' && location.hash !== '') return false;
  const params = new URLSearchParams(hash);
  const next = Object.assign({}, DEFAULTS);
  for (const key of Object.keys(DEFAULTS)) {
    if (!params.has(key)) continue;
    const value = params.get(key);
    next[key] =
      typeof DEFAULTS[key] === 'boolean' ? value === '1' : typeof DEFAULTS[key] === 'number' ? Math.max(1, Number(value) || 1) : value;
  }
  state = next;
  return true;
}
function writeHash() {
  const hash = toHash(state);
  history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
}

// Filters: a document is listed when it passes the document filters and has a finding that passes
// the finding filters; with no finding filter, clean documents are listed only when asked for.
function inFolder(file, folder) {
  return folder === '' || file.folder === folder || file.folder.startsWith(folder + '/');
}
function select() {
  const query = state.q.trim().toLowerCase();
  const narrowed = state.rule !== '' || state.severity !== '' || state.baseline !== '';
  const rule = data.rules.indexOf(state.rule);
  const list = [];
  for (const file of files) {
    if ((state.kind && file.k !== state.kind) || (state.language && file.g !== state.language)) continue;
    if (!inFolder(file, state.folder) || (state.owner && !(file.o || []).includes(state.owner))) continue;
    const fileHit = query !== '' && file.text.includes(query);
    if (state.baseline === 'fixed') {
      if ((file.fx || []).length > 0 && (query === '' || fileHit)) list.push({ file, findings: [] });
      continue;
    }
    const findings = file.f.filter(
      (finding) =>
        (!state.rule || finding.r === rule) &&
        (!state.severity || SEVERITIES[finding.s] === state.severity) &&
        (!state.baseline || finding.n === state.baseline) &&
        (query === '' || fileHit || findingText(finding).includes(query)),
    );
    // A document whose findings were all fixed since the baseline has news: it stays in the list and the roll-up.
    const clean = file.f.length === 0 && (file.fx || []).length === 0;
    const listed =
      findings.length > 0 ? true : narrowed || (query !== '' && !fileHit) ? false : !clean || state.clean || file.p === state.file;
    if (listed) list.push({ file, findings });
  }
  return list;
}

/** Compares two count arrays worst first: more errors, then more warnings, notes, hints. */
function worse(a, b) {
  for (let index = 0; index < 4; index++) if (a[index] !== b[index]) return b[index] - a[index];
  return 0;
}
const countsOf = (findings) => {
  const counts = [0, 0, 0, 0];
  for (const finding of findings) counts[finding.s]++;
  return counts;
};
const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const DOCUMENT_ORDERS = {
  worst: (a, b) => worse(a.counts, b.counts) || byText(a.file.p, b.file.p),
  path: (a, b) => byText(a.file.p, b.file.p),
  findings: (a, b) => b.findings.length - a.findings.length || byText(a.file.p, b.file.p),
  kind: (a, b) => byText(a.file.k, b.file.k) || byText(a.file.p, b.file.p),
  score: (a, b) => (a.file.sc ?? 100) - (b.file.sc ?? 100) || byText(a.file.p, b.file.p),
};
const FOLDER_ORDERS = {
  worst: (a, b) => worse(a.counts, b.counts) || byText(a.name, b.name),
  folder: (a, b) => byText(a.name, b.name),
  files: (a, b) => b.files - a.files || byText(a.name, b.name),
  warnings: (a, b) => b.counts[1] - a.counts[1] || worse(a.counts, b.counts) || byText(a.name, b.name),
  notes: (a, b) => b.counts[2] - a.counts[2] || worse(a.counts, b.counts) || byText(a.name, b.name),
  new: (a, b) => b.fresh - a.fresh || worse(a.counts, b.counts) || byText(a.name, b.name),
  fixed: (a, b) => b.fixed - a.fixed || worse(a.counts, b.counts) || byText(a.name, b.name),
};

// Rendering.
function fillSelect(id, values, label) {
  const node = byId(id);
  if (!node) return;
  node.replaceChildren(el('option', { value: '' }, label), ...values.map((value) => el('option', { value }, value)));
  // A filter with nothing to choose from (no CODEOWNERS, no baseline) stays out of the way.
  node.closest('label').hidden = values.length === 0;
}
function distinct(values) {
  return [...new Set(values)].sort(byText);
}
function initControls() {
  fillSelect('filter-rule', data.rules, 'every rule');
  fillSelect('filter-severity', SEVERITIES, 'every severity');
  fillSelect('filter-kind', distinct(files.map((file) => file.k)), 'every kind');
  fillSelect('filter-language', distinct(files.map((file) => file.g || '')).filter(Boolean), 'every language');
  const folders = new Set();
  for (const file of files) {
    const parts = file.folder.split('/');
    for (let depth = 1; depth <= parts.length; depth++) folders.add(parts.slice(0, depth).join('/'));
  }
  fillSelect('filter-folder', distinct(folders), 'every folder');
  fillSelect('filter-owner', distinct(files.flatMap((file) => file.o || [])), 'every owner');
  byId('filter-baseline').closest('label').hidden = !data.baseline;
  byId('group').closest('label').hidden = !files.some((file) => file.o);
}
function syncControls() {
  for (const key of FILTERS.concat(['sort'])) {
    const node = byId(key === 'q' ? 'search' : key === 'sort' ? 'sort' : 'filter-' + key);
    if (node) node.value = state[key];
  }
  byId('show-clean').checked = state.clean;
  byId('group').value = state.group;
  byId('rollup-heading').textContent = state.group === 'owner' ? 'Owners' : 'Folders';
  byId('folders').querySelector('th[data-order="folder"] button').textContent = state.group;
}

const SEVERITY_NAMES = ['errors', 'warnings', 'notes', 'hints'];
function badges(counts) {
  return el(
    'span',
    { class: 'badges' },
    ...counts.map((count, index) =>
      count > 0
        ? el(
            'span',
            { class: 'badge severity-' + SEVERITIES[index], title: SEVERITY_NAMES[index] },
            String(count) + ' ' + SEVERITY_NAMES[index],
          )
        : null,
    ),
  );
}
/** Against a baseline: how many of the listed findings are new, and how many the baseline had that are gone. */
function trend(entry) {
  if (!data.baseline) return null;
  const fresh = entry.findings.filter((finding) => finding.n === 'new').length;
  const fixed = (entry.file.fx || []).length;
  return el(
    'span',
    { class: 'trend' },
    fresh > 0 ? el('span', { class: 'state state-new' }, fresh + ' new') : null,
    fixed > 0 ? el('span', { class: 'state state-fixed' }, fixed + ' fixed') : null,
  );
}
function fillTemplate(template, file, line) {
  const path = file.p.split('/').map(encodeURIComponent).join('/');
  return template.split('{path}').join(path).split('{line}').join(String(line));
}
/** A line piece with [start, end) marked by the element tag. */
function excerpt(text, start, end, tag) {
  return el('pre', { class: 'context' }, text.slice(0, start), start === end ? null : el(tag, {}, text.slice(start, end)), text.slice(end));
}
function beforeAfter(context, change) {
  const [text] = context;
  const [start, end, replacement] = change;
  const after = text.slice(0, start) + replacement + text.slice(end);
  return el(
    'div',
    { class: 'before-after' },
    el('span', { class: 'label' }, 'before'),
    excerpt(text, start, end, 'del'),
    el('span', { class: 'label' }, 'after'),
    excerpt(after, start, start + replacement.length, 'ins'),
  );
}
function linkTo(file, rule) {
  return '#' + toHash(Object.assign({}, DEFAULTS, { file: file.p, rule: rule || '' }));
}

async function copy(text, button) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = el('textarea', { class: 'offscreen' });
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  const label = button.textContent;
  button.textContent = 'Copied';
  setTimeout(() => (button.textContent = label), 1200);
}
function allowEntry(finding) {
  const rules = {};
  const [text, start, end] = finding.t;
  rules[data.rules[finding.r]] = { allowPhrases: [text.slice(start, end).replace(/\s+/g, ' ').trim()] };
  return JSON.stringify({ rules }, null, 2) + '\n';
}
function directive(finding) {
  return '<!-- support-tone-disable-next-line ' + data.rules[finding.r] + ' -->';
}

function renderFinding(file, finding) {
  const severity = SEVERITIES[finding.s];
  const rule = data.rules[finding.r];
  const position = finding.l + ':' + finding.c;
  const where = data.sourceUrl
    ? el('a', { href: fillTemplate(data.sourceUrl, file, finding.l), rel: 'noopener noreferrer', class: 'position' }, position)
    : el('span', { class: 'position' }, position);
  const actions = el('div', { class: 'actions' });
  if (finding.p)
    actions.append(
      el(
        'button',
        { type: 'button', class: 'copy-allow', onclick: (event) => copy(allowEntry(finding), event.currentTarget) },
        'Copy allow entry',
      ),
    );
  if (file.d)
    actions.append(
      el(
        'button',
        { type: 'button', class: 'copy-directive', onclick: (event) => copy(directive(finding), event.currentTarget) },
        'Copy directive',
      ),
    );
  actions.append(el('a', { href: linkTo(file, rule), class: 'deep-link' }, 'Link'));
  const fixes = (finding.x || []).map((fix) =>
    el(
      'div',
      { class: 'fix' },
      el('span', { class: 'fix-title' }, 'Fix: ' + data.messages[fix.t]),
      fix.e ? beforeAfter(finding.t, fix.e) : null,
    ),
  );
  return el(
    'li',
    { class: 'finding', 'data-rule': rule, 'data-severity': severity },
    el(
      'div',
      { class: 'finding-head' },
      where,
      ' ',
      el('span', { class: 'severity-' + severity }, severity),
      ' ',
      data.rulesUrl
        ? el('a', { href: data.rulesUrl + rule, class: 'rule', rel: 'noopener noreferrer' }, rule)
        : el('a', { href: '#rule-' + rule, class: 'rule', 'data-rule-link': rule }, rule),
      finding.n ? el('span', { class: 'state state-' + finding.n }, finding.n) : null,
    ),
    el('p', { class: 'message' }, data.messages[finding.m]),
    excerpt(finding.t[0], finding.t[1], finding.t[2], 'mark'),
    ...fixes,
    actions,
  );
}
function renderBody(entry) {
  const { file, findings } = entry;
  const body = el('div', { class: 'document-body' });
  const links = el('p', { class: 'links' });
  if (data.sourceUrl)
    links.append(
      el(
        'a',
        {
          href: fillTemplate(data.sourceUrl, file, file.h.length > 0 ? file.h[0][1] : 1),
          rel: 'noopener noreferrer',
          class: 'source-link',
        },
        'Source',
      ),
      ' ',
    );
  if (data.editUrl)
    links.append(el('a', { href: fillTemplate(data.editUrl, file, 1), rel: 'noopener noreferrer', class: 'edit-link' }, 'Edit'), ' ');
  links.append(el('a', { href: linkTo(file, ''), class: 'deep-link' }, 'Link to this document'));
  body.append(links, el('p', { class: 'kind' }, file.k + (file.o ? ' · owned by ' + file.o.join(', ') : '')));
  if (file.x) body.append(el('p', {}, el('em', {}, 'Not checked: ' + file.x)));
  if (file.h.length > 0)
    body.append(
      el(
        'ul',
        { class: 'headlines' },
        ...file.h.map((headline) =>
          el(
            'li',
            {},
            headline[0] + ' ',
            el('span', { class: 'line-number' }, '(line ' + headline[1] + (headline.length > 2 ? ' · score ' + headline[2] : '') + ')'),
          ),
        ),
      ),
    );
  const hidden = file.f.length - findings.length;
  if (findings.length > 0) body.append(el('ol', { class: 'findings' }, ...findings.map((finding) => renderFinding(file, finding))));
  else if (file.f.length === 0 && state.baseline !== 'fixed') body.append(el('p', {}, 'No findings.'));
  if (hidden > 0) body.append(el('p', { class: 'hidden-count' }, hidden + ' more finding(s) hidden by the filters.'));
  if (file.fx && file.fx.length > 0)
    body.append(
      el('h4', {}, 'Fixed since the baseline'),
      el(
        'ol',
        { class: 'fixed' },
        ...file.fx.map((gone) =>
          el(
            'li',
            { class: 'finding state-fixed' },
            el('span', { class: 'position' }, 'was line ' + gone.l),
            ' ',
            el('span', { class: 'severity-' + SEVERITIES[gone.s] }, SEVERITIES[gone.s]),
            ' ',
            data.rules[gone.r],
            ': ',
            data.messages[gone.m],
            el('pre', { class: 'context' }, el('del', {}, gone.t)),
          ),
        ),
      ),
    );
  return body;
}
function renderDocument(entry, open) {
  const { file } = entry;
  const worst = file.h.length > 0 ? file.h[file.w][0] : '';
  const details = el(
    'details',
    { class: 'document', 'data-path': file.p, open },
    el(
      'summary',
      {},
      el('span', { class: 'path' }, file.p),
      ' ',
      el('span', { class: 'kind-tag' }, file.k),
      ' ',
      badges(entry.counts),
      trend(entry),
      file.sc === undefined ? null : el('span', { class: 'score', title: 'tone score, 0-100' }, 'score ' + file.sc),
      ' ',
      ' ',
      el('span', { class: 'headline' }, worst),
    ),
  );
  const fill = () => {
    if (details.open && details.children.length === 1) details.append(renderBody(entry));
  };
  details.addEventListener('toggle', () => {
    fill();
    // The print view opens every document; that is not the reader choosing one.
    if (printing) return;
    if (details.open && state.file !== file.p) {
      state.file = file.p;
      writeHash();
    } else if (!details.open && state.file === file.p) {
      state.file = '';
      writeHash();
    }
  });
  if (open) fill();
  return el('li', {}, details);
}

/** The roll-up's groups of a document: its folder, or its CODEOWNERS owners (a document with two owners counts for both). */
function groupsOf(file) {
  return state.group === 'owner' ? file.o || ['(no owner)'] : [file.folder];
}
function renderFolders(list) {
  const folders = new Map();
  for (const entry of list)
    for (const name of groupsOf(entry.file)) {
      let folder = folders.get(name);
      if (!folder) folders.set(name, (folder = { name, files: 0, counts: [0, 0, 0, 0], fresh: 0, fixed: 0, worst: undefined }));
      folder.files++;
      folder.fresh += entry.findings.filter((finding) => finding.n === 'new').length;
      folder.fixed += (entry.file.fx || []).length;
      for (let index = 0; index < 4; index++) folder.counts[index] += entry.counts[index];
      if (entry.file.h.length > 0 && (!folder.worst || worse(entry.file.counts, folder.worst.file.counts) < 0)) folder.worst = entry;
    }
  const rows = [...folders.values()].sort(FOLDER_ORDERS[state.folders] || FOLDER_ORDERS.worst);
  for (const header of document.querySelectorAll('#folders th[data-order]'))
    header.setAttribute(
      'aria-sort',
      header.dataset.order === state.folders ? (state.folders === 'folder' ? 'ascending' : 'descending') : 'none',
    );
  byId('folders').tBodies[0].replaceChildren(
    ...rows.map((folder) =>
      el(
        'tr',
        {},
        el('td', { class: 'folder' }, el('button', { type: 'button', class: 'link', 'data-group': folder.name }, folder.name)),
        el('td', { class: 'number files' }, String(folder.files)),
        ...folder.counts.slice(0, 3).map((count, index) => el('td', { class: 'number ' + SEVERITY_NAMES[index] }, String(count))),
        data.baseline ? el('td', { class: 'number new' }, String(folder.fresh)) : null,
        data.baseline ? el('td', { class: 'number fixed' }, String(folder.fixed)) : null,
        el('td', { class: 'worst' }, folder.worst ? folder.worst.file.h[folder.worst.file.w][0] : ''),
      ),
    ),
  );
}

// CSV of the listed findings (every page), in the columns and quoting of --format csv.
function csvCell(value, fromDocument) {
  const safe = fromDocument && /^[=+\-@\t\r]/.test(value) ? "'" + value : value;
  return /[",\r\n]/.test(safe) ? '"' + safe.split('"').join('""') + '"' : safe;
}
function findingsCsv() {
  const rows = ['path,line,column,severity,rule,message,text,kind,owners,baseline'];
  for (const { file, findings } of sortedSelection()) {
    for (const finding of findings) {
      const [text, start, end] = finding.t;
      rows.push(
        [
          csvCell(file.p, true),
          finding.l,
          finding.c,
          SEVERITIES[finding.s],
          csvCell(data.rules[finding.r]),
          csvCell(data.messages[finding.m], true),
          csvCell(text.slice(start, end).replace(/\s+/g, ' ').trim(), true),
          csvCell(file.k),
          csvCell((file.o || []).join(' ')),
          finding.n || '',
        ].join(','),
      );
    }
  }
  return rows.map((row) => row + '\r\n').join('');
}
function downloadCsv() {
  const link = el('a', {
    href: URL.createObjectURL(new Blob([findingsCsv()], { type: 'text/csv' })),
    download: 'support-tone-findings.csv',
  });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

let printing = false;
let pageCount = 1;
/** The listed documents with their listed findings, in the chosen order. */
function sortedSelection() {
  const list = select();
  for (const entry of list) entry.counts = countsOf(entry.findings);
  return list.sort(DOCUMENT_ORDERS[state.sort] || DOCUMENT_ORDERS.worst);
}
function render() {
  const started = performance.now();
  const list = sortedSelection();
  const pages = Math.max(1, Math.ceil(list.length / PAGE_SIZE));
  if (state.file) {
    const position = list.findIndex((entry) => entry.file.p === state.file);
    if (position >= 0) state.page = Math.floor(position / PAGE_SIZE) + 1;
  }
  state.page = Math.min(state.page, pages);
  pageCount = pages;
  const shown = printing ? list : list.slice((state.page - 1) * PAGE_SIZE, state.page * PAGE_SIZE);
  byId('documents').replaceChildren(...shown.map((entry) => renderDocument(entry, printing || entry.file.p === state.file)));
  renderFolders(list);
  const findings = list.reduce((sum, entry) => sum + entry.findings.length, 0);
  byId('status').textContent =
    list.length +
    ' of ' +
    files.length +
    ' documents, ' +
    findings +
    ' findings' +
    (printing ? '' : ' · page ' + state.page + ' of ' + pages);
  byId('page-prev').disabled = state.page <= 1;
  byId('page-next').disabled = state.page >= pages;
  byId('page-number').textContent = 'page ' + state.page + ' of ' + pages;
  syncControls();
  writeHash();
  // For the benchmark: how long this render took, and when the first one finished.
  document.body.dataset.renderMs = (performance.now() - started).toFixed(1);
  if (!document.body.dataset.renderedAt) document.body.dataset.renderedAt = performance.now().toFixed(1);
  const open = state.file && document.querySelector('details[open]');
  if (open && !printing) open.scrollIntoView({ block: 'start' });
}

function change(key, value) {
  state[key] = value;
  if (key !== 'page') state.page = 1;
  if (key !== 'file' && key !== 'page') state.file = '';
  render();
}

// Wiring.
initControls();
readHash();
for (const key of FILTERS) {
  const node = byId(key === 'q' ? 'search' : 'filter-' + key);
  if (!node) continue;
  node.addEventListener(key === 'q' ? 'input' : 'change', () => change(key, node.value));
}
byId('sort').addEventListener('change', (event) => change('sort', event.target.value));
byId('group').addEventListener('change', (event) => {
  state.group = event.target.value;
  render();
});
byId('show-clean').addEventListener('change', (event) => change('clean', event.target.checked));
byId('clear-filters').addEventListener('click', () => {
  state = Object.assign({}, DEFAULTS, { sort: state.sort, folders: state.folders });
  render();
});
byId('page-prev').addEventListener('click', () => change('page', state.page - 1));
byId('page-next').addEventListener('click', () => change('page', state.page + 1));
byId('folders').addEventListener('click', (event) => {
  const group = event.target.closest('button[data-group]');
  if (group) return change(state.group === 'owner' ? 'owner' : 'folder', group.dataset.group === '(no owner)' ? '' : group.dataset.group);
  const header = event.target.closest('th[data-order]');
  if (header) {
    state.folders = header.dataset.order;
    render();
  }
});
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-rule-link]');
  if (!link) return;
  event.preventDefault();
  byId('rule-' + link.dataset.ruleLink).scrollIntoView({ block: 'start' });
});
byId('print').addEventListener('click', () => window.print());
byId('csv').addEventListener('click', downloadCsv);
window.addEventListener('beforeprint', () => {
  printing = true;
  render();
});
window.addEventListener('afterprint', () => {
  printing = false;
  render();
});
window.addEventListener('hashchange', () => {
  if (readHash()) render();
});
document.addEventListener('keydown', (event) => {
  const target = event.target;
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (target.matches('input, select, textarea')) {
    if (event.key === 'Escape') target.blur();
    return;
  }
  const summaries = [...document.querySelectorAll('#documents summary')];
  const at = summaries.indexOf(document.activeElement);
  const keys = {
    '/': () => byId('search').focus(),
    j: () => summaries[Math.min(summaries.length - 1, at + 1)]?.focus(),
    k: () => summaries[Math.max(0, at - 1)]?.focus(),
    o: () => summaries[at]?.click(),
    n: () => state.page < pageCount && change('page', state.page + 1),
    p: () => state.page > 1 && change('page', state.page - 1),
  };
  const action = keys[event.key];
  if (!action) return;
  event.preventDefault();
  action();
});
render();
`;
