import type { Draft, Sentence } from '../engine/model';

/**
 * What a headline quotes for a help article with no news: the title its front matter gives, or its
 * first sentence (a heading, usually). A title of one or two words ("Tootctl") says little: then the
 * lead sentence says what the guide is about. A note quoted above the title ("> Not your browser?
 * Return to the hub page") is the page's navigation, not its subject.
 */
export function articleTitle(draft: Draft): { text: string; sentence?: Sentence } | undefined {
  if (draft.title && draft.title.split(/\s+/).length >= 3) return { text: draft.title };
  const sentences = draft.sentences.filter((sentence) => sentence.words.length > 0 && !sentence.block.quoted);
  const first = sentences.at(0);
  const sentence = first && first.words.length < 3 ? (sentences.find((candidate) => candidate.block.role === 'paragraph') ?? first) : first;
  return sentence && { text: sentence.text, sentence };
}
