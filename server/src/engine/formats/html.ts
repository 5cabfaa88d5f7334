import { decodeHTML, escapeText } from 'entities';
import { parse, type DefaultTreeAdapterTypes as Html } from 'parse5';
import type { BlockInfo, Link, Span } from '../model';
import { blankTemplateTags } from './docsSyntax';
import { blank, decodeInPlace } from './inPlace';
import { blankBareLinks } from './links';
import { findDirectives, type Directive, type FrontEnd, type MaskedBlock, type ScannedBlock, type ScannedDocument } from './types';

/** Elements whose content is never prose. */
const SKIPPED = new Set([
  'script',
  'style',
  'pre',
  'template',
  'textarea',
  'noscript',
  'svg',
  'math',
  'head',
  'iframe',
  'object',
  'select',
]);
/** Inline code: kept in the prose (headlines quote it) but read as one opaque word, as in Markdown. */
const OPAQUE = new Set(['code', 'kbd', 'samp', 'var', 'tt']);
/** Elements that end the prose run before them and start a new one: everything else is inline. */
const BLOCKS = new Set([
  ...['html', 'body', 'main', 'article', 'section', 'header', 'footer', 'nav', 'aside', 'div', 'p', 'blockquote', 'address', 'hr'],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'menu', 'details', 'summary', 'figure', 'figcaption'],
  ...['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'form', 'fieldset', 'legend', 'center'],
]);
const HEADING = /^h([1-6])$/;
/** Tags the parser dropped or moved (stray end tags inside a text run) and comments: blanked inside text runs. */
const MARKUP_IN_TEXT = /<\/?[A-Za-z][^>]*>|<!--[^]*?-->/g;
const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);?/gi;

/** A run of inline content being collected: a paragraph, heading, list item or cell. */
interface OpenBlock extends BlockInfo {
  texts: Span[];
  opaque: Span[];
  links: Link[];
  breaks: number[];
}

interface Context extends BlockInfo {
  opaque: boolean;
}

/**
 * Reads HTML (a whole page or a bare body fragment, as help centres export it) with parse5's
 * source positions. `source` may be a decoded copy of a part of the file (a JSON string), as
 * long as it keeps every offset; `base` is where it starts in the file.
 */
export function scanHtml(source: string, base = 0, blankMore?: (prose: string) => string): ScannedDocument {
  const scan: ScannedDocument = { blocks: [], draftBreaks: [], directives: [] };
  let open: OpenBlock | undefined;

  const flush = () => {
    if (open) addBlock(scan.blocks, source, base, open, blankMore);
    open = undefined;
  };
  const current = (context: Context): OpenBlock =>
    (open ??= {
      role: context.role,
      headingLevel: context.headingLevel,
      quoted: context.quoted,
      texts: [],
      opaque: [],
      links: [],
      breaks: [],
    });

  const visit = (node: Html.ChildNode, context: Context): void => {
    const location = node.sourceCodeLocation;
    if (node.nodeName === '#text') {
      if (location) current(context).texts.push({ start: location.startOffset, end: location.endOffset });
      return;
    }
    if (node.nodeName === '#comment') {
      if (location)
        scan.directives.push(...findDirectives(source.slice(location.startOffset, location.endOffset), base + location.startOffset));
      return;
    }
    if (!('tagName' in node) || SKIPPED.has(node.tagName)) return;
    const tag = node.tagName;
    if (tag === 'br') {
      if (open && location) open.breaks.push(location.startOffset);
      return;
    }
    const isBlock = BLOCKS.has(tag);
    if (isBlock) flush();
    if (tag === 'hr') {
      if (location) scan.draftBreaks.push(base + location.startOffset);
      return;
    }
    const level = HEADING.exec(tag)?.[1];
    const inner: Context = {
      role: level
        ? 'heading'
        : tag === 'td' || tag === 'th' || (isBlock && context.role === 'cell')
          ? 'cell'
          : isBlock
            ? 'paragraph'
            : context.role,
      headingLevel: level ? Number(level) : isBlock ? undefined : context.headingLevel,
      quoted: context.quoted || tag === 'blockquote',
      opaque: context.opaque || OPAQUE.has(tag),
    };
    const before = open;
    const countBefore = open?.texts.length ?? 0;
    for (const child of childrenOf(node)) visit(child, inner);
    // An inline element's text is what its children added to the run it belongs to.
    if (!isBlock && open && (before === undefined || open === before)) {
      const texts = open.texts.slice(open === before ? countBefore : 0);
      if (texts.length > 0) {
        const span = { start: texts[0].start, end: texts[texts.length - 1].end };
        if (OPAQUE.has(tag) && !context.opaque) open.opaque.push(span);
        const href = tag === 'a' ? node.attrs.find((attribute) => attribute.name === 'href')?.value : undefined;
        if (href !== undefined) open.links.push({ ...span, target: href });
      }
    }
    if (isBlock) flush();
  };

  const document = parse(source, { sourceCodeLocationInfo: true });
  for (const child of document.childNodes) visit(child, { role: 'paragraph', quoted: false, opaque: false });
  flush();
  // The parser can move text (a stray cell's text goes before its table): blocks are kept in source order, without overlaps.
  scan.blocks.sort((a, b) => a.start - b.start);
  scan.blocks = scan.blocks.filter((block, index, blocks) => index === 0 || blocks[index - 1].end <= block.start);
  scan.directives.sort((a, b) => a.start - b.start);
  scan.encode = (edit) => escapeText(edit.newText);
  return scan;
}

