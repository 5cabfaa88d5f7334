import MarkdownIt, { type Token } from 'markdown-it';
import frontMatter from 'markdown-it-front-matter';
import type { DocumentKind, Link, Span } from '../model';
import { LineIndex } from '../lineIndex';
import { blankCommentBlocks, blankDocsSyntax, forcedBreaks } from './docsSyntax';
import { scanHtml } from './html';
import { blank } from './inPlace';
import { blankBareLinks } from './links';
import {
  findDirectives,
  findMdxDirectives,
  type Directive,
  type FrontEnd,
  type MaskedBlock,
  type ProseBlock,
  type ScannedBlock,
  type ScannedDocument,
} from './types';

/**
 * Block structure only: inline parsing runs per block in `maskInline`, so the engine's
 * block cache can skip it for blocks that did not change.
 */
// markdown-it-front-matter types its plugin against @types/markdown-it; markdown-it 15 ships its own types.
const frontMatterPlugin = frontMatter as unknown as (md: InstanceType<typeof MarkdownIt>, onFrontMatter: (content: string) => void) => void;
const blockParser = new MarkdownIt({ html: true }).use(frontMatterPlugin, () => undefined).disable(['inline', 'text_join']);
/** For a text that opens with dashes but no closed front matter: the plugin would read the whole text as front matter. */
const blockParserWithoutFrontMatter = new MarkdownIt({ html: true }).disable(['inline', 'text_join']);
/** YAML front matter: a line of three or more dashes opening the text, closed by a line of as many dashes or more, or `...`. */
const YAML_FRONT_MATTER = /^(-{3,})[ \t]*\r?\n(?:[^]*?\r?\n)?(?:\1-*|\.\.\.)[ \t]*(?:\r?\n|$)/;
const inlineParser = new MarkdownIt({ html: true }).disable('text_join');

