import type { ProseBlock } from './formats/types';
import type { Draft, KindDecision, Sentence, Span } from './model';
import type { Lexicon } from './pack';

/** Offset of the first prose character at or after `from` in a block (list markers and quote prefixes are not prose). */
function firstProse(block: ProseBlock, from: number, to: number): number {
  let at = from;
  while (at < to && /\s/.test(block.prose[at - block.start])) at++;
  return at;
}

/** The first line of a block, trimmed. */
function firstLineOf(text: string, block: ProseBlock): Span {
  let end = block.start;
  while (end < block.end && text[end] !== '\n' && text[end] !== '\r') end++;
  const start = firstProse(block, block.start, end);
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** The last line of a block with prose on it (not a fence or shortcode line), trimmed. */
function lastLineOf(text: string, block: ProseBlock): Span {
  let end = block.end;
  for (;;) {
    let start = end;
    while (start > block.start && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
    if (HAS_PROSE.test(block.prose.slice(start - block.start, end - block.start)) || start <= block.start) {
      while (end > start && /\s/.test(text[end - 1])) end--;
      return { start: firstProse(block, start, end), end };
    }
    end = start - 1;
  }
}

function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

/** The greeting line, if the block opens with one ("Hi {{first_name}},"). */
export function findGreeting(text: string, block: ProseBlock, lexicon: Lexicon): Span | undefined {
  const line = firstLineOf(text, block);
  const content = text.slice(line.start, line.end);
  return lexicon.greeting.test(content) && wordCount(content) <= 8 ? line : undefined;
}

/**
 * The sign-off line ("Best,", "Kind regards", "Thanks again!"): a closing phrase with at most one
 * more word, ending with a comma or followed by a name.
 */
export function findSignOff(text: string, block: ProseBlock, isLastBlock: boolean, lexicon: Lexicon): Span | undefined {
  const line = firstLineOf(text, block);
  const content = text.slice(line.start, line.end);
  const closing = lexicon.signOff.exec(content);
  if (!closing || wordCount(content.slice(closing[0].length).replace(/[,!.]$/, '')) > 1) return undefined;
  const followedByName = line.end < block.end || !isLastBlock;
  return content.endsWith(',') || followedByName ? line : undefined;
}

/** The sign-off of a draft: the last closing line among its last paragraphs. */
function findLastSignOff(text: string, paragraphs: readonly ProseBlock[], lexicon: Lexicon): Span | undefined {
  const closing = paragraphs.slice(-3);
  for (let index = closing.length - 1; index >= 0; index--) {
    const signOff = findSignOff(text, closing[index], index === closing.length - 1, lexicon);
    if (signOff) return signOff;
  }
  return undefined;
}

/** The first defined result of `find` over `items`, without visiting the rest. */
function firstFound<Item, Result>(items: readonly Item[], find: (item: Item, index: number) => Result | undefined): Result | undefined {
  for (let index = 0; index < items.length; index++) {
    const result = find(items[index], index);
    if (result !== undefined) return result;
  }
  return undefined;
}

const HAS_PROSE = /[\p{L}\p{N}]/u;

/** The writer's paragraphs: not headings, cells or quotes, and not lines of syntax only. */
const writerBlocks = (blocks: readonly ProseBlock[]) =>
  blocks.filter((block) => block.role === 'paragraph' && !block.quoted && HAS_PROSE.test(block.prose));

/**
 * Decides reply or article from the text when nothing explicit did: the file name's
 * `.reply.` suffix, then greeting and sign-off, then headings, then the file type.
 */
export function guessKind(
  text: string,
  blocks: readonly ProseBlock[],
  fileName: string | undefined,
  fallback: KindDecision,
  lexicon: Lexicon,
): KindDecision {
  if (fileName && /\.reply\.[^./\\]+$/i.test(fileName)) return { kind: 'reply', reason: 'file name ends with .reply.*' };
  const paragraphs = writerBlocks(blocks);
  const greeting = firstFound(paragraphs.slice(0, 3), (block) => findGreeting(text, block, lexicon));
  const signOff = findLastSignOff(text, paragraphs, lexicon);
  const quote = (span: Span) => `'${text.slice(span.start, span.end)}'`;
  if (greeting && signOff) return { kind: 'reply', reason: `greeting ${quote(greeting)} and sign-off ${quote(signOff)}` };
  if (blocks.some((block) => block.role === 'heading')) return { kind: 'article', reason: 'headings and no greeting with sign-off' };
  if (greeting) return { kind: 'reply', reason: `greeting ${quote(greeting)}` };
  return fallback;
}

export interface DraftSegment<Block extends ProseBlock = ProseBlock> extends Span {
  title?: string;
  blocks: Block[];
}

/**
 * Splits a reply file into drafts at level-2 headings (a saved-replies file) and at thematic
 * breaks followed by a new message (a greeting or a macro heading); a break inside one message
 * (a note above a canned reason) and an article stay whole. A segment with no paragraph joins
 * the next one.
 */
export function segmentDrafts<Block extends ProseBlock>(
  text: string,
  blocks: readonly Block[],
  breaks: readonly number[],
  isReply: boolean,
  lexicon: Lexicon,
): DraftSegment<Block>[] {
  const isMacroHeading = (block: ProseBlock) => isReply && block.role === 'heading' && block.headingLevel === 2;
  // Breaks and blocks are both in document order: one pass finds the block after each break.
  let nextBlock = 0;
  const opensMessage = (offset: number) => {
    while (nextBlock < blocks.length && blocks[nextBlock].start < offset) nextBlock++;
    const next = blocks[nextBlock];
    return next !== undefined && (isMacroHeading(next) || findGreeting(text, next, lexicon) !== undefined);
  };
  // An article is one piece however many rules divide it; only reply files hold several messages.
  const cuts = isReply
    ? [...breaks.filter(opensMessage), ...blocks.filter(isMacroHeading).map((block) => block.start)].sort((a, b) => a - b)
    : [];
  const segments: DraftSegment<Block>[] = [];
  let current: DraftSegment<Block> = { start: 0, end: text.length, blocks: [] };
  let cutIndex = 0;
  for (const block of blocks) {
    let crossedCut = false;
    while (cutIndex < cuts.length && cuts[cutIndex] <= block.start) {
      cutIndex++;
      crossedCut = true;
    }
    if (crossedCut && current.blocks.some((b) => b.role === 'paragraph')) {
      segments.push(current);
      current = { start: block.start, end: text.length, blocks: [] };
    }
    if (isMacroHeading(block)) current.title = block.prose.trim();
    else current.blocks.push(block);
  }
  if (current.blocks.length > 0 || segments.length === 0) segments.push(current);
  for (const segment of segments) {
    if (segment.blocks.length === 0) continue;
    segment.start = segment.blocks[0].start;
    segment.end = segment.blocks[segment.blocks.length - 1].end;
  }
  return segments;
}

/** Fills in a draft's greeting, sign-off and body start from its blocks and sentences. */
export function describeDraft(text: string, index: number, segment: DraftSegment, sentences: Sentence[], lexicon: Lexicon): Draft {
  const paragraphs = writerBlocks(segment.blocks);
  const greeting = paragraphs.length > 0 ? findGreeting(text, paragraphs[0], lexicon) : undefined;
  const signOff = findLastSignOff(text, paragraphs, lexicon);
  const firstBlock = paragraphs[0] ?? segment.blocks[0];
  const firstLine = greeting ?? (firstBlock ? firstLineOf(text, firstBlock) : { start: segment.start, end: segment.start });
  let bodyStart = firstLine.start;
  if (greeting) {
    bodyStart =
      firstFound(sentences, (sentence) => sentence.words.map((word) => word.start).find((start) => start >= greeting.end)) ?? greeting.end;
  }
  const lastBlock = paragraphs.at(-1);
  const lastLine = lastBlock ? lastLineOf(text, lastBlock) : firstLine;
  return {
    start: segment.start,
    end: segment.end,
    index,
    title: segment.title,
    sentences,
    greeting,
    signOff,
    bodyStart,
    firstLine,
    lastLine,
  };
}
