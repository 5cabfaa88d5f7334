import { escapeText } from 'entities';
import { parseTree, type Node } from 'jsonc-parser';
import type { KindDecision, Link, Span } from '../model';
import { blankTemplateTags } from './docsSyntax';
import { scanHtml } from './html';
import { decodeInPlace } from './inPlace';
import { blankBareLinks } from './links';
import type { FrontEnd, ScannedBlock, ScannedDocument, Section } from './types';

/**
 * Help-desk macro exports: a Zendesk macro (`{ "macro": … }` or the macro itself), a list of them
 * (`{ "macros": [ … ] }` as the API returns, or a bare array), or a hand-kept list of saved replies
 * (`[{ "title": …, "body": … }]`). Each macro is one reply draft titled by its `title`. Read:
 * the `actions` that set `comment_value_html` (HTML) or, when there is none, `comment_value`
 * (text); and a saved reply's `body` (HTML when it holds tags, text otherwise). Nothing else.
 * Offsets stay exact through JSON escapes: the string's content is decoded in place.
 */
const JSON_ESCAPE = /\\(?:u[\da-fA-F]{4}|[^u])/g;
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: ' ', f: ' ', '"': '"', '\\': '\\', '/': '/' };
const LOOKS_LIKE_HTML = /<\/?(?:p|div|br|ul|ol|li|a|strong|em|b|i|span|h[1-6]|blockquote|table)\b[^<>]*>/i;
const PARAGRAPH_BREAK = /\n[ \t\r]*\n\s*/g;

interface Body {
  string: Node;
  html: boolean;
}

function decodeJsonEscape(escape: string): string | undefined {
  return escape[1] === 'u' ? String.fromCharCode(parseInt(escape.slice(2), 16)) : SIMPLE_ESCAPES[escape[1]];
}

const propertyOf = (object: Node, name: string): Node | undefined =>
  object.type === 'object' ? object.children?.find((property) => property.children?.[0].value === name)?.children?.[1] : undefined;

/** The macros of an export, in document order. */
function macrosIn(root: Node): Node[] {
  if (root.type === 'array') return root.children ?? [];
  const list = propertyOf(root, 'macros');
  if (list?.type === 'array') return list.children ?? [];
  const one = propertyOf(root, 'macro');
  return [one?.type === 'object' ? one : root];
}

/** The string a macro's action sets for a field: its `value`, or the last string of a `[channel, text]` value. */
function actionValue(macro: Node, field: string): Node | undefined {
  const actions = propertyOf(macro, 'actions')?.children ?? [];
  const action = actions.find((candidate) => propertyOf(candidate, 'field')?.value === field);
  const value = action && propertyOf(action, 'value');
  if (value?.type === 'array') return value.children?.filter((item) => item.type === 'string').at(-1);
  return value?.type === 'string' ? value : undefined;
}

function bodyOf(macro: Node, text: string): Body | undefined {
  const html = actionValue(macro, 'comment_value_html');
  if (html) return { string: html, html: true };
  const plain = actionValue(macro, 'comment_value');
  if (plain) return { string: plain, html: false };
  const body = propertyOf(macro, 'body');
  if (body?.type !== 'string') return undefined;
  return { string: body, html: LOOKS_LIKE_HTML.test(text.slice(body.offset, body.offset + body.length)) };
}

/** Paragraphs of a text body: runs of lines between blank lines. */
function textBlocks(decoded: string, base: number): ScannedBlock[] {
  const blocks: ScannedBlock[] = [];
  let from = 0;
  const add = (to: number) => {
    const slice = decoded.slice(from, to);
    const first = slice.search(/\S/);
    if (first >= 0) {
      const start = from + first;
      const end = from + slice.trimEnd().length;
      const links: Link[] = [];
      const masked = {
        prose: blankTemplateTags(blankBareLinks(decoded.slice(start, end), links)),
        opaque: [],
        directives: [],
        links,
        breaks: [],
      };
      blocks.push({ start: base + start, end: base + end, role: 'paragraph', quoted: false, mask: () => masked });
    }
  };
  for (const match of decoded.matchAll(PARAGRAPH_BREAK)) {
    add(match.index);
    from = match.index + match[0].length;
  }
  add(decoded.length);
  return blocks;
}

function scanMacros(text: string): ScannedDocument {
  const scan: ScannedDocument = { blocks: [], draftBreaks: [], directives: [], sections: [], declared: FORMAT_KIND };
  const root = parseTree(text);
  const htmlBodies: Span[] = [];
  const bodies: Span[] = [];
  for (const macro of root ? macrosIn(root) : []) {
    const body = bodyOf(macro, text);
    if (!body) continue;
    // The string's content, without its quotes, decoded in place.
    const start = body.string.offset + 1;
    const decoded = decodeInPlace(text.slice(start, body.string.offset + body.string.length - 1), JSON_ESCAPE, decodeJsonEscape);
    const span = { start, end: start + decoded.length };
    bodies.push(span);
    if (body.html) htmlBodies.push(span);
    const blocks = body.html ? scanHtml(decoded, start).blocks : textBlocks(decoded, start);
    if (blocks.length === 0) continue;
    const title = propertyOf(macro, 'title');
    const section: Section = { start: blocks[0].start, title: typeof title?.value === 'string' ? title.value : undefined };
    scan.sections!.push(section);
    scan.blocks.push(...blocks);
  }
  const inside = (spans: Span[], at: number) => spans.some((span) => span.start <= at && at <= span.end);
  scan.encode = (replacement, at) => {
    const written = inside(htmlBodies, at) ? escapeText(replacement) : replacement;
    return inside(bodies, at) ? JSON.stringify(written).slice(1, -1) : written;
  };
  return scan;
}

const FORMAT_KIND: KindDecision = { kind: 'reply', reason: 'help-desk macro export' };

export const macros: FrontEnd = {
  scan: (text) => scanMacros(text),
  fallbackKind: FORMAT_KIND,
};
