import { normalizeWord, type PhraseMatch } from '../engine/phrases';
import type { RuleContext } from '../engine/rule';
import type { Sentence, Word } from '../engine/model';

/** A context test on a phrase match: true when the match should be flagged. */
type Condition = (sentence: Sentence, match: PhraseMatch, context: RuleContext) => boolean;

/**
 * The closed set of context conditions a phrase rule can name in `when`. Each reads the rule's
 * own marker phrases (entries with a `role`), the sentence's place in the document or the pack's
 * lexicon, so the same condition serves every rule and every language.
 */
export const CONDITIONS = {
  /** Only as an order: at the start of a sentence or clause, or after a lead-in such as "so" or "just" ("Upgrade today"). */
  imperative: (sentence, match, { lexicon }) => {
    const { words } = sentence;
    const previous = words[match.firstWord - 1];
    return (
      !previous || words[match.firstWord].breakBefore !== '' || previous.text.endsWith('.') || lexicon.imperativeLeadIns.has(previous.norm)
    );
  },
  /** Not when the sentence also gives a concrete time: digits, or a `concrete-time` marker ("by Friday"). */
  noConcreteTime: (sentence, _match, context) =>
    !sentence.words.some((word) => /\d/.test(word.text)) && !hasMarker(context, sentence, 'concrete-time'),
  /** Not when an `agent` marker right after the phrase says who acted ("… suspended by our fraud team"). */
  noNamedAgent: (sentence, match, context) => {
    const next = match.lastWord + 1;
    if (sentence.words[next]?.breakBefore !== '') return true;
    return !context.matches(sentence).some((marker) => marker.entry.role === 'agent' && marker.firstWord === next);
  },
  /** Only at the start of a sentence or clause: "That is not allowed." but not "a domain that is not allowed to federate". */
  clauseInitial: (sentence, match, { lexicon }) => {
    const previous = sentence.words[match.firstWord - 1];
    return !previous || sentence.words[match.firstWord].breakBefore !== '' || lexicon.clauseOpeners.has(previous.norm);
  },
  /** Not in a question: it asks, or repeats the reader's own words ("Why am I unable to log in?"). */
  notQuestion: (sentence) => !isQuestion(sentence),
  /** Not after "if" or "whether" in the same clause: a hypothesis, not a verdict ("If you're confused whether …"). */
  notConditional: (sentence, match, { lexicon }) =>
    !clauseBefore(sentence.words, match.firstWord).some((word) => lexicon.conditionals.has(word.norm)),
  /** Not after a wish ("we hope to have it back soon"): hope promises nothing, so it is not a vague promise. */
  notWish: (sentence, match, { lexicon }) =>
    !sentence.words.slice(Math.max(0, match.firstWord - CLAUSE_REACH), match.firstWord).some((word) => lexicon.wishes.has(word.norm)),
  /**
   * Not in a negated clause: "we won't get to it in the near future" limits or refuses rather than promising
   * vaguely. A clause break or a word that opens a clause ("but") ends the look back.
   */
  notNegated: (sentence, match, { lexicon }) =>
    !clauseBefore(sentence.words, match.firstWord, lexicon.clauseOpeners).some((word) => lexicon.negations.has(word.norm)),
  /** Not inside the reader's own plans ("if you plan to downgrade in the near future"). */
  notReadersPlan: (sentence, match, { lexicon }) => {
    const { words } = sentence;
    for (let at = Math.max(1, match.firstWord - CLAUSE_REACH); at < match.firstWord; at++) {
      const reader = words.slice(Math.max(0, at - 2), at).some((word) => lexicon.readerPronouns.has(word.norm));
      if (reader && lexicon.intentions.has(words[at].norm)) return false;
    }
    return true;
  },
  /** Not when the sentence is about another company's product: "upgrade your Wix account" is their requirement, not our sale. */
  notThirdPartyProduct: (sentence, match, { lexicon }) => {
    const { words } = sentence;
    const from = Math.max(0, match.firstWord - CLAUSE_REACH);
    return !words.slice(from, match.lastWord + CLAUSE_REACH).some((word, offset) => {
      const at = from + offset;
      if (word.norm !== 'your') return false;
      let next = at + 1;
      while (next < words.length && /^\p{Lu}/u.test(words[next].text) && next - at <= 2) next++;
      return next > at + 1 && lexicon.accountNouns.has(words[next]?.norm);
    });
  },
  /** Not someone else's words: a blockquote in an article (a quotation), or a phrase in quotation marks. */
  notQuotation: (sentence, match, context) => !(context.kind === 'article' && sentence.block.quoted) && !inQuotationMarks(sentence, match),
  /** Not a setting name, UI label or button text: a short capitalised bold, code-like or quoted run with no "we" or "you" in it. */
  notUiLabel: (sentence, match, context) => {
    const start = sentence.words[match.firstWord].start;
    const end = sentence.words[match.lastWord].end;
    const before = context.text.slice(Math.max(0, start - LABEL_REACH), start);
    const after = context.text.slice(end, end + LABEL_REACH);
    return !LABEL_DELIMITERS.some(([open, close]) => {
      const opened = before.lastIndexOf(open);
      const closed = after.indexOf(close);
      if (opened < 0 || closed < 0) return false;
      const run = before.slice(opened + open.length) + context.text.slice(start, end) + after.slice(0, closed);
      const words = run.split(/[^\p{L}\p{N}'’]+/u).filter(Boolean);
      // At the start of a sentence a capital says nothing: there the run must stand alone ("**Label** — what it does").
      const opensSentence = start - before.length + opened + open.length <= sentence.words[0].start;
      const standsAlone = /^\s*([—–:|]|$)/m.test(after.slice(closed + close.length));
      return (
        !run.includes('\n') &&
        (!opensSentence || standsAlone) &&
        /^\p{Lu}/u.test(words[0] ?? '') &&
        words.length <= MAX_LABEL_WORDS &&
        !words.some((word) => context.lexicon.personalPronouns.has(normalizeWord(word)))
      );
    });
  },
  /** Not in a link's text: it names the page or section it points to ("- [Why am I unable to log in?](#log-in)"). */
  notLinkText: (sentence, match) => {
    const start = sentence.words[match.firstWord].start;
    const end = sentence.words[match.lastWord].end;
    return !sentence.links.some((link) => link.start <= start && end <= link.end);
  },
  /** Only right before a link: "as per [the community rules](…)" cites a page of rules, "as per your message" does not. */
  beforeLink: (sentence, match) => {
    const next = sentence.words[match.lastWord + 1];
    return next !== undefined && sentence.links.some((link) => link.start <= next.start && next.end <= link.end);
  },
  /** Only in replies: a reprimand needs someone who did it, and in an article it states a norm ("Please don't post …"). */
  onlyInReplies: (_sentence, _match, context) => context.kind === 'reply',
  /** Not in a heading: headings name a topic or repeat the reader's question. */
  notInHeading: (sentence) => sentence.block.role !== 'heading',
  /** Not in a table cell: cells hold values and labels, not the writer's voice. */
  notInTable: (sentence) => sentence.block.role !== 'cell',
  /** Not an FAQ answer: a sentence-opening "No" right after a question answers it ("Will I be charged twice? No."). */
  notFaqAnswer: (sentence, match, context) => match.firstWord > 0 || !followsQuestion(sentence, context),
  /**
   * Only as the sentence's first word, set off by a comma, full stop, exclamation mark or semicolon: an answer
   * ("Nie, …", "Nej.", "Ei!"), not a negation that opens a clause ("Nie ma problemu", "Ei saa").
   */
  openingAnswer: (sentence, match) => match.firstWord === 0 && setOffByMark(sentence, match.lastWord),
  /**
   * Not when a `reassurance` marker follows, in the sentence or, when the match is all the sentence says, in
   * the next one of the draft: an answer with good news ("Nej, du behöver inte göra något"; "Ei. Midagi ei kadunud.").
   */
  noReassurance: (sentence, match, context) => {
    if (context.matches(sentence).some((other) => other.entry.role === 'reassurance' && other.firstWord > match.lastWord)) return false;
    const next = context.sentences[sentence.index + 1];
    const alone = match.lastWord === sentence.words.length - 1;
    return !(alone && next?.draft === sentence.draft && hasMarker(context, next, 'reassurance'));
  },
  /** Not when without/unless/until follows within a few words: a requirement, not a refusal ("not able to help without a log"). */
  noRequirementAfter: (sentence, match, { lexicon }) =>
    !sentence.words.slice(match.lastWord + 1, match.lastWord + 1 + REQUIREMENT_REACH).some((word) => lexicon.requirements.has(word.norm)),
  /** Not a past-tense reason clause: "as we were unable to process the payment" explains, it does not refuse. */
  notPastReason: (sentence, match, { lexicon }) => {
    const before = sentence.words[match.firstWord - 1];
    const matched = sentence.words.slice(match.firstWord, match.lastWord + 1);
    return !(before && lexicon.reasons.has(before.norm) && matched.some((word) => lexicon.pastAuxiliaries.has(word.norm)));
  },
  /**
   * Not a limitation explained in an article: after "because" or "means" in the same sentence the
   * writer explains a consequence ("This means that it's not possible to …"), not refusing a request.
   */
  notExplainedInArticle: (sentence, match, context) =>
    context.kind !== 'article' || !sentence.words.slice(0, match.firstWord).some((word) => context.lexicon.consequences.has(word.norm)),
  /** Not a lead-in that a list spells out: "Some purchases are not refundable:" above the items and their reasons. */
  notListLeadIn: (sentence, _match, context) => !LIST_LEAD_IN.test(context.text.slice(sentence.end - 1, sentence.end + LIST_REACH)),
  /**
   * In an article, only where the sentence speaks of what the company or a release will deliver (a `delivery`
   * marker: "we'll", "coming", "will be available"); "bills coming due soon" or "shows starting soon" describe the world.
   */
  deliveryInArticles: (sentence, _match, context) => context.kind !== 'article' || hasMarker(context, sentence, 'delivery'),
  /** Not when the draft goes on to give the reader steps (a `steps` marker): a rule with its way forward is not a shield. */
  notWithSteps: (sentence, _match, context) =>
    !context.sentences.slice(sentence.index).some((later) => later.draft === sentence.draft && hasMarker(context, later, 'steps')),
  /**
   * Not when the writer offers something instead: an `alternative` marker after the match in its
   * sentence, or in the next two sentences of the draft ("We can't refund it, but we can exchange it").
   */
  noAlternativeOffered: (sentence, match, context) => {
    if (context.matches(sentence).some((other) => other.entry.role === 'alternative' && other.firstWord > match.lastWord)) return false;
    const following = context.sentences.slice(sentence.index + 1, sentence.index + 1 + ALTERNATIVE_REACH);
    return !following.some((later) => later.draft === sentence.draft && hasMarker(context, later, 'alternative'));
  },
  /** Only right after an opening parenthesis: a definition in terms ("(hereinafter: the Service)"), not the word in running text. */
  opensParenthesis: (sentence, match) => sentence.words[match.firstWord].breakBefore.endsWith('('),
} satisfies Record<string, Condition>;

export type ConditionName = keyof typeof CONDITIONS;

export const CONDITION_NAMES = Object.keys(CONDITIONS) as ConditionName[];

/** Punctuation that ends a clause between two words. */
const CLAUSE_BREAK = /[,;:—–()]/;

/**
 * The words of the clause before word `index`, nearest first, at most CLAUSE_REACH of them: punctuation that ends a clause
 * stops the look back, and so does a word that opens one ("but") when `openers` are given.
 */
export function clauseBefore(words: readonly Word[], index: number, openers?: ReadonlySet<string>): Word[] {
  const clause: Word[] = [];
  for (let at = index - 1; at >= Math.max(0, index - CLAUSE_REACH); at--) {
    if (CLAUSE_BREAK.test(words[at + 1].breakBefore) || openers?.has(words[at + 1].norm)) break;
    clause.push(words[at]);
  }
  return clause;
}

/** How a bold, underlined, code-like or quoted run opens and closes. */
const LABEL_DELIMITERS = [
  ['**', '**'],
  ['__', '__'],
  ['`', '`'],
  ['"', '"'],
  ['“', '”'],
] as const;

/** How far (in characters) to look for a label's delimiters on either side of a match. */
const LABEL_REACH = 80;

/** How many words after a refusal its condition may come: the verb and its object ("help with this without"). */
const REQUIREMENT_REACH = 2;

/** How many sentences after a refusal may still offer the alternative. */
const ALTERNATIVE_REACH = 2;

/** How many words back a clause may reach for its "if" or "hope" (bounds the work on run-on text). */
const CLAUSE_REACH = 15;

/** Setting names and button labels are short; a longer bold run is emphasised prose. */
const MAX_LABEL_WORDS = 6;

/** A colon closing a line (emphasis may close after it), then a list item on the next line that holds text, in a quote or not. */
const LIST_LEAD_IN = /^[*_]*:[*_]*[ \t]*\r?\n(?:[ \t>]*\r?\n)*[ \t>]*(?:[-*+]|\d+[.)])[ \t]/;
/** How far past a sentence its list is looked for. */
const LIST_REACH = 200;

/** What may follow a question mark at the end of a sentence: closing quotes, brackets, emphasis, space. */
const TRAILING_CLOSERS = ' "\'”’)]*_';

/** The most words a tag question's tag has ("did you", "right"). */
const TAG_WORDS = 2;

/** A heading anchor on its own (`{#billing}`): markup, not a sentence of its own. */
const ANCHOR = /^\{#[^}]*\}$/;

function hasMarker(context: RuleContext, sentence: Sentence, role: string): boolean {
  return context.matches(sentence).some((match) => match.entry.role === role);
}

/** Whether a word of a sentence is followed right away by a comma, full stop, exclamation mark or semicolon ("No," "Nie."). */
export function setOffByMark(sentence: Sentence, wordIndex: number): boolean {
  const { end } = sentence.words[wordIndex];
  const mark = sentence.marks.find((candidate) => candidate.start >= end);
  return mark !== undefined && mark.start === end && /^[,.!;]/.test(mark.text);
}

/** Whether a sentence asks: it ends with a question mark, closing quotes, brackets or a heading anchor aside. */
export function isQuestion(sentence: Sentence): boolean {
  if (endsWithTag(sentence)) return false;
  let text = sentence.text.trimEnd();
  const anchor = text.endsWith('}') ? text.lastIndexOf('{#') : -1;
  if (anchor >= 0) text = text.slice(0, anchor).trimEnd();
  let last = text.length - 1;
  while (last >= 0 && TRAILING_CLOSERS.includes(text[last])) last--;
  return text[last] === '?';
}

/** A tag question ("You didn't read it, did you?") is a statement: its last clause is one or two words. */
function endsWithTag(sentence: Sentence): boolean {
  const { words } = sentence;
  const lastClause = words.findLastIndex((word, at) => at > 0 && word.breakBefore.includes(','));
  return lastClause > 0 && words.length - lastClause <= TAG_WORDS;
}

/** Whether the sentence before this one, in the same draft, is a question. */
function followsQuestion(sentence: Sentence, context: RuleContext): boolean {
  for (let at = sentence.index - 1; at >= 0; at--) {
    const previous = context.sentences[at];
    if (previous.draft !== sentence.draft) return false;
    if (!ANCHOR.test(previous.text.trim())) return isQuestion(previous);
  }
  return false;
}

/** Whether every word of a match is between quotation marks: someone else's words (a quoted message), not the writer's tone. */
export function inQuotationMarks(sentence: Sentence, match: PhraseMatch): boolean {
  return sentence.words.slice(match.firstWord, match.lastWord + 1).every((word) => word.inQuotes);
}

/** Whether a match meets every named condition. */
export function meetsConditions(names: readonly string[], sentence: Sentence, match: PhraseMatch, context: RuleContext): boolean {
  return names.every((name) => CONDITIONS[name as ConditionName](sentence, match, context));
}
