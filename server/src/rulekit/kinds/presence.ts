import { insertSentence } from '../../engine/fixes';
import { isEmailAddress, type DocumentKind, type Draft, type Link, type Sentence, type Span, type Word } from '../../engine/model';
import { normalizeWord } from '../../engine/phrases';
import type { Report, RuleContext } from '../../engine/rule';

/** Where a missing piece belongs: the finding's line and where its sentence is inserted. */
export type Anchor = 'afterGreeting' | 'beforeSignOff' | 'endOfDraft';

/** What a `presence` rule says and offers when a draft lacks the piece. */
export interface MissingPiece {
  message: string;
  anchor: Anchor;
  /** The sentence the quick fix inserts; `[placeholders]` are for the writer to fill. */
  insert: string;
  fixTitle: string;
  /** Drafts with fewer words of prose are not expected to have the piece: a stub page, an index that only lists a path. */
  minWords?: number;
}

/** The document kinds a signal applies to; all kinds when absent. */
interface SignalScope {
  kinds?: DocumentKind[];
}

/** Words a sentence may open with before the part a signal reads: "Please", "Then", or a clause up to its comma ("If it fails, …"). */
interface SentenceOpening {
  leadIns?: string[];
  clauseOpeners?: string[];
}

/**
 * Signs besides phrases that a sentence carries the piece, as a rule's data names them. Word lists
 * come from the rule (a language's own file); the code here only reads structure.
 */
export interface PresenceSignals {
  /** The sentence opens with an action verb: "Open Settings", "If it fails, send us the log". */
  imperative?: SignalScope & SentenceOpening & { verbs: string[]; notBefore?: string[]; never?: string[] };
  /** A question asking the reader for one fact or decision: "Did you file the claim?". */
  closedQuestion?: SignalScope & SentenceOpening & { openings: string[] };
  emailAddress?: SignalScope;
  /** A link in the prose (a "related articles" list included), except one that only cites the rules: see `isRouteLink`. */
  link?: SignalScope & { except?: string[] };
  /** A path through an interface: "Settings > Privacy > Clear data" says where to go even without a verb. */
  menuPath?: SignalScope;
  /** A heading that opens a section on where to go next: "What's next", "See also". */
  nextSectionHeading?: SignalScope & { headings: string[] };
}

/** Whether a draft is long enough to be expected to have the piece. */
export function longEnough(draft: Draft, piece: MissingPiece): boolean {
  if (piece.minWords === undefined) return true;
  let words = 0;
  for (const sentence of draft.sentences) if ((words += sentence.words.length) >= piece.minWords) return true;
  return false;
}

/** The `presence` kind's finding for a draft that lacks the piece. */
export function reportMissing(draft: Draft, text: string, piece: MissingPiece): Report {
  const { span, at, text: insert } = placement(draft, text, piece);
  return { ...span, message: piece.message, fixes: [insertSentence(at, insert, piece.fixTitle)] };
}

function placement(draft: Draft, text: string, { anchor, insert }: MissingPiece): { span: Span; at: number; text: string } {
  switch (anchor) {
    case 'afterGreeting':
      return { span: draft.firstLine, at: draft.bodyStart, text: `${insert} ` };
    case 'beforeSignOff':
      if (draft.signOff) return { span: draft.signOff, at: draft.signOff.start, text: `${insert}\n\n` };
      return { span: lastProseLine(draft, text), at: draft.end, text: `\n\n${insert}` };
    case 'endOfDraft':
      return { span: lastProseLine(draft, text), at: draft.end, text: `\n\n${insert}` };
  }
}

/** The words of the draft's last line of prose, so a finding never points at a markup line after it. */
function lastProseLine(draft: Draft, text: string): Span {
  const last = draft.sentences.findLast((sentence) => sentence.words.length > 0);
  if (!last) return draft.lastLine;
  const lastWord = last.words.at(-1)!;
  const lineStart = text.lastIndexOf('\n', lastWord.start - 1) + 1;
  const lineEnd = text.indexOf('\n', lastWord.end);
  const firstWord = draft.sentences.flatMap((sentence) => sentence.words).find((word) => word.start >= lineStart)!;
  let end = Math.min(last.end, lineEnd < 0 ? text.length : lineEnd);
  while (end > lastWord.end && /\s/.test(text[end - 1])) end--;
  return { start: firstWord.start, end };
}

