import type { Draft, Sentence } from '../engine/model';

/** Enough words to say what a page is about: "Tootctl" or "Exports" alone says little. */
const saysWhat = (text: string | undefined): text is string => text !== undefined && text.split(/\s+/).length >= 3;

/**
 * What a headline quotes for a help article with no news: the title its front matter gives, its
 * description there when the title is one or two words ("AccountWarning"), or its first sentence (a
 * heading, usually), with the lead sentence standing in for a short one. A note quoted above the
 * title ("> Not your browser? Return to the hub page") is the page's navigation, not its subject.
 */
export function articleTitle(draft: Draft): { text: string; sentence?: Sentence } | undefined {
  const declared = [draft.title, draft.summary].find(saysWhat);
  if (declared) return { text: declared };
  const sentences = draft.sentences.filter((sentence) => sentence.words.length > 0 && !sentence.block.quoted);
  const first = sentences.at(0);
  const sentence = first && first.words.length < 3 ? (sentences.find((candidate) => candidate.block.role === 'paragraph') ?? first) : first;
  return sentence && { text: sentence.text, sentence };
}
