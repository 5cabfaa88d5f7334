import type { Nodes, Root, Sentence as SentenceNode } from 'nlcst';
import type { PhraseIndex, PhraseMatch } from './phrases';
import { normalizeWord } from './phrases';
import { WORD_JOINER, type BlockInfo, type Link, type Mark, type Sentence, type Span, type Word } from './model';
import { makeOpaque } from './formats/placeholders';

/**
 * A sentence's words as a reader sees them: whitespace collapsed, and the gaps that blanked markup leaves closed
 * ("( Yourdomain.com )", "uploads  : If", an empty "()"). Headlines quote it, and the preview shows it.
 */
export function readableText(prose: string): string {
  return prose
    .replaceAll(WORD_JOINER, '')
    .replace(/\s+/g, ' ')
    .replace(/([([{]) /g, '$1')
    .replace(/ ([)\]},.;:!?])/g, '$1')
    .replace(/\(\)|\[\]/g, '')
    .trim();
}

/** Turns prose into an nlcst tree of paragraphs, sentences and words: the language pack's tokenizer. */
export type ProseParser = (text: string) => Root;

/** A parsed sentence of a block, cached with the block. Offsets are relative to the block. */
export interface SentenceData extends Span {
  words: Word[];
  /** Punctuation and symbol runs (for `!!!`). */
  marks: Mark[];
  /** Phrase matches by rule, memoised per phrase index. */
  matchCache?: { index: PhraseIndex; byRule: ReadonlyMap<string, RuleMatches> };
  /** What rules remembered of the sentence (`Sentence.remember`). */
  memo?: Map<object, unknown>;
}

/** One rule's matches in a sentence: what it flags or reads, and the words its exceptions cover. */
export interface RuleMatches {
  matches: PhraseMatch[];
  exceptions: PhraseMatch[];
}

const NO_MATCHES: RuleMatches = { matches: [], exceptions: [] };
const NO_RULE_MATCHES: ReadonlyMap<string, RuleMatches> = new Map();

/**
 * A sentence of one check: the block's cached parse seen at the block's current offset. Words
 * and marks get absolute offsets on first use, so unchanged blocks cost nothing until a rule reads them.
 */
export class PlacedSentence implements Sentence {
  readonly start: number;
  readonly end: number;
  private placedWords?: Word[];
  private placedMarks?: Mark[];
  private placedLinks?: Link[];

  constructor(
    readonly data: SentenceData,
    private readonly offset: number,
    readonly text: string,
    readonly draft: number,
    readonly index: number,
    readonly block: BlockInfo,
    /** The block's links, relative to the block. */
    private readonly blockLinks: readonly Link[],
    /**
     * The block's stretch whose links belong to this sentence: up to the next sentence, so a bare URL
     * before the first word or after the last (blanked, so outside every sentence) still belongs to one.
     */
    private readonly linkRange: Span = data,
  ) {
    this.start = offset + data.start;
    this.end = offset + data.end;
  }

  remember<Value>(key: object, compute: () => Value): Value {
    // A Map on the parse, not a WeakMap in the rule: entering a key in a WeakMap costs more than most rules' own work.
    const memo = (this.data.memo ??= new Map());
    if (memo.has(key)) return memo.get(key) as Value;
    const value = compute();
    memo.set(key, value);
    return value;
  }

  get words(): readonly Word[] {
    // Fields spelled out rather than spread: rules place thousands of words on every re-check.
    return (this.placedWords ??= this.data.words.map(({ start, end, text, norm, breakBefore, inQuotes }) => ({
      start: start + this.offset,
      end: end + this.offset,
      text,
      norm,
      breakBefore,
      inQuotes,
    })));
  }

  get links(): readonly Link[] {
    return (this.placedLinks ??= this.blockLinks
      .filter((link) => link.start < this.linkRange.end && link.end > this.linkRange.start)
      .map((link) => ({ ...link, start: link.start + this.offset, end: link.end + this.offset })));
  }

  get marks(): readonly Mark[] {
    return (this.placedMarks ??= this.data.marks.map((mark) => ({
      ...mark,
      start: mark.start + this.offset,
      end: mark.end + this.offset,
    })));
  }
}

/**
 * One copy of each word string across all documents: an open 50 KB document holds about 7,000
 * words, mostly repeats, and the editor keeps every open document's parse.
 */
const interned = new Map<string, string>();
function intern(text: string): string {
  let copy = interned.get(text);
  if (copy === undefined) {
    copy = text.length > 40 ? text : (' ' + text).slice(1);
    if (text.length <= 40) interned.set(copy, copy);
  }
  return copy;
}
const OPENING_QUOTES = new Set(['"', '“', '„']);
const CLOSING_QUOTES = new Set(['"', '”']);
/** A right quotation mark right before a letter or digit opens a quotation: Swedish writes ”ÅTKOMST NEKAD” with one mark. */
const opensQuote = (mark: string, next: string) => OPENING_QUOTES.has(mark) || (mark === '”' && /[\p{L}\p{N}]/u.test(next));