const DECLARED_KIND = /^support-tone:\s*['"]?(reply|article)['"]?\s*$/m;
/** Hugo's TOML front matter between `+++` lines, and the kind declared in it (`support-tone = "reply"`). */
const TOML_FRONT_MATTER = /^\+\+\+[ \t]*\r?\n(?:[^]*?\r?\n)?\+\+\+[ \t]*(?:\r?\n|$)/;
/** An e-mail signature separator, `-- ` on a line of its own: what follows, until the next thematic break, is a signature. */
const SIGNATURE_SEPARATOR = /^-- ?\r?$/;

/** The lines holding a signature separator; found with `indexOf`, as a multiline pattern would try every offset of a long page. */
function signatureLines(text: string, lines: LineIndex): number[] {
  const found: number[] = [];
  for (let at = text.startsWith('--') ? 0 : text.indexOf('\n--'); at >= 0; at = text.indexOf('\n--', at + 1)) {
    const start = text[at] === '\n' ? at + 1 : at;
    const end = text.indexOf('\n', start);
    if (SIGNATURE_SEPARATOR.test(text.slice(start, end < 0 ? text.length : end))) found.push(lines.lineAt(start));
  }
  return found;
}
const TOML_DECLARED_KIND = /^support-tone\s*=\s*['"](reply|article)['"]\s*$/m;
/** The first line of a GitHub alert or Obsidian callout: `> [!NOTE]`, `> [!warning]- Title`. */
const CALLOUT_START = /^[ \t>]*\[![\w-]+\]/;
/** MDX: ESM statements (a paragraph that starts with `import` or `export`), JSX expressions and JSX tags. */
const MDX_STATEMENT = /^(?:import|export)\s/;
const MDX_EXPRESSION = /\{(?:[^{}]|\{[^{}]*\})*\}/g;
const MDX_TAG = /<\/?(?:[A-Za-z][\w.:-]*(?:\s(?:[^<>{}"']|"[^"]*"|'[^']*'|\{[^{}]*\})*)?)?\/?>/g;

/** Blanks what MDX adds to Markdown inside prose: `{expressions}` and `<Components …>` tags. */
function blankJsx(prose: string): string {
  if (!prose.includes('{') && !prose.includes('<')) return prose;
  return prose.replace(MDX_EXPRESSION, blank).replace(MDX_TAG, blank);
}
const DECLARED_LANGUAGE = /^(?:lang|locale|language):[ \t]*['"]?([^'"\s]+)['"]?[ \t]*$/m;
/** A page's title or description in YAML (`title: …`, quoted or not) or TOML (`title = "…"`) front matter. */
// A block scalar (`title: >-` and the lines below it) is not read: the field stays unset.
const DECLARED_TITLE = /^title[ \t]*[:=][ \t]*(?:"([^"\n]+)"|'([^'\n]+)'|([^"'\s|>][^\n]*?))[ \t]*$/m;
const DECLARED_DESCRIPTION = /^description[ \t]*[:=][ \t]*(?:"([^"\n]+)"|'([^'\n]+)'|([^"'\s|>][^\n]*?))[ \t]*$/m;
const fieldIn = (meta: string, field: RegExp) => {
  const match = field.exec(meta);
  return match ? (match[1] ?? match[2] ?? match[3]).trim() : undefined;
};

/** A prose container found by the block parse; its inline content is masked lazily. */
interface PendingBlock {
  start: number;
  end: number;
  role: ProseBlock['role'];
  headingLevel?: number;
  quoted: boolean;
  /** The inline source as markdown-it sees it (container prefixes removed). */
  inlineSource: string;
  /** Prose that another scanner already found (text inside MDX's JSX blocks). */
  scanned?: ScannedBlock;
}

interface MarkdownStructure {
  pending: PendingBlock[];
  draftBreaks: number[];
  directives: Directive[];
  declaredKind?: DocumentKind;
  declaredLanguage?: string;
  declaredTitle?: string;
  declaredDescription?: string;
}

/** Parses the block structure of a Markdown document. Cheap: no inline parsing happens here. */
function parseMarkdownStructure(text: string, lines: LineIndex, isMdx: boolean): MarkdownStructure {
  const env = {};
  // A reply may open with a separator line ("----") and never close it: then it is a thematic break, not front matter.
  const parser = text.startsWith('---') && !YAML_FRONT_MATTER.test(text) ? blockParserWithoutFrontMatter : blockParser;
  const tokens = parser.parse(blankCommentBlocks(text), env);
  const structure: MarkdownStructure = { pending: [], draftBreaks: [], directives: [] };
  const toml = TOML_FRONT_MATTER.exec(text);
  // markdown-it reads TOML front matter as a paragraph: everything before its end is skipped.
  const bodyLine = toml ? lines.lineAt(toml[0].length - 1) + 1 : 0;
  if (toml) {
    structure.declaredKind = TOML_DECLARED_KIND.exec(toml[0])?.[1] as DocumentKind | undefined;
    structure.declaredTitle = fieldIn(toml[0], DECLARED_TITLE);
    structure.declaredDescription = fieldIn(toml[0], DECLARED_DESCRIPTION);
  }
  let quoteDepth = 0;
  /** Per open blockquote, whether it quotes someone: a GitHub alert or Obsidian callout (`> [!NOTE]`) is the page's own voice. */
  const quotes: boolean[] = [];
  let row: TableRow | undefined;
  const signatures = signatureLines(text, lines);
  let nextSignature = 0;
  let inSignature = false;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.map && token.map[0] < bodyLine) continue;
    while (token.map && nextSignature < signatures.length && signatures[nextSignature] <= token.map[0]) {
      nextSignature++;
      inSignature = true;
    }
    switch (token.type) {
      case 'blockquote_open': {
        const quotesSomeone = !CALLOUT_START.test(text.slice(lines.lineStart(token.map![0]), lines.contentEnd(token.map![0])));
        quotes.push(quotesSomeone);
        if (quotesSomeone) quoteDepth++;
        break;
      }
      case 'blockquote_close':
        if (quotes.pop()) quoteDepth--;
        break;
      case 'hr':
        structure.draftBreaks.push(lines.lineStart(token.map![0]));
        inSignature = false;
        break;
      case 'front_matter': {
        const meta = typeof token.meta === 'string' ? token.meta : '';
        structure.declaredKind = DECLARED_KIND.exec(meta)?.[1] as DocumentKind | undefined;
        structure.declaredLanguage = DECLARED_LANGUAGE.exec(meta)?.[1];
        structure.declaredTitle = fieldIn(meta, DECLARED_TITLE);
        structure.declaredDescription = fieldIn(meta, DECLARED_DESCRIPTION);
        break;
      }
      case 'html_block': {
        const start = lines.lineStart(token.map![0]);
        const source = text.slice(start, lines.lineStart(token.map![1]));
        structure.directives.push(...findDirectives(source, start), ...(isMdx ? findMdxDirectives(source, start) : []));
        // MDX's JSX blocks hold prose as children (`<Note>Back up first.</Note>`): HTML's scanner finds it.
        if (isMdx) {
          for (const scanned of scanHtml(source, start, blankJsx).blocks) structure.pending.push({ ...scanned, inlineSource: '', scanned });
        }
        break;
      }
      case 'tr_open':
        row = { start: lines.lineStart(token.map![0]), cursor: lines.lineStart(token.map![0]), end: lines.contentEnd(token.map![0]) };
        break;
      case 'inline': {
        const opener = tokens[index - 1];
        if (inSignature) break;
        if (!token.map && row) {
          addCell(structure.pending, row, text, token.content, quoteDepth > 0);
          break;
        }
        const map = token.map as [number, number];
        if (isMdx) {
          const start = lines.lineStart(map[0]);
          structure.directives.push(...findMdxDirectives(text.slice(start, lines.contentEnd(map[1] - 1)), start));
          if (MDX_STATEMENT.test(token.content)) break;
        }
        // `Best,\nAna\n-- ` reads as a setext heading to Markdown: it is the sign-off above a signature.
        const signedOff = opener.type === 'heading_open' && opener.markup === '-' && signatures.includes(opener.map![1] - 1);
        const isHeading = opener.type === 'heading_open' && !signedOff;
        structure.pending.push({
          start: lines.lineStart(map[0]),
          end: lines.contentEnd(map[1] - 1),
          role: isHeading ? 'heading' : 'paragraph',
          headingLevel: isHeading ? Number(opener.tag.slice(1)) : undefined,
          quoted: quoteDepth > 0,
          inlineSource: token.content,
        });
        break;
      }
    }
  }
  return structure;
}

/** The table row being read: where it starts, where its next cell is searched from, and where it ends. */
interface TableRow {
  start: number;
  cursor: number;
  end: number;
}

/**
 * A table cell becomes a block of its own, found by its content in the row's source, so a
 * cell never runs into the next one as one sentence. A cell that cannot be found (escaped
 * pipes) joins the previous cell of the row.
 */
function addCell(pending: PendingBlock[], row: TableRow, text: string, content: string, quoted: boolean): void {
  if (content.trim() === '') return;
  const at = text.slice(row.cursor, row.end).indexOf(content);
  if (at < 0) {
    const previous = pending.at(-1);
    if (previous?.role === 'cell' && previous.start >= row.start) previous.inlineSource += ' ' + content;
    else pending.push({ start: row.cursor, end: row.end, role: 'cell', quoted, inlineSource: content });
    pending.at(-1)!.end = row.end;
    row.cursor = row.end;
    return;
  }
  const start = row.cursor + at;
  pending.push({ start, end: start + content.length, role: 'cell', quoted, inlineSource: content });
  row.cursor = start + content.length;
}

/** Characters that can start inline Markdown syntax; a block without them (and without container prefixes) is all prose. */
const INLINE_SYNTAX = /[\\`*_[\]<>&~]/;

/** An HTML anchor with a destination: `<a href="…">`. */
const HTML_LINK = /^<a\s[^>]*\bhref\s*=\s*["']?([^"'\s>]*)/i;

/**
 * Masks one block's source: prose text and inline code are kept in place, everything else
 * (markup, HTML, URLs, link destinations, images) becomes spaces. Text tokens are located by
 * searching forward from a cursor, which keeps every offset exact.
 */
function maskInline(block: PendingBlock, source: string, isMdx: boolean): MaskedBlock {
  const raw = source.slice(block.start, block.end);
  const links: Link[] = [];
  const breaks = forcedBreaks(raw);
  const finish = (prose: string) => {
    const masked = blankDocsSyntax(blankBareLinks(prose, links), links);
    return isMdx ? blankJsx(masked) : masked;
  };
  if (block.inlineSource === raw && !INLINE_SYNTAX.test(raw)) return { prose: finish(raw), opaque: [], directives: [], links, breaks };
  let prose = '';
  const directives: Directive[] = [];
  const opaque: Span[] = [];
  let cursor = 0;
  let linkDepth = 0;
  /** Links being read: each starts at its first text. */
  const openLinks: { start?: number; target: string }[] = [];
  // Kept ranges arrive in order; what lies between them is blanked (line breaks stay).
  const copy = (from: number, to: number) => {
    prose += raw.slice(prose.length, from).replace(/[^\r\n]/g, ' ') + raw.slice(from, to);
  };
  const masked = (): MaskedBlock => ({
    prose: finish(prose + raw.slice(prose.length).replace(/[^\r\n]/g, ' ')),
    opaque,
    directives,
    links,
    breaks,
  });
  const children: Token[] = [];
  for (const inline of inlineParser.parseInline(block.inlineSource, {})) children.push(...(inline.children ?? []));
  for (const child of children) {
    switch (child.type) {
      case 'text': {
        const at = raw.indexOf(child.content, cursor);
        if (at < 0) return masked();
        if (linkDepth === 0) copy(at, at + child.content.length);
        for (const link of openLinks) link.start ??= at;
        cursor = at + child.content.length;
        break;
      }
      case 'link_open':
        if (child.markup === 'autolink') linkDepth++;
        openLinks.push({ target: String(child.attrGet('href') ?? '') });
        break;
      case 'link_close': {
        if (child.markup === 'autolink') linkDepth--;
        const link = openLinks.pop();
        if (link) links.push({ start: link.start ?? cursor, end: cursor, target: link.target });
        break;
      }
      case 'code_inline': {
        const open = raw.indexOf(child.markup, cursor);
        if (open < 0) return masked();
        const close = findClosingRun(raw, child.markup, open + child.markup.length);
        const inner = { start: open + child.markup.length, end: Math.max(open + child.markup.length, close - child.markup.length) };
        copy(inner.start, inner.end);
        opaque.push(inner);
        cursor = close;
        break;
      }
      case 'html_inline':
      case 'text_special': {
        const source = child.type === 'html_inline' ? child.content : child.markup;
        const at = raw.indexOf(source, cursor);
        if (at < 0) break;
        if (child.type === 'html_inline') directives.push(...findDirectives(source, at));
        const anchor = child.type === 'html_inline' ? HTML_LINK.exec(source) : null;
        if (anchor) links.push({ start: at, end: at + source.length, target: anchor[1] });
        cursor = at + source.length;
        break;
      }
    }
  }
  return masked();
}

/** End of the backtick run that closes an inline code span (a run of exactly the same length). */
function findClosingRun(raw: string, run: string, from: number): number {
  let at = raw.indexOf(run, from);
  while (at >= 0) {
    let end = at + run.length;
    if (raw[end] !== '`' && raw[at - 1] !== '`') return end;
    while (raw[end] === '`') end++;
    at = raw.indexOf(run, end);
  }
  return raw.length;
}

function scanMarkdown(text: string, lines: LineIndex, isMdx: boolean): ScannedDocument {
  const { pending, draftBreaks, directives, declaredKind, declaredLanguage, declaredTitle, declaredDescription } = parseMarkdownStructure(
    text,
    lines,
    isMdx,
  );
  const declared = declaredKind && { kind: declaredKind, reason: `front matter 'support-tone: ${declaredKind}'` };
  const blocks = pending.map(
    (block) =>
      block.scanned ?? {
        start: block.start,
        end: block.end,
        role: block.role,
        headingLevel: block.headingLevel,
        quoted: block.quoted,
        mask: () => maskInline(block, text, isMdx),
      },
  );
  return { blocks, draftBreaks, directives, declared, declaredLanguage, declaredTitle, declaredDescription };
}

export const markdown: FrontEnd = {
  scan: (text, lines) => scanMarkdown(text, lines, false),
  fallbackKind: { kind: 'article', reason: 'no greeting, sign-off or headings' },
};

/** MDX (Docusaurus and other docs sites): Markdown plus ESM statements, JSX expressions and JSX components with prose inside. */
export const mdx: FrontEnd = {
  scan: (text, lines) => scanMarkdown(text, lines, true),
  fallbackKind: markdown.fallbackKind,
};
