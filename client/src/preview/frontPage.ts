import {
  countWith,
  describeCounts,
  escapeHtml,
  SEVERITIES,
  type CountWords,
  type PreviewWords,
  type Severity,
} from '../../../server/src/shared/presentation';

/** One draft as a newspaper story: its headline, where it is and what was found in it. */
export interface FrontPageStory {
  headline: string; // already Title Case, e.g. Acme Refuses Customer: "We Can't Do That"
  title?: string; // macro name for saved-reply files, e.g. "Refund denied"
  kind: 'reply' | 'article';
  findingCounts: Record<Severity, number>;
  findings: { ruleId: string; label: string; message: string; severity: Severity }[]; // this draft's findings
  quoted?: string; // the sentence that made the headline, as a reader sees it (no markup)
  line: number; // 1-based line of the draft
  language?: string; // the language of the story's words (ISO 639-1), its labels included; Hebrew reads right to left
  counts: CountWords; // how that language counts findings (English for a story without a language)
  labels: PreviewWords; // how it labels the story: "Line 3 · reply", "Wiersz 3 · odpowiedź"
}

/** Everything the headline preview webview shows for one file. */
export interface FrontPage {
  companyName: string; // masthead, e.g. "Acme"
  language: string; // the document's language (ISO 639-1): the page's lang and the masthead date's locale
  wordedIn: string; // the language of the masthead's words: the document's, or English for a language without a pack
  labels: PreviewWords; // the masthead's words: "{0} Daily", "Support edition"
  date: Date; // shown in the masthead in the document's language: "Sunday, November 22, 2026", "niedziela, 22 listopada 2026" (UTC)
  fileName: string; // e.g. "macros.reply.md"
  stories: FrontPageStory[]; // one per draft; the first is the lead story
  nonce: string; // CSP nonce for the one inline <style> (no scripts at all)
  cspSource: string; // webview.cspSource
}

/** Joins words as prose with the language's "and": "a", "a and b", "a, b and c". */
function joinAsProse(words: string[], and: string): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')}${and}${words[words.length - 1]}`;
}

/**
 * The deck, one plain-text line in the draft's language: every severity counted, most severe
 * first, then each problem once ("2 errors and 1 warning: blame, a flat refusal"; "2 błędy i
 * 1 ostrzeżenie: …").
 */
export function describeFindings(story: Pick<FrontPageStory, 'findingCounts' | 'findings' | 'counts' | 'language'>): string {
  const labels: string[] = [];
  for (const severity of SEVERITIES) {
    for (const finding of story.findings.filter((candidate) => candidate.severity === severity)) {
      if (!labels.includes(finding.label)) labels.push(finding.label);
    }
  }
  const { severities, and, none } = story.counts;
  const countText = describeCounts(story.findingCounts, {
    severities: SEVERITIES,
    count: countWith(severities, story.language ?? 'en'),
    join: (parts) => joinAsProse(parts, and),
    none,
  });
  return labels.length > 0 ? `${countText}: ${labels.join(', ')}` : countText;
}

/** The most severe level with a finding, used to colour the story's rule; undefined for a clean draft. */
function worstSeverity(story: FrontPageStory): Severity | undefined {
  return SEVERITIES.find((severity) => story.findingCounts[severity] > 0);
}

/** Languages written right to left. */
const RIGHT_TO_LEFT = new Set(['he', 'yi', 'ar', 'fa', 'ur']);

/**
 * Marks text with its language and direction: `rtl` for a right-to-left language, since a headline
 * that starts with a Latin company name ("Acme מאשימה…") would read left to right under `auto`;
 * `auto` otherwise.
 */
const inLanguage = (language: string) => ` lang="${escapeHtml(language)}" dir="${RIGHT_TO_LEFT.has(language) ? 'rtl' : 'auto'}"`;

/** A label of the preview's words as HTML, its `{0}` filled with `html` (already HTML): "Line {0}" → "Line 3". */
function label(template: string, html: string): string {
  return template.split('{0}').map(escapeHtml).join(html);
}

/**
 * The masthead's date (UTC) in the document's language, marked with it so that a Hebrew date reads
 * right to left inside the edition line; a language Intl has no calendar words for (`und`) gets
 * English ones.
 */
