import type { Link } from '../model';
import { blank } from './inPlace';

type Blanked = readonly (readonly [trigger: string, pattern: RegExp])[];

/** Hugo shortcodes {{< … >}} / {{% … %}}, Liquid and Jekyll tags {% … %} (placeholders such as {%name%} have no space). */
const TEMPLATE_TAGS: Blanked = [
  ['{{', /\{\{[<%][^\n]*?[>%]\}\}/g],
  ['{%', /\{%-?[ \t][^\n]*?-?%\}/g],
];

const MKDOCS_TITLE_START = String.raw`^[ \t]*(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+[\w-]+)*[ \t]+`;
const MKDOCS_TITLE_QUOTES = new RegExp(
  String.raw`(?<=${MKDOCS_TITLE_START})"(?=[^"\n]*"[ \t]*$)|(?<=${MKDOCS_TITLE_START}"[^"\n]*)"(?=[ \t]*$)`,
  'gm',
);

/**
 * Docs-site syntax that Markdown parsers read as text: admonition and callout markers, template
 * shortcodes and tags, Obsidian comments and wikilinks, MDX import/export lines. Each is
 * blanked (same length, so offsets hold); a wikilink keeps its label as prose and counts as a link.
 */
const BLANKED: Blanked = [
  ...TEMPLATE_TAGS,
  // A MkDocs admonition title's quotation marks (`!!! note "Title"`): the title is the page's own words, not a quotation.
  ['"', MKDOCS_TITLE_QUOTES],
  // Docusaurus/VitePress fences and MkDocs admonitions: the marker and type, not the title.
  [':::', /^[ \t]*:::+[\w-]*/gm],
  ['!!!', /^[ \t]*!!![ \t]+[\w-]+/gm],
  ['???', /^[ \t]*\?\?\?\+?[ \t]+[\w-]+/gm],
  // GitHub alerts and Obsidian callouts: [!NOTE], [!warning]-
  ['[!', /\[![\w-]+\][+-]?/g],
  // Obsidian comments
  ['%%', /%%[^]*?%%/g],
  // Heading ids: ## Install {#install}
  ['{#', /\{#[\w-]+\}/g],
  // MDX statements on lines of their own
  ['import', /^import[ \t]+(?:[\w*{}, \t]+[ \t]from[ \t]+)?['"][^'"\n]+['"];?[ \t]*$/gm],
  ['export', /^export[ \t]+(?:default|const|let|function|class|\{)[^\n]*/gm],
];

const WIKILINK = /!?\[\[([^[\]|\n]+?)(?:\|([^[\]\n]+?))?\]\]/g;

function blankAll(prose: string, blanked: Blanked): string {
  let result = prose;
  // Most prose holds none of these: a substring test is far cheaper than a regular expression.
  for (const [trigger, pattern] of blanked) if (result.includes(trigger)) result = result.replace(pattern, blank);
  return result;
}

/** An Obsidian comment from the start of a line to the end of a line, blank lines and all: `%%\nDraft notes…\n\nMore\n%%`. */
const COMMENT_BLOCK = /^[ \t]*%%[^]*?%%[ \t]*$/gm;

/** Blanks Obsidian comments that span paragraphs, before the block parser splits them into blocks of their own. */
export function blankCommentBlocks(text: string): string {
  return text.includes('%%') ? text.replace(COMMENT_BLOCK, blank) : text;
}

/** Template tags only: what HTML articles and help-desk macros hold of the docs-site syntax. */
export function blankTemplateTags(prose: string): string {
  return blankAll(prose, TEMPLATE_TAGS);
}

export function blankDocsSyntax(prose: string, links: Link[]): string {
  const result = blankAll(prose, BLANKED);
  if (!result.includes('[[')) return result;
  return result.replace(WIKILINK, (whole: string, target: string, label: string | undefined, offset: number) => {
    const shown = label ?? target;
    const at = whole.lastIndexOf(shown, whole.length - 2);
    links.push({ start: offset + at, end: offset + at + shown.length, target: target.trim() });
    return blank(whole.slice(0, at)) + shown + blank(whole.slice(at + shown.length));
  });
}

const HARD_BREAK = /(?: {2,}|\\)$/;
const LABEL_LINE = /^[ \t>]*(\*\*|__)[^*_\n]+\1[ \t]*:?[ \t]*$/;
/** An admonition or callout title line: `:::tip Title`, `!!! note "Title"`, `> [!warning] Title`. */
const TITLE_LINE = /^[ \t>]*(?::::|!!!|\?\?\?|\[![\w-]+\])/;

/**
 * Offsets of line ends inside a block where a sentence must end although no full stop says so:
 * a hard line break (two trailing spaces or a backslash), a line that is only a bold label, and
 * an admonition or callout title.
 */
export function forcedBreaks(raw: string): number[] {
  const breaks: number[] = [];
  let lineStart = 0;
  for (let end = raw.indexOf('\n'); end >= 0; end = raw.indexOf('\n', lineStart)) {
    const line = raw.slice(lineStart, end).replace(/\r$/, '');
    if (HARD_BREAK.test(line) || LABEL_LINE.test(line) || TITLE_LINE.test(line)) breaks.push(end);
    lineStart = end + 1;
  }
  return breaks;
}
