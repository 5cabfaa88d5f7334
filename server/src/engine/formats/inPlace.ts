import { WORD_JOINER } from '../model';

/**
 * Escaped text decoded in place. Prose must keep every source offset, so an escape (`&rsquo;`,
 * `\n`) becomes its character followed by filler up to the escape's length: inside a word the
 * filler is WORD_JOINER (a combining mark, so the word stays whole; word normalisation drops it),
 * elsewhere it is spaces. A character that the source spells out differently from the prose is
 * markup to the fix filter, so no fix ever edits half an escape.
 */
const WORDLIKE = /^[\p{L}\p{N}\p{M}'’‘]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function decodeInPlace(raw: string, escape: RegExp, decode: (escaped: string) => string | undefined): string {
  return raw.replace(escape, (escaped: string, offset: number) => {
    const decoded = decode(escaped);
    return decoded === undefined ? escaped : placeDecoded(raw, offset, escaped.length, decoded);
  });
}

/**
 * What an escape of `length` characters at `offset` in `raw` reads as in place: its decoded text
 * (at most `length` characters) and filler. An escape that decodes to nothing (a YAML line
 * continuation) is WORD_JOINER inside a word, so the two halves stay one word.
 */
export function placeDecoded(raw: string, offset: number, length: number, decoded: string): string {
  if (decoded.length > length) return raw.slice(offset, offset + length);
  const [before, after] = [raw[offset - 1] ?? '', raw[offset + length] ?? ''];
  if (WORDLIKE.test(decoded) || (decoded === '' && WORD_CHAR.test(before) && WORD_CHAR.test(after)))
    return decoded + WORD_JOINER.repeat(length - decoded.length);
  const padding = ' '.repeat(length - decoded.length);
  // An opening mark (`\"refund`) sits next to the word it opens, as a closing one does after its word.
  const opens = WORD_CHAR.test(after) && !WORD_CHAR.test(before);
  return opens ? padding + decoded : decoded + padding;
}

/** Spaces for everything but line breaks: what markup becomes in prose. */
export const blank = (text: string): string => text.replace(/[^\r\n]/g, ' ');