function editionDate(date: Date, language: string): string {
  const locale = Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0 ? language : 'en';
  const format = new Intl.DateTimeFormat(locale, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  return `<time datetime="${date.toISOString().slice(0, 10)}"${inLanguage(locale)}>${escapeHtml(format.format(date))}</time>`;
}

/** One story as an <article> labelled in its language around the draft's words; the lead story gets the big headline. */
export function renderStory(story: FrontPageStory, isLead: boolean): string {
  const severity = worstSeverity(story);
  const headingTag = isLead ? 'h2' : 'h3';
  const { labels } = story;
  const classes = `story ${isLead ? 'lead' : 'secondary'} ${severity ? `severity-${severity}` : 'clean'}`;
  const parts = [`<article class="${classes}"${inLanguage(story.language ?? 'en')}>`];
  const words = story.language === undefined ? '' : inLanguage(story.language);
  if (story.title !== undefined) parts.push(`<p class="kicker"${words}>${escapeHtml(story.title)}</p>`);
  parts.push(`<${headingTag} class="headline"${words}>${escapeHtml(story.headline)}</${headingTag}>`);
  parts.push(`<p class="deck"${words}>${escapeHtml(describeFindings(story))}</p>`);
  parts.push(
    `<p class="dateline">${label(labels.line, escapeHtml(String(story.line)))} &middot; ${escapeHtml(labels.kinds[story.kind])}</p>`,
  );
  if (story.quoted !== undefined) {
    const quote = words === '' ? escapeHtml(story.quoted) : `<span${words}>${escapeHtml(story.quoted)}</span>`;
    parts.push(`<p class="lede">${label(labels.quoted, quote)}</p>`);
  }
  if (severity === undefined) parts.push(`<p class="lede">${escapeHtml(labels.clean)}</p>`);
  parts.push('</article>');
  return parts.join('\n');
}

/** The stylesheet: a newspaper front page in the colours of the current VS Code theme. */
const STYLE = `
body { margin: 0; padding: 1.5rem 2rem; background: var(--vscode-editor-background, #fffdf7);
  color: var(--vscode-editor-foreground, #1a1a1a); font-family: var(--vscode-font-family, system-ui, sans-serif); }
.masthead { text-align: center; border-bottom: 3px double var(--vscode-panel-border, currentColor); padding-bottom: 0.5rem; }
.masthead h1 { margin: 0.25rem 0; font-family: Georgia, 'Times New Roman', serif; font-size: 3rem; font-weight: 900;
  letter-spacing: 0.02em; }
.edition-line { margin: 0; font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.08em; }
.file-name { font-family: var(--vscode-editor-font-family, monospace); text-transform: none; letter-spacing: 0; }
.headline { font-family: Georgia, 'Times New Roman', serif; font-weight: 700; line-height: 1.15; margin: 0.25rem 0 0.5rem; }
.lead .headline { font-size: 2.4rem; }
.secondary .headline { font-size: 1.3rem; }
.story { padding-block: 1rem; padding-inline: 1rem 0; border-inline-start: 4px solid var(--vscode-panel-border, #ccc); }
.story.severity-error { border-inline-start-color: var(--vscode-errorForeground, #e51400); }
.story.severity-warning { border-inline-start-color: var(--vscode-editorWarning-foreground, #bf8803); }
.story.severity-info, .story.severity-hint { border-inline-start-color: var(--vscode-editorInfo-foreground, #1a85ff); }
.story.clean { border-inline-start-color: var(--vscode-textLink-foreground, #3794ff); }
.kicker { margin: 0; font-size: 0.8rem; font-weight: 600; text-transform: uppercase; letter-spacing: 0.06em;
  color: var(--vscode-textLink-foreground, #3794ff); }
.deck { margin: 0 0 0.5rem; font-style: italic; font-size: 1.05rem; }
.dateline { margin: 0 0 0.5rem; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.06em; opacity: 0.8; }
.lede { margin: 0 0 0.5rem; font-family: Georgia, 'Times New Roman', serif; font-size: 1rem; line-height: 1.5; }
.stories { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 0 1.5rem;
  border-top: 1px solid var(--vscode-panel-border, #ccc); margin-top: 1rem; }
`;

/**
 * The complete webview HTML for one file: masthead, lead story and the other stories in columns.
 * The page is in the document's language; the masthead is worded and marked in `wordedIn`, each
 * story in its own language.
 */
export function renderFrontPage(page: FrontPage): string {
  const [leadStory, ...otherStories] = page.stories;
  const companyName = escapeHtml(page.companyName);
  const source = escapeHtml(page.cspSource);
  const policy = `default-src 'none'; style-src ${source} 'nonce-${escapeHtml(page.nonce)}'; img-src ${source} data:;`;
  const fileName = escapeHtml(page.fileName);
  const { labels } = page;
  const paper = label(labels.masthead, companyName);
  const dateline = editionDate(page.date, page.language);
  const body = leadStory
    ? [
        renderStory(leadStory, true),
        ...(otherStories.length > 0
          ? ['<section class="stories">', ...otherStories.map((story) => renderStory(story, false)), '</section>']
          : []),
      ]
    : [`<p class="lede"${inLanguage(page.wordedIn)}>${escapeHtml(labels.noDrafts)}</p>`];
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(page.language)}">`,
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<title>${paper} &middot; ${fileName}</title>`,
    `<style nonce="${escapeHtml(page.nonce)}">${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header class="masthead"${inLanguage(page.wordedIn)}>`,
    `<h1>${paper}</h1>`,
    `<p class="edition-line">${dateline} &middot; ${escapeHtml(labels.edition)} &middot; <span class="file-name">${fileName}</span></p>`,
    '</header>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
