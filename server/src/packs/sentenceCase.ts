import type { Sentence } from '../engine/model';
import type { Headline, HeadlineInput } from '../engine/pack';
import { readableText } from '../engine/sentences';
import { articleTitle } from './articleTitle';

/** Headlines stay short enough for a CodeLens line. */
const MAX_HEADLINE_LENGTH = 100;

/** How a language's newspapers quote, and its headlines for a draft with nothing newsworthy. */
export interface SentenceCaseWords {
  /** Opening and closing quotation marks („…” in Polish, ”…” in Swedish). */
  open: string;
  close: string;
  /** After the company name, for a draft with an apology and no problem. */
  apologised: string;
  /** After the company name, for a draft with neither. */
  plain: string;
  /** After the company name, for a help article with no news, before its quoted title ("publikuje poradnik"). */
  published: string;
}

/** A sentence quoted as written, without its closing punctuation, cut at a word to fit `room`. */
function quoteOf(text: string, room: number): string {
  const quote = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?…:;,]+$/u, '');
  if (quote.length <= room) return quote;
  const cut = quote.slice(0, room - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}…`;
}

/**
 * The headline test (P9) for languages whose newspapers write headlines in sentence case (Polish,
 * Swedish, Estonian) or have no case (Hebrew): the company, the worst finding's headline words as
 * the rule data gives them (lower case), and the sentence it came from, quoted as written.
 */
export function sentenceCaseHeadline(words: SentenceCaseWords): (input: HeadlineInput) => Headline {
  return ({ draft, kind, companyName, worst, checks }) => {
    /** The lead and a quote: a sentence of the draft (the headline marks it), or a title from front matter. */
    const quoting = (lead: string, quoted: { text: string; sentence?: Sentence } | undefined): Headline => {
      if (!quoted) return { text: lead };
      const quote = quoteOf(quoted.text, MAX_HEADLINE_LENGTH - lead.length - 2 - words.open.length - words.close.length);
      const { sentence } = quoted;
      return {
        text: `${lead}: ${words.open}${quote}${words.close}`,
        ...(sentence && { quoted: { start: sentence.start, end: sentence.end, text: readableText(sentence.text) } }),
      };
    };
    if (worst?.rule) {
      const sentence = draft.sentences.find((candidate) => candidate.start <= worst.finding.start && worst.finding.start < candidate.end);
      return quoting(`${companyName} ${worst.rule.headline}`, sentence && { text: sentence.text, sentence });
    }
    if (kind === 'article') return quoting(`${companyName} ${words.published}`, articleTitle(draft));
    return { text: `${companyName} ${checks.apology?.found ? words.apologised : words.plain}` };
  };
}