/**
 * Parses a block's prose into sentences. Line breaks inside a block are soft (one paragraph), so
 * they are read as spaces; `opaque` spans (placeholders, code) as single words.
 */
export function parseSentences(prose: string, opaque: readonly Span[], parse: ProseParser, breaks: readonly number[] = []): SentenceData[] {
  const input = makeOpaque(prose, opaque).replace(/[\r\n]/g, ' ');
  const sentences: SentenceData[] = [];
  for (const chunk of [...piecesBetween(input, breaks)].flatMap((piece) => parseChunks(input, piece))) {
    const text = input.slice(chunk.start, chunk.end);
    visitSentences(parse(text), (node) => sentences.push(toSentenceData(node, text, chunk.start)));
  }
  return sentences;
}

/** The parser's cost grows with the square of a paragraph's sentences, so huge blocks are parsed in pieces. */
const PARSE_CHUNK = 8000;

/** The parts of the input between forced sentence breaks. */
function* piecesBetween(input: string, breaks: readonly number[]): Generator<Span> {
  let start = 0;
  for (const at of breaks) {
    if (at > start) yield { start, end: at };
    start = at;
  }
  yield { start, end: input.length };
}

/** Pieces of a part of at most PARSE_CHUNK characters, cut after a sentence's end mark where there is one, else at a space. */
function parseChunks(input: string, part: Span): Span[] {
  const chunks: Span[] = [];
  let start = part.start;
  while (part.end - start > PARSE_CHUNK) {
    const limit = start + PARSE_CHUNK;
    let cut = -1;
    for (let at = limit; at > start + PARSE_CHUNK / 2 && cut < 0; at--) if (input[at] === ' ' && /[.!?]/.test(input[at - 1])) cut = at;
    if (cut < 0) cut = input.lastIndexOf(' ', limit);
    if (cut <= start) cut = limit;
    chunks.push({ start, end: cut });
    start = cut;
  }
  chunks.push({ start, end: part.end });
  return chunks;
}

function visitSentences(node: Nodes, onSentence: (sentence: SentenceNode) => void): void {
  if (node.type === 'SentenceNode') onSentence(node);
  else if ('children' in node) for (const child of node.children) visitSentences(child, onSentence);
}

function toSentenceData(sentence: SentenceNode, input: string, offset: number): SentenceData {
  const words: Word[] = [];
  const marks: Mark[] = [];
  let marksBefore = '';
  let inQuotes = false;
  for (const child of sentence.children) {
    if (child.type === 'WhiteSpaceNode') continue;
    const text = intern(input.slice(child.position!.start.offset, child.position!.end.offset));
    const start = offset + child.position!.start.offset!;
    const end = offset + child.position!.end.offset!;
    if (child.type === 'WordNode') {
      words.push({ start, end, text, norm: intern(normalizeWord(text)), breakBefore: intern(marksBefore), inQuotes });
      marksBefore = '';
    } else if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
      if (inQuotes && CLOSING_QUOTES.has(text)) inQuotes = false;
      else if (!inQuotes && opensQuote(text, input.charAt(child.position!.end.offset!))) inQuotes = true;
      marks.push({ start, end, text });
      marksBefore += text;
    }
  }
  // The caches are set up front so every sentence has one shape: they are read on every check.
  const start = offset + sentence.position!.start.offset!;
  const end = offset + sentence.position!.end.offset!;
  return { start, end, words, marks, matchCache: undefined, memo: undefined };
}

/** One rule's phrase matches in a sentence under `index`, computed once per sentence and index. */
export function sentenceMatches(sentence: SentenceData, index: PhraseIndex, ruleId: string): RuleMatches {
  return allSentenceMatches(sentence, index).get(ruleId) ?? NO_MATCHES;
}

/** Every rule's phrase matches in a sentence under `index`, by rule id. */
export function allSentenceMatches(sentence: SentenceData, index: PhraseIndex): ReadonlyMap<string, RuleMatches> {
  if (sentence.matchCache?.index !== index) {
    const matches = index.match(sentence.words);
    const byRule = new Map<string, RuleMatches>();
    for (const match of matches) {
      let entry = byRule.get(match.ruleId);
      if (!entry) byRule.set(match.ruleId, (entry = { matches: [], exceptions: [] }));
      (match.entry.ignore ? entry.exceptions : entry.matches).push(match);
    }
    sentence.matchCache = { index, byRule: matches.length === 0 ? NO_RULE_MATCHES : byRule };
  }
  return sentence.matchCache.byRule;
}
