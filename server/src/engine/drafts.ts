import type { ProseBlock, Section } from './formats/types';
import type { Draft, KindDecision, Sentence, Span } from './model';
import type { Lexicon } from './pack';

/**
 * Lines are read in the block's prose, not in its source: a front end marks line ends there
 * (an HTML `<br>`, a `\n` escape in a JSON string), and markup around a line is blank.
 */
const LINE_END = /[\r\n]/;

/** A line of a block's prose from `from` to `to` (relative offsets), trimmed, at absolute offsets. */
function trimmedLine(block: ProseBlock, from: number, to: number): Span {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(block.prose[start])) start++;
  while (end > start && /\s/.test(block.prose[end - 1])) end--;
  return { start: block.start + start, end: block.start + end };
}

/** The first line of a block, trimmed. */
function firstLineOf(block: ProseBlock): Span {
  const end = block.prose.search(LINE_END);
  return trimmedLine(block, 0, end < 0 ? block.prose.length : end);
}

/** The last line of a block with prose on it (not a fence or shortcode line), trimmed. */
function lastLineOf(block: ProseBlock): Span {
  const { prose } = block;
  let end = prose.length;
  for (;;) {
    const start = end === 0 ? 0 : Math.max(prose.lastIndexOf('\n', end - 1), prose.lastIndexOf('\r', end - 1)) + 1;
    if (HAS_PROSE.test(prose.slice(start, end)) || start <= 0) return trimmedLine(block, start, end);
    end = start - 1;
  }
}

/** The prose of a span of a block. */
const proseOf = (block: ProseBlock, span: Span) => block.prose.slice(span.start - block.start, span.end - block.start);

function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

/** Where a greeting's own words end when the message goes on in the same line: "Hi Sam, we can't…", "Hello there! Your…". */
const GREETING_CLAUSE_END = /[,!:;—–](?=\s*\S)/;

/**
 * The greeting, if the block opens with one: its line ("Hi {{first_name}},"), or only the line's
 * opening clause when the message goes on after it, so a one-line reply keeps its body.
 */
function findGreeting(block: ProseBlock, lexicon: Lexicon): Span | undefined {
  const line = firstLineOf(block);
  const content = proseOf(block, line);
  if (!lexicon.greeting.test(content)) return undefined;
  const clauseEnd = GREETING_CLAUSE_END.exec(content);
  const greeting = clauseEnd ? { start: line.start, end: line.start + clauseEnd.index + 1 } : line;
  return wordCount(proseOf(block, greeting)) <= 8 ? greeting : undefined;
}

/**
 * The sign-off line ("Best,", "Kind regards", "Thanks again!"): a closing phrase with at most one
 * more word, ending with a comma or followed by a name.
 */
function findSignOff(block: ProseBlock, isLastBlock: boolean, lexicon: Lexicon): Span | undefined {
  const line = firstLineOf(block);
  const content = proseOf(block, line);
  const closing = lexicon.signOff.exec(content);
  if (!closing || wordCount(content.slice(closing[0].length).replace(/[,!.]$/, '')) > 1) return undefined;
  const followedByName = line.end < block.end || !isLastBlock;
  return content.endsWith(',') || followedByName ? line : undefined;
}

/** The sign-off of a draft: the last closing line among its last paragraphs. */
function findLastSignOff(paragraphs: readonly ProseBlock[], lexicon: Lexicon): Span | undefined {
  const closing = paragraphs.slice(-3);
  for (let index = closing.length - 1; index >= 0; index--) {
    const signOff = findSignOff(closing[index], index === closing.length - 1, lexicon);
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
  const greeting = firstFound(paragraphs.slice(0, 3), (block) => findGreeting(block, lexicon));
  const signOff = findLastSignOff(paragraphs, lexicon);
  const quote = (span: Span) => `'${text.slice(span.start, span.end)}'`;
  if (greeting && signOff) return { kind: 'reply', reason: `greeting ${quote(greeting)} and sign-off ${quote(signOff)}` };
  if (blocks.some((block) => block.role === 'heading')) return { kind: 'article', reason: 'headings and no greeting with sign-off' };
  if (greeting) return { kind: 'reply', reason: `greeting ${quote(greeting)}` };
  if (signOff) return { kind: 'reply', reason: `sign-off ${quote(signOff)}` };
  return fallback;
}

export interface DraftSegment<Block extends ProseBlock = ProseBlock> extends Span {
  title?: string;
  summary?: string;
  blocks: Block[];
}

/**
 * Splits a reply file into drafts at level-2 headings (a saved-replies file) and at thematic
 * breaks followed by a new message (a greeting or a macro heading); a break inside one message
 * (a note above a canned reason) and an article stay whole. A segment with no paragraph joins
 * the next one. A format that knows its drafts (a macro export) gives them as `sections` instead.
 */
export function segmentDrafts<Block extends ProseBlock>(
  text: string,
  blocks: readonly Block[],
  breaks: readonly number[],
  isReply: boolean,
  lexicon: Lexicon,
  sections?: readonly Section[],
): DraftSegment<Block>[] {
  const isMacroHeading = (block: ProseBlock) => !sections && isReply && block.role === 'heading' && block.headingLevel === 2;
  // Breaks and blocks are both in document order: one pass finds the block after each break.
  let nextBlock = 0;
  const opensMessage = (offset: number) => {
    while (nextBlock < blocks.length && blocks[nextBlock].start < offset) nextBlock++;
    const next = blocks[nextBlock];
    return next !== undefined && (isMacroHeading(next) || findGreeting(next, lexicon) !== undefined);
  };
  // An article is one piece however many rules divide it; only reply files hold several messages.
  const cuts = sections
    ? sections.map((section) => section.start)
    : isReply
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
    if (crossedCut && (sections ? current.blocks.length > 0 : current.blocks.some((b) => b.role === 'paragraph'))) {
      segments.push(current);
      current = { start: block.start, end: text.length, blocks: [] };
    }
    if (crossedCut && sections) current.title = sections[cutIndex - 1].title;
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
export function describeDraft(index: number, segment: DraftSegment, sentences: Sentence[], lexicon: Lexicon): Draft {
  const paragraphs = writerBlocks(segment.blocks);
  const greeting = paragraphs.length > 0 ? findGreeting(paragraphs[0], lexicon) : undefined;
  const signOff = findLastSignOff(paragraphs, lexicon);
  const firstBlock = paragraphs[0] ?? segment.blocks[0];
  const firstLine = firstBlock ? firstLineOf(firstBlock) : { start: segment.start, end: segment.start };
  let bodyStart = firstLine.start;
  if (greeting) {
    bodyStart =
      firstFound(sentences, (sentence) => sentence.words.map((word) => word.start).find((start) => start >= greeting.end)) ?? greeting.end;
  }
  const lastBlock = paragraphs.at(-1);
  const lastLine = lastBlock ? lastLineOf(lastBlock) : firstLine;
  return {
    start: segment.start,
    end: segment.end,
    index,
    title: segment.title,
    summary: segment.summary,
    sentences,
    greeting,
    signOff,
    bodyStart,
    firstLine,
    lastLine,
  };
}
