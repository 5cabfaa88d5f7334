import { isMap, isScalar, isSeq, parseAllDocuments, Scalar, type Node as YamlNode } from 'yaml';
import type { KindDecision, TextEdit } from '../model';
import { placeDecoded } from './inPlace';
import { escapeJsonString, looksLikeHtml, scanReplies, type ReplyBody } from './replies';
import type { FrontEnd } from './types';

/**
 * Saved replies kept in YAML: a list of mappings, or the list under a top-level `replies:` or
 * `macros:` key. Each item with a `body` is one reply draft titled by its `title`; the body is
 * HTML when it holds tags, text otherwise. Nothing else is read.
 *
 * Offsets stay exact in every scalar style: the body's source is read in place, as long as its
 * source. Escapes (`\"`, `\u00e9`) and `''` are their character plus filler; a line break the
 * parser folds into a space, or away next to empty lines, is a space, so the line breaks left are
 * the value's; and indentation is a tab. Both differ from the source, so they are markup to the
 * fix filter: no fix removes indentation (breaking the file) or edits across a folded line break.
 */
const FOLD = String.raw`[ \t]*(?:\r?\n[ \t]*)+`;
const FLOW_PIECES: Readonly<Record<string, RegExp>> = {
  [Scalar.PLAIN]: new RegExp(FOLD, 'g'),
  [Scalar.QUOTE_SINGLE]: new RegExp(`''|${FOLD}`, 'g'),
  [Scalar.QUOTE_DOUBLE]: new RegExp(String.raw`\\(?:\r?\n[ \t]*|x[\da-fA-F]{2}|u[\da-fA-F]{4}|U[\da-fA-F]{8}|[^])|${FOLD}`, 'g'),
};
const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
};
/** What a plain scalar may not start with, and may not hold: `: ` and ` #` end it. */
const PLAIN_INDICATOR_FIRST = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const PLAIN_ENDS = /:(?:\s|$)|\s#/;
const FLOW_INDICATORS = /[,[\]{}]/;
const INDENT = '\t';

/**
 * A run of white space with line breaks in a flow scalar, in place: its first break folds to a space
 * or away, the others are the value's line breaks.
 */
function foldInPlace(run: string): string {
  let breaks = 0;
  let out = '';
  for (const char of run) {
    if (char === '\n') out += ++breaks === 1 ? ' ' : '\n';
    else out += breaks > 0 && char !== '\r' ? INDENT : char;
  }
  return out;
}

function decodeEscape(escape: string): string {
  if (escape[1] === '\n' || escape[1] === '\r') return '';
  if (escape.length > 2) return String.fromCodePoint(parseInt(escape.slice(2), 16));
  return ESCAPES[escape[1]] ?? escape;
}

/** A plain or quoted scalar's content in place. */
function flowProse(raw: string, style: string): string {
  return raw.replace(FLOW_PIECES[style], (piece: string, offset: number) => {
    if (piece === "''") return placeDecoded(raw, offset, 2, "'");
    if (piece[0] === '\\') return placeDecoded(raw, offset, piece.length, decodeEscape(piece));
    return foldInPlace(piece);
  });
}

type LineKind = 'empty' | 'text' | 'spaced';

/** A block scalar's body in place: indentation is a tab; in a folded one, folded line breaks as in flow scalars. */
function blockProse(body: string, indent: number, folded: boolean): string {
  const lines = body.split(/(?<=\n)/);
  const kinds: LineKind[] = lines.map((line) => {
    const content = line.replace(/\r?\n$/, '');
    if (content.length <= indent && /^ *$/.test(content)) return 'empty';
    return /[ \t]/.test(content[indent]) ? 'spaced' : 'text';
  });
  // The next line with text or spaces after each line (-1: none), from the end.
  const next: number[] = [];
  for (let index = lines.length - 1, after = -1; index >= 0; index--) {
    next[index] = after;
    if (kinds[index] !== 'empty') after = index;
  }
  return lines
    .map((line, index) => {
      const indentation = Math.min(indent, line.replace(/\r?\n$/, '').length);
      let rest = line.slice(indentation);
      // A break between two text lines folds: to a space, or away before empty lines.
      if (folded && kinds[index] === 'text' && kinds[next[index]] === 'text') rest = rest.replace(/\n$/, ' ');
      return INDENT.repeat(indentation) + rest;
    })
    .join('');
}

