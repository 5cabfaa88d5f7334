import type { Link } from '../model';

/**
 * Bare URLs and e-mail addresses: not prose. An address must start where a word starts, which
 * keeps matching linear on a 50,000-character "word". One expression rather than markdown-it's linkify,
 * which cost a third of inline parsing on the benchmark corpus. As in GitHub's autolinks, a mark
 * after a link ends the sentence, not the link ("write to help@example.com.").
 */
const BARE_LINK = /\b(?:https?:\/\/|www\.)[^\s<>()]*[^\s<>().,;:!?'"*_~]|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
/** What every bare link holds: most paragraphs have none, and this plain scan is twice as fast as the expression. */
const MAY_HOLD_LINK = /@|https?:\/\/|www\./i;

/** Replaces bare links with spaces, keeping every offset, and lists them (rules read "there is a link here"). */
export function blankBareLinks(text: string, links: Link[] = []): string {
  if (!MAY_HOLD_LINK.test(text)) return text;
  return text.replace(BARE_LINK, (link, offset: number) => {
    links.push({ start: offset, end: offset + link.length, target: link });
    return ' '.repeat(link.length);
  });
}

/**
 * A sentence with the bare links that `blankBareLinks` blanked written back from the document (`source`, which its
 * offsets index): rules read around them, but a headline quoting "write to  and we will" would misquote the writer. A
 * bare link is one of the sentence's links whose text is blank in the prose and written as its target in the source (a
 * Markdown link keeps its text, and its target is markup).
 */
export function withBareLinks<Quoted extends { start: number; end: number; text: string; links: readonly Link[] }>(
  sentence: Quoted,
  source: string,
): Quoted {
  let text = sentence.text;
  for (const link of sentence.links) {
    const [from, to] = [link.start - sentence.start, link.end - sentence.start];
    if (from >= 0 && to <= text.length && text.slice(from, to).trim() === '' && source.slice(link.start, link.end) === link.target)
      text = text.slice(0, from) + link.target + text.slice(to);
  }
  // A copy that keeps the sentence's class, whose words and marks are read through its prototype.
  return text === sentence.text
    ? sentence
    : (Object.assign(Object.create(Object.getPrototypeOf(sentence) as object), sentence, { text }) as Quoted);
}
