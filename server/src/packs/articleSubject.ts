import type { Draft, Sentence } from '../engine/model';

/**
 * The sentence a headline quotes for a help article with no news: its title, or its lead sentence
 * when the title is one or two words ("Tootctl") and says little. A note quoted above the title
 * ("> Not your browser? Return to the hub page") is the page's navigation, not its subject.
 */
export function articleSubject(draft: Draft): Sentence | undefined {
  const sentences = draft.sentences.filter((sentence) => sentence.words.length > 0 && !sentence.block.quoted);
  const title = sentences.at(0);
  if (!title || title.words.length >= 3) return title;
  return sentences.find((sentence) => sentence.block.role === 'paragraph') ?? title;
}