const leadingSpaces = (line: string): number => /^ */.exec(line)![0].length;

/** A body scalar as a reply body: where its content starts, its prose, and how a fix is written in its style. */
function bodyOf(text: string, scalar: Scalar, flow: boolean): Omit<ReplyBody, 'title' | 'html'> | undefined {
  const [from, to] = scalar.range!;
  const style = scalar.type ?? Scalar.PLAIN;
  if (style === Scalar.BLOCK_LITERAL || style === Scalar.BLOCK_FOLDED) {
    const start = text.indexOf('\n', from) + 1;
    if (start === 0 || start > to) return undefined;
    const body = text.slice(start, to);
    const value = String(scalar.value);
    // The block's indentation: what the parser stripped from its first line with text.
    const firstSource = body.split('\n').find((line) => line.trim() !== '');
    const firstValue = value.split('\n').find((line) => line.trim() !== '');
    if (firstSource === undefined || firstValue === undefined) return undefined;
    const indent = leadingSpaces(firstSource) - leadingSpaces(firstValue);
    const folded = style === Scalar.BLOCK_FOLDED;
    const write = (edit: TextEdit) =>
      !/[\r\n]/.test(edit.newText) ? edit.newText : folded ? undefined : edit.newText.replace(/\r?\n/g, `\n${' '.repeat(indent)}`);
    return { start, prose: blockProse(body, indent, folded), write };
  }
  const quoted = style !== Scalar.PLAIN;
  const start = quoted ? from + 1 : from;
  const end = quoted ? to - 1 : to;
  const prose = flowProse(text.slice(start, end), style);
  const write = (edit: TextEdit): string | undefined => {
    if (style === Scalar.QUOTE_DOUBLE) return escapeJsonString(edit.newText);
    if (/[\r\n]/.test(edit.newText)) return undefined;
    if (style === Scalar.QUOTE_SINGLE) return edit.newText.replaceAll("'", "''");
    if (flow && FLOW_INDICATORS.test(edit.newText)) return undefined;
    const edited = text.slice(start, edit.start) + edit.newText + text.slice(edit.end, end);
    return edited === '' || PLAIN_INDICATOR_FIRST.test(edited) || PLAIN_ENDS.test(edited) ? undefined : edit.newText;
  };
  return { start, prose, write };
}

/** The saved replies of a document: its root list, or the list under `replies:` or `macros:`. */
function repliesIn(root: YamlNode | null): YamlNode[] {
  if (isSeq(root)) return root.items as YamlNode[];
  if (!isMap(root)) return [];
  const list = root.get('replies', true) ?? root.get('macros', true);
  return isSeq(list) ? (list.items as YamlNode[]) : [];
}

function replyBodies(text: string): ReplyBody[] {
  const bodies: ReplyBody[] = [];
  for (const document of parseAllDocuments(text)) {
    for (const item of repliesIn(document.contents)) {
      if (!isMap(item)) continue;
      const reply = item;
      const scalar = reply.get('body', true);
      if (!isScalar(scalar) || typeof scalar.value !== 'string' || !scalar.range) continue;
      const body = bodyOf(text, scalar, reply.flow === true);
      if (!body) continue;
      const title = reply.get('title', true);
      // A title such as `404` is read as a number: it is still the reply's title.
      const titleValue: unknown = isScalar(title) ? title.value : undefined;
      bodies.push({
        ...body,
        title: typeof titleValue === 'string' || typeof titleValue === 'number' ? String(titleValue) : undefined,
        html: looksLikeHtml(text.slice(scalar.range[0], scalar.range[1])),
      });
    }
  }
  return bodies;
}

const FORMAT_KIND: KindDecision = { kind: 'reply', reason: 'saved replies' };

export const yamlReplies: FrontEnd = {
  scan: (text) => scanReplies(replyBodies(text), FORMAT_KIND),
  fallbackKind: FORMAT_KIND,
};
