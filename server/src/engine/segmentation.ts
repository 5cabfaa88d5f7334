import type { Sentence as SentenceNode } from 'nlcst';
import { ParseLatin } from 'parse-latin';
import type { ProseParser } from './sentences';

type Position = NonNullable<SentenceNode['position']>;
type Point = Position['start'];

/**
 * A sentence parser for a pack other than English: `Intl.Segmenter` (ICU) finds the sentences,
 * parse-latin the words in each. ICU keeps Polish "ok. 2 dni" and Hebrew acronyms (צה״ל) whole
 * where parse-latin alone splits them, and it ends a sentence after "16." where parse-latin does
 * not. Neither knows every abbreviation of support text ("godz. 8", Swedish "kl. 8"), so a
 * sentence that ends with one of `abbreviations` (written with their dot: `"godz."`, `"t.ex."`,
 * matched case-insensitively as whole words) runs on into the next.
 */
export function sentenceParser(locale: string, abbreviations: readonly string[]): ProseParser {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const words = new ParseLatin();
  const escaped = abbreviations.map((abbreviation) => abbreviation.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const endsWithAbbreviation = abbreviations.length > 0 ? new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${escaped.join('|')})$`, 'iu') : undefined;
  /** Sentences as ICU finds them; one that ends with an abbreviation runs on into the next. */
  const segmented = (text: string) => {
    const spans: { start: number; end: number }[] = [];
    let runsOn = false;
    for (const segment of segmenter.segment(text)) {
      const trimmed = segment.segment.trimEnd();
      if (trimmed.trim() === '') continue;
      const start = segment.index + (trimmed.length - trimmed.trimStart().length);
      const end = segment.index + trimmed.length;
      if (runsOn) spans[spans.length - 1].end = end;
      else spans.push({ start, end });
      runsOn = endsWithAbbreviation?.test(trimmed) ?? false;
    }
    return spans;
  };
  return (text) => {
    const body = text.trimEnd();
    const spans = MAY_END_SENTENCE.test(body.slice(0, -1))
      ? segmented(text)
      : body === ''
        ? []
        : [{ start: body.length - body.trimStart().length, end: body.length }];
    const sentences = spans.map((span) => sentenceAt(words, text, span.start, span.end));
    return { type: 'RootNode', children: [{ type: 'ParagraphNode', children: sentences }] };
  };
}

/**
 * Where ICU may end a sentence (UAX #29): after a terminal mark or at a line or paragraph separator.
 * Text with none of them before its last character is one sentence, found without asking ICU,
 * whose segment iterator is the costliest step of parsing a short paragraph.
 */
const MAY_END_SENTENCE = /[\p{Sentence_Terminal}\n\r\u0085\u2028\u2029]/u;

/** One sentence node for `text[start, end)`, whatever parse-latin would split it into; offsets are into `text`. */
function sentenceAt(words: ParseLatin, text: string, start: number, end: number): SentenceNode {
  // Read as one paragraph: its sentences are flattened into one anyway, so parse-latin's root level (lines as paragraphs) adds nothing.
  const paragraph = words.tokenizeParagraph(text.slice(start, end));
  const children: SentenceNode['children'] = [];
  for (const node of paragraph.children) {
    if (node.type === 'SentenceNode')
      children.push(...node.children.map((child) => ({ ...child, position: shifted(child.position!, start) })));
    else children.push({ ...node, position: shifted(node.position!, start) });
  }
  return { type: 'SentenceNode', children: joinHebrewAcronyms(children, text), position: { start: point(start), end: point(end) } };
}

/** Geresh and gershayim as Hebrew writers type them: the Hebrew marks or ASCII quotes. */
const GERESH = new Set(['\u05f3', '\u05f4', "'", '"']);
const HEBREW_LETTER = /\p{Script=Hebrew}/u;

/**
 * Hebrew acronyms and abbreviations as single words: a geresh or gershayim between two Hebrew
 * letters (צה״ל, ת"א, בע״מ) or a geresh after one at a word's end (וכו׳), which parse-latin
 * splits into pieces. A quotation mark after a space ("שלום") stays punctuation.
 */
function joinHebrewAcronyms(children: SentenceNode['children'], text: string): SentenceNode['children'] {
  const joined: SentenceNode['children'] = [];
  const charAt = (offset: number) => text.charAt(offset);
  for (let at = 0; at < children.length; at++) {
    const word = joined.at(-1);
    const mark = children[at];
    if (word?.type !== 'WordNode' || mark.type !== 'PunctuationNode' || !HEBREW_LETTER.test(charAt(word.position!.end.offset! - 1))) {
      joined.push(mark);
      continue;
    }
    const markText = text.slice(mark.position!.start.offset, mark.position!.end.offset);
    const next = children[at + 1];
    const joinsNext =
      GERESH.has(markText) &&
      next?.type === 'WordNode' &&
      word.position!.end.offset === mark.position!.start.offset &&
      mark.position!.end.offset === next.position!.start.offset &&
      HEBREW_LETTER.test(charAt(next.position!.start.offset!));
    const endsWord = markText === '\u05f3' && word.position!.end.offset === mark.position!.start.offset && next?.type !== 'WordNode';
    if (joinsNext) {
      joined[joined.length - 1] = {
        type: 'WordNode',
        children: [...word.children, mark, ...next.children],
        position: { start: word.position!.start, end: next.position!.end },
      };
      at++;
    } else if (endsWord) {
      joined[joined.length - 1] = {
        type: 'WordNode',
        children: [...word.children, mark],
        position: { start: word.position!.start, end: mark.position!.end },
      };
    } else joined.push(mark);
  }
  return joined;
}

const point = (offset: number): Point => ({ line: 1, column: offset + 1, offset });

function shifted(position: Position, by: number): Position {
  return { start: point(position.start.offset! + by), end: point(position.end.offset! + by) };
}