/** Phrases as word sequences, and the same grouped by first word: a sentence position is only tried against its own word's group. */
interface Sequences {
  all: readonly (readonly string[])[];
  byFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
}

function sequences(phrases: readonly string[] = []): Sequences {
  const all = phrases.map((phrase) => phrase.split(/\s+/).filter(Boolean).map(normalizeWord));
  const byFirst = new Map<string, string[][]>();
  for (const sequence of all) {
    const group = byFirst.get(sequence[0]);
    if (group) group.push(sequence);
    else byFirst.set(sequence[0], [sequence]);
  }
  return { all, byFirst };
}

/** How many words of the first sequence (in the phrases' order) that matches at `at`, or 0. */
function matchAt(words: readonly Word[], at: number, candidates: Sequences): number {
  const group = at < words.length ? candidates.byFirst.get(words[at].norm) : undefined;
  for (const candidate of group ?? []) {
    if (candidate.every((norm, offset) => words[at + offset]?.norm === norm)) return candidate.length;
  }
  return 0;
}

function contains(words: readonly Word[], candidates: Sequences): boolean {
  return words.some((_, at) => matchAt(words, at, candidates) > 0);
}

/** A short unpunctuated fragment such as a feature-list item ("Export history"): a name, not an instruction. */
const isLabel = (sentence: Sentence) => sentence.words.length < 3 && !/[.!。！]["'”’)\]]*\s*$/.test(sentence.text);
/** What every menu path holds: a plain scan spares the path expression on most sentences. */
const MENU_ARROW = /[>›→]/;
/**
 * Three or more labels joined by menu arrows, each starting with a capital or a letter of a script without case (Hebrew):
 * "System Settings > Accessibility > Display", "הגדרות > פרטיות > מחיקה", not "usage > 80%".
 */
const MENU_PATH =
  /[\p{Lu}\p{Lo}][^\n>›→]{0,40}\s(?:>|›|→|->)\s+["'*_`]*[\p{Lu}\p{Lo}][^\n>›→]{0,40}\s(?:>|›|→|->)\s+["'*_`]*[\p{Lu}\p{Lo}]/u;
const isQuestion = (sentence: Sentence) => /[?？؟]["'”’)\]]*\s*$/.test(sentence.text);

/** Where in a draft the piece must be. */
export type Place = 'anywhere' | 'firstParagraph' | 'lastParagraph';

/** A blank line (a blockquote's `>` aside) between two sentences starts a new paragraph. */
const PARAGRAPH_BREAK = /\n[ \t>]*\n/;

/**
 * The sentences of a draft where the piece may be: all of them, the first paragraph after the
 * greeting (headings aside), or the last paragraph (the sign-off included).
 */
function sentencesIn(draft: Draft, text: string, place: Place): readonly Sentence[] {
  if (place === 'anywhere') return draft.sentences;
  const paragraphs: Sentence[][] = [];
  draft.sentences.forEach((sentence, at) => {
    const previous = draft.sentences[at - 1];
    if (!previous || PARAGRAPH_BREAK.test(text.slice(previous.end, sentence.start))) paragraphs.push([]);
    paragraphs.at(-1)!.push(sentence);
  });
  if (place === 'lastParagraph') return paragraphs.at(-1) ?? [];
  const isBody = (sentence: Sentence) => sentence.block.role !== 'heading' && sentence.words.some((word) => word.start >= draft.bodyStart);
  return paragraphs.find((paragraph) => paragraph.some(isBody)) ?? [];
}

/** Finds the first sentence of a draft that shows the piece: a phrase of the rule's table or one of its signals, in its place. */
export function presenceFinder(
  signals: PresenceSignals = {},
  place: Place = 'anywhere',
): (draft: Draft, context: RuleContext) => Sentence | undefined {
  const applies = (scope: SignalScope | undefined, kind: DocumentKind): boolean => !!scope && (!scope.kinds || scope.kinds.includes(kind));
  const opening = (signal: SentenceOpening) => ({ leadIns: sequences(signal.leadIns), clauseOpeners: sequences(signal.clauseOpeners) });
  const imperative = signals.imperative && {
    ...opening(signals.imperative),
    verbs: sequences(signals.imperative.verbs),
    notBefore: new Set(signals.imperative.notBefore?.map(normalizeWord)),
    never: sequences(signals.imperative.never),
  };
  const closedQuestion = signals.closedQuestion && {
    ...opening(signals.closedQuestion),
    openings: sequences(signals.closedQuestion.openings),
  };
  const policyWords = sequences(signals.link?.except);
  const headings = sequences(signals.nextSectionHeading?.headings);

  /** Index of the first word after the greeting, lead-in words and an opening clause; undefined when a clause has no comma. */
  const bodyOpening = (sentence: Sentence, draft: Draft, skip: ReturnType<typeof opening>): number | undefined => {
    const { words } = sentence;
    let at = words.findIndex((word) => word.start >= draft.bodyStart);
    if (at < 0) return undefined;
    for (;;) {
      const leadIn = matchAt(words, at, skip.leadIns);
      if (leadIn > 0) {
        at += leadIn;
        continue;
      }
      if (matchAt(words, at, skip.clauseOpeners) === 0) return at;
      const afterComma = words.findIndex((word, index) => index > at && word.breakBefore.includes(','));
      if (afterComma < 0) return undefined;
      at = afterComma;
    }
  };

  const isImperative = (sentence: Sentence, draft: Draft): boolean => {
    if (!imperative || sentence.block.role === 'heading' || isLabel(sentence)) return false;
    const at = bodyOpening(sentence, draft, imperative);
    if (at === undefined || matchAt(sentence.words, at, imperative.never) > 0) return false;
    const verb = matchAt(sentence.words, at, imperative.verbs);
    if (verb === 0) return false;
    const next = sentence.words[at + verb];
    return !next || (next.breakBefore === '' && !imperative.notBefore.has(next.norm));
  };

  const isClosedQuestion = (sentence: Sentence, draft: Draft): boolean => {
    if (!closedQuestion || !isQuestion(sentence)) return false;
    const at = bodyOpening(sentence, draft, closedQuestion);
    return at !== undefined && matchAt(sentence.words, at, closedQuestion.openings) > 0;
  };

  /** A link to anything but the rules: one whose address holds a policy word, or whose sentence names a policy, only cites it. */
  const isRouteLink = (sentence: Sentence, link: Link): boolean =>
    !isEmailAddress(link) &&
    !policyWords.all.some((words) => words.every((word) => link.target.toLowerCase().includes(word))) &&
    !contains(sentence.words, policyWords);

  const showsPiece = (sentence: Sentence, draft: Draft, context: RuleContext): boolean => {
    const { kind } = context;
    if (context.matches(sentence).length > 0) return true;
    if (applies(signals.imperative, kind) && isImperative(sentence, draft)) return true;
    if (applies(signals.closedQuestion, kind) && isClosedQuestion(sentence, draft)) return true;
    if (applies(signals.emailAddress, kind) && sentence.links.some(isEmailAddress)) return true;
    if (applies(signals.link, kind) && sentence.block.role !== 'cell' && sentence.links.some((link) => isRouteLink(sentence, link)))
      return true;
    if (applies(signals.menuPath, kind) && MENU_ARROW.test(sentence.text) && MENU_PATH.test(sentence.text)) return true;
    return applies(signals.nextSectionHeading, kind) && sentence.block.role === 'heading' && matchAt(sentence.words, 0, headings) > 0;
  };

  return (draft, context) => sentencesIn(draft, context.text, place).find((sentence) => showsPiece(sentence, draft, context));
}
