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
