import { parseTree, type Node } from 'jsonc-parser';
import type { KindDecision } from '../model';
import { decodeInPlace } from './inPlace';
import { escapeJsonString, looksLikeHtml, scanReplies, type ReplyBody } from './replies';
import type { FrontEnd } from './types';

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
  return { string: body, html: looksLikeHtml(text.slice(body.offset, body.offset + body.length)) };
}

function replyBodies(text: string): ReplyBody[] {
  const root = parseTree(text);
  const bodies: ReplyBody[] = [];
  for (const macro of root ? macrosIn(root) : []) {
    const body = bodyOf(macro, text);
    if (!body) continue;
    const title: unknown = propertyOf(macro, 'title')?.value;
    // The string's content, without its quotes, decoded in place.
    const start = body.string.offset + 1;
    const prose = decodeInPlace(text.slice(start, body.string.offset + body.string.length - 1), JSON_ESCAPE, decodeJsonEscape);
    bodies.push({
      title: typeof title === 'string' ? title : undefined,
      start,
      prose,
      html: body.html,
      write: (edit) => escapeJsonString(edit.newText),
    });
  }
  return bodies;
}

const FORMAT_KIND: KindDecision = { kind: 'reply', reason: 'help-desk macro export' };

export const macros: FrontEnd = {
  scan: (text) => scanReplies(replyBodies(text), FORMAT_KIND),
  fallbackKind: FORMAT_KIND,
};