function childrenOf(node: Html.Element): Html.ChildNode[] {
  return node.tagName === 'template' ? [] : node.childNodes;
}

/** Turns a collected run into a block from its first to its last prose character; a run of whitespace is no block. */
function addBlock(blocks: ScannedBlock[], source: string, base: number, open: OpenBlock, blankMore?: (prose: string) => string): void {
  const texts = [...open.texts].sort((a, b) => a.start - b.start);
  let start = -1;
  let end = -1;
  for (const text of texts) {
    const slice = source.slice(text.start, text.end);
    const first = slice.search(/\S/);
    if (first < 0) continue;
    if (start < 0) start = text.start + first;
    end = text.start + slice.trimEnd().length;
  }
  if (start < 0) return;
  const relative = <T extends Span>(span: T): T => ({ ...span, start: span.start - start, end: span.end - start });
  const mask = (): MaskedBlock => {
    const raw = source.slice(start, end);
    const breaks = open.breaks.filter((at) => at > start && at < end).map((at) => at - start);
    // Text runs arrive in order: what lies between them is markup, blanked; a line break element is a line end
    // in the prose, so greetings and sign-offs are found on their own lines.
    const markup = (from: number, to: number) => {
      const blanked = blank(raw.slice(from, to));
      const breakAt = breaks.find((at) => at >= from && at < to);
      return breakAt === undefined ? blanked : blanked.slice(0, breakAt - from) + '\n' + blanked.slice(breakAt - from + 1);
    };
    let prose = '';
    let cursor = 0;
    for (const text of texts) {
      const from = Math.max(text.start - start, cursor);
      const to = Math.min(text.end, end) - start;
      if (to <= from) continue;
      prose += markup(cursor, from) + decodeInPlace(raw.slice(from, to).replace(MARKUP_IN_TEXT, blank), ENTITY, decodeEntity);
      cursor = to;
    }
    prose += markup(cursor, raw.length);
    const links: Link[] = open.links.filter((link) => link.start >= start && link.end <= end).map(relative);
    prose = blankTemplateTags(blankBareLinks(prose, links));
    if (blankMore) prose = blankMore(prose);
    const opaque = open.opaque.filter((span) => span.start >= start && span.end <= end).map(relative);
    const directives: Directive[] = [];
    return { prose, opaque, directives, links, breaks };
  };
  const { role, headingLevel, quoted } = open;
  blocks.push({ start: base + start, end: base + end, role, headingLevel, quoted, mask });
}

function decodeEntity(entity: string): string | undefined {
  const decoded = decodeHTML(entity);
  return decoded === entity ? undefined : decoded;
}

export const html: FrontEnd = {
  scan: (text) => scanHtml(text),
  fallbackKind: { kind: 'article', reason: 'HTML without greeting, sign-off or headings' },
};
