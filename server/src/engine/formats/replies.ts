import { escapeText } from 'entities';
import type { KindDecision, Link, TextEdit } from '../model';
import { blankTemplateTags } from './docsSyntax';
import { scanHtml } from './html';
import { blankBareLinks } from './links';
import type { ScannedBlock, ScannedDocument, Section } from './types';

/**
 * Replies kept as data (help-desk macro exports in JSON, saved replies in JSON or YAML): each reply's
 * body is one draft titled by the reply's title. The data front ends find the bodies and decode
 * each in place (same length as its source, escapes and folds filled, so offsets carry over); this
 * turns them into blocks: HTML when the body holds tags, paragraphs between blank lines otherwise.
 */
export interface ReplyBody {
  title?: string;
  /** Where the body's content starts in the file. */
  start: number;
  /** The content decoded in place: as long as its source. */
  prose: string;
  html: boolean;
  /**
   * A fix's replacement written in the body's source syntax (already entity-escaped in an HTML
   * body); undefined when it cannot be written there safely, and the fix is not offered.
   */
  write(edit: TextEdit): string | undefined;
}

const LOOKS_LIKE_HTML = /<\/?(?:p|div|br|ul|ol|li|a|strong|em|b|i|span|h[1-6]|blockquote|table)\b[^<>]*>/i;
const PARAGRAPH_BREAK = /\n[ \t\r]*\n\s*/g;

/** Text written as the content of a JSON (or YAML double-quoted) string: quotes, backslashes and control characters escaped. */
export const escapeJsonString = (text: string): string => JSON.stringify(text).slice(1, -1);

/** Whether a body's source holds HTML tags (then it is read as HTML, else as text). */
export const looksLikeHtml = (source: string): boolean => LOOKS_LIKE_HTML.test(source);

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

/** The document of a file of replies: one section per reply with prose, fixes written in each body's syntax. */
export function scanReplies(bodies: readonly ReplyBody[], declared: KindDecision): ScannedDocument {
  const scan: ScannedDocument = { blocks: [], draftBreaks: [], directives: [], sections: [], declared };
  for (const body of bodies) {
    const blocks = body.html ? scanHtml(body.prose, body.start).blocks : textBlocks(body.prose, body.start);
    if (blocks.length === 0) continue;
    const section: Section = { start: blocks[0].start, title: body.title };
    scan.sections!.push(section);
    scan.blocks.push(...blocks);
  }
  scan.encode = (edit) => {
    const body = bodies.find(({ start, prose }) => start <= edit.start && edit.start <= start + prose.length);
    if (!body) return edit.newText;
    return body.write(body.html ? { ...edit, newText: escapeText(edit.newText) } : edit);
  };
  return scan;
}
