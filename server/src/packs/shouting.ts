import { makeFix } from '../engine/fixes';
import { BEYOND_ASCII } from '../engine/language';
import type { Mark, Sentence, Word } from '../engine/model';
import { wordSpan, type RuleContext, type RuleMeta, type SentenceRule } from '../engine/rule';
import acronyms from './acronyms.json';

/** Adjacent "!" and "?" marks joined into runs ("?!?" may arrive as separate marks; "%" then "!!!" stays two). */
export function exclamationRuns(marks: readonly Mark[]): Mark[] {
  const runs: Mark[] = [];
  for (const mark of marks) {
    if (!/^[!?]+$/.test(mark.text)) continue;
    const last = runs.at(-1);
    if (last && last.end === mark.start) runs[runs.length - 1] = { start: last.start, end: mark.end, text: last.text + mark.text };
    else runs.push({ ...mark });
  }
  return runs;
}

/** A run that raises the voice: two or more marks with an "!" among them, or three or more "?". */
export const isStacked = (run: string): boolean => /^[!?]*![!?]+$|^[!?]+![!?]*$|^\?{3,}$/.test(run);

/** The single mark a stacked run becomes: "?" when it asks, else "!". */
export const singleMark = (run: string): string => (run.includes('?') ? '?' : '!');

/**
 * The words a cased pack reads in capitals, as its `shouting.json` writes them: each entry is a
 * line of words separated by spaces.
 */
export interface CapitalWords {
  /** Common words that are shouting when written in capitals, even when short ("Do NOT", "READ"). */
  shouted: readonly string[];
  /** Words that are emphasis even where a label would be fine (bold, a table cell of their own): "Do **NOT** unplug". */
  emphasis: readonly string[];
  /** The pack's own names in capitals, beyond the acronyms every cased pack shares ("PESEL", "OÜ"). */
  names: readonly string[];
  /** Regular expressions a whole word matches when it is a name: the language's date formats ("RRRR-MM-DD"). */
  patterns: readonly string[];
  /**
   * Words after which a word in capitals is a noun, so a name or a label ("drivers from NVIDIA",
   * "the SUMMARY card"), unless it is one of the `shouted` or `emphasis` words.
   */
  nameAfter?: readonly string[];
  /** Words after which words in capitals are what the reader types or writes: "Reply STOP", "write DO NOT BEND on the box". */
  typedAfter?: readonly string[];
  /** Nouns after which words in capitals name a label or an operator: "the SUMMARY card", "the IMPORTANT section", "AND logic". */
  labelNouns?: readonly string[];
  /**
   * RFC 2119 keywords: "The client MUST retry" states a requirement on a system, not a raised voice
   * at the reader, in an article sentence without a reader's pronoun (lower case); a negation after
   * a keyword ("SHOULD NOT") goes with it.
   */
  requirements?: { keywords: readonly string[]; negations: readonly string[]; readers: readonly string[] };
}

/** How a pack words its shouting rule: metadata, stacked marks, and capitals when its script has letter case. */
export interface ShoutingWords extends Omit<RuleMeta, 'id' | 'docs' | 'principle' | 'severity' | 'fixable'> {
  /** The pack's rule documentation link for a rule id. */
  docsUrl: (ruleId: string) => string;
  /** `questions`: whether "???" alone shouts, or only runs with an "!" ("?!", "!!!"). */
  marks: { questions: boolean; message: (run: string, single: string) => string; fixTitle: (single: string) => string };
  /** Phrases that name capitals rather than use them ("write it in ALL CAPS"): their words are never flagged. */
  mentions?: readonly string[];
  /** Left out for a script without letter case (Hebrew): then only stacked marks shout. */
  capitals?: { words: CapitalWords; message: (word: string, quiet: string) => string; fixTitle: (quiet: string) => string };
}

const wordList = (lines: readonly string[]) => new Set(lines.flatMap((line) => line.split(/\s+/)));

/** Two of ! and ?: a sentence without them has no stacked marks. */
const MARK_RUN = /[!?]\s*[!?]/;
/** Two capitals with no small letter between them, or two of ! and ?: a sentence without either cannot shout. */
const MAY_SHOUT = /\p{Lu}[^\p{Ll}\s]*\p{Lu}|[!?]\s*[!?]/u;
/** The same test for ASCII capitals, and a capital beyond ASCII: Unicode classes are slow on text with any non-ASCII character. */
const MAY_SHOUT_ASCII = /[A-Z][^a-z\s]*[A-Z]|[!?]\s*[!?]/;
const CAPITAL_BEYOND_ASCII = /(?![A-Z])\p{Lu}/u;

/** Whether a sentence may shout in capitals or marks: most do not, and are skipped before their words are touched. */
const mayShoutInCapitals = (text: string) =>
  MAY_SHOUT_ASCII.test(text) || (BEYOND_ASCII.test(text) && CAPITAL_BEYOND_ASCII.test(text) && MAY_SHOUT.test(text));

/** Boolean operators, English words in every language's search syntax: names, not emphasis, in a table of filter rules ("NOT lógico"). */
const OPERATORS = wordList(['AND OR NOT']);

/** Operators that end a line join a list of conditions ("- the status is not cached OR"). */
const CONDITION_JOINERS = wordList(['AND OR']);

/**
 * A word right after one of these is a placeholder, tag, handle or extension: `$PROJECT`, `%NAME%`, `{FIRST_NAME}`, `<USERNAME>`,
 * `#TAG`, `@TEAM`, `.NET`.
 */
const PLACEHOLDER_SIGILS = new Set(['$', '%', '{', '<', '#', '@', '.']);

/** Only upper-case letters, apostrophes and hyphens: "DON'T" and "JSON-LD", not "NW-48213", "ERR_TIMEOUT", "U.S." or "YAMLの". */
const ALL_CAPITALS = /^[\p{Lu}'’-]+$/u;
const CAPITALS = /\p{Lu}/gu;

/** A small ASCII letter: most words have one among their first two characters, and are not in capitals. */
const isSmallAscii = (code: number) => code >= 97 && code <= 122;

/**
 * Abbreviations are made of initials, and initials seldom carry a diacritic: four or more capitals
 * with one ("WPŁAĆ", "ÖPPNA", "KÕIK") spell out a word, where four plain ones may well be a name ("KRUS", "HTTP").
 */
const spellsWord = (word: Word) => word.text.length >= 4 && CAPITAL_BEYOND_ASCII.test(word.text);

const isCapitalised = (word: Word) =>
  !isSmallAscii(word.text.charCodeAt(0)) &&
  !isSmallAscii(word.text.charCodeAt(1)) &&
  ALL_CAPITALS.test(word.text) &&
  (word.text.match(CAPITALS) ?? []).length >= 2;

const keyOf = (word: Word) => word.text.replace(/’/g, "'");

function lineAround(text: string, at: number): { line: string; column: number } {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return { line: text.slice(start, end < 0 ? text.length : end), column: at - start };
}

const TABLE_PIPE = /(?<!\\)\|/g;

/** The source of the table cell holding a word, or undefined outside tables. */
function cellAround(context: RuleContext, sentence: Sentence, word: Word): string | undefined {
  const { line, column } = lineAround(context.text, word.start);
  const pipes = [...line.matchAll(TABLE_PIPE)].map((match) => match.index);
  if (pipes.length === 0) return sentence.block.role === 'cell' ? sentence.text : undefined;
  const before = pipes.filter((pipe) => pipe < column).at(-1) ?? -1;
  const after = pipes.find((pipe) => pipe > column) ?? line.length;
  return line.slice(before + 1, after);
}

/** Bold runs on a line: `**…**` or `__…__`. */
const BOLD_RUN = /(\*\*|__)(?=\S)(.+?)\1/g;

/**
 * A word in a bold run with no small letter, exclamation mark or emphasis word: a label or a path set in
 * capitals ("**USERS > ACTIVE USERS**", "**NEW**"), not "**NOT EVER**" or "**WHY!?**".
 */
function isBold(text: string, word: Word, emphasis: ReadonlySet<string>): boolean {
  const { line, column } = lineAround(text, word.start);
  for (const run of line.matchAll(BOLD_RUN)) {
    if (run.index > column) break;
    if (column >= run.index + run[0].length) continue;
    if (/[\p{Ll}!]/u.test(run[2])) return false;
    return !(run[2].replace(/’/g, "'").match(/[\p{L}']+/gu) ?? []).some((other) => emphasis.has(other));
  }
  return false;
}

const endsLine = (text: string, word: Word) => /^[ \t]*(?:\n|$)/.test(text.slice(word.end, word.end + 80));

/** A line of nothing but words in capitals and a colon ("RETURN CONDITIONS:") labels the section below it. */
const LABEL_LINE = /^[ \t]*[\p{Lu}'’ -]+:[ \t]*$/u;
/** A numbered line of nothing but capitals ("4. RIGHT OF WITHDRAWAL — WAIVER", "§1 POSTANOWIENIA OGÓLNE") titles a section of terms. */
const SECTION_TITLE = /^[ \t]*(?:§[ \t]*\d+\.?|\d+(?:\.\d+)*\.?|[IVX]+\.)[ \t]+[\p{Lu}\p{N}'’ ,&/–—-]+$/u;

/** A line of one to five words in capitals and nothing else ("REFUND POLICY"): in a help page, a heading set without Markdown. */
const TITLE_LINE = /^[ \t]*[\p{Lu}\p{N}'’&/,–—-]+(?:[ \t]+[\p{Lu}\p{N}'’&/,–—-]+){0,4}[ \t]*$/u;

/** A line in capitals that names a numbered part ("ANNEX NO. 2 – RETURN FORM", "ZAŁĄCZNIK NR 1 – WZÓR FORMULARZA"). */
const NUMBERED_PART_LINE = /^[ \t]*\p{Lu}+\.?(?:[ \t]+\p{Lu}+\.?)?[ \t]+(?:\d+|[IVX]+)\.?(?=[ \t]|$)[\p{Lu}\p{N}'’ ,.&/:–—-]*$/u;

/**
 * A label or section title in capitals on a line of its own; in an article also a bare title line or a numbered
 * part's title, where a reply would rather shout a line ("ACCOUNT CLOSED").
 */
const isTitle = (context: RuleContext, word: Word) => {
  const { line } = lineAround(context.text, word.start);
  return (
    LABEL_LINE.test(line) ||
    SECTION_TITLE.test(line) ||
    (context.kind === 'article' && (TITLE_LINE.test(line) || NUMBERED_PART_LINE.test(line)))
  );
};

/** A term in capitals opening a line and defined after a dash ("CONSUMER – a natural person who…"): a glossary's headword. */
const DEFINED_TERM = /^[ \t]*[\p{Lu}'’ -]+?[ \t]+[–—][ \t]/u;

const isDefinedTerm = (text: string, word: Word) => {
  const { line, column } = lineAround(text, word.start);
  const term = DEFINED_TERM.exec(line);
  return term !== null && column < term[0].length;
};

/**
 * An article set mostly in capitals (terms of sale typed in capitals throughout): there capitals are the page's
 * typography, and no word stands out by them.
 */
function isSetInCapitals(sentences: readonly Sentence[]): boolean {
  let words = 0;
  let capitalised = 0;
  for (const sentence of sentences) {
    const counts = sentence.remember(CAPITALS_COUNT_KEY, () => capitalsCount(sentence));
    words += counts.words;
    capitalised += counts.capitalised;
  }
  return words >= 40 && capitalised * 2 >= words;
}

/** The key of a sentence's count of words in capitals, kept with the sentence so a re-check after an edit counts only what changed. */
const CAPITALS_COUNT_KEY = {};

function capitalsCount(sentence: Sentence): { words: number; capitalised: number } {
  let words = 0;
  let capitalised = 0;
  for (const word of sentence.words) {
    if (word.text.length < 2) continue;
    words++;
    if (isCapitalised(word)) capitalised++;
  }
  return { words, capitalised };
}

/** "Completely Automated Public Turing test (CAPTCHA)": an abbreviation being introduced. */
const isParenthesised = (text: string, word: Word) => text[word.start - 1] === '(' && text[word.end] === ')';

/** An operator in an example query: between small-letter words in a link's text or in brackets ("(red AND shoes)"). */
function isQueryOperator(text: string, sentence: Sentence, word: Word): boolean {
  const { line, column } = lineAround(text, word.start);
  const between = /\p{Ll}\S*\s+$/u.test(line.slice(0, column)) && /^\S*\s+\p{Ll}/u.test(line.slice(column + word.text.length));
  const inLink = sentence.links.some((link) => link.start <= word.start && word.end <= link.end);
  const opened = line.lastIndexOf('(', column);
  const inBrackets = opened >= 0 && !line.slice(opened, column).includes(')') && line.indexOf(')', column) > 0;
  return between && (inLink || inBrackets);
}

const CODE = /```[\s\S]*?```|`[^`\n]+`/g;

/** Words in capitals inside code (`` `USERNAME` ``, a fenced command line): names the page defines for itself. */
function capitalisedWordsInCode(text: string): Set<string> {
  const names = new Set<string>();
  for (const code of text.matchAll(CODE))
    for (const token of code[0].matchAll(/[\p{L}'’-]+/gu)) if (ALL_CAPITALS.test(token[0])) names.add(token[0].replace(/’/g, "'"));
  return names;
}

/**
 * Words in capitals a page uses as names: those inside code, and those its sentences write in capitals more than once (a
 * brand such as NVIDIA, a screen's labels): emphasis is seldom repeated word for word. Read from the parsed words, so a
 * re-check after an edit does not scan the text again.
 */
function namesOfPage(context: RuleContext): { inCode: Set<string>; repeated: Set<string> } {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const sentence of context.sentences)
    for (const word of sentence.words) if (isCapitalised(word)) (seen.has(keyOf(word)) ? repeated : seen).add(keyOf(word));
  return { inCode: capitalisedWordsInCode(context.text), repeated };
}

type PageNames = ReturnType<typeof namesOfPage>;

/** How a pack tells a word in capitals that raises the voice from one that names something. */
interface CapitalsReader {
  /**
   * A word in capitals that is no name reads as shouting if it is a common word, long, spelled
   * with a diacritic, or next to another such word ("DO NOT", not "NIST, COBIT"). Reads only the
   * sentence's words, so its verdict keeps with the parse.
   */
  isShouted(words: readonly Word[], index: number): boolean;
  /** Whether a shouted word shouts on its own, not only beside another word in capitals. */
  shoutsAlone(word: Word): boolean;
  /** Whether a shouted word is a name, label, placeholder, operator or requirement keyword in its place in the document. */
  isQuiet(context: RuleContext, sentence: Sentence, index: number, pageNames: () => PageNames): boolean;
}

function capitalsReader(words: CapitalWords): CapitalsReader {
  /** Upper-case words that are names, not emphasis. Extend with `allowPhrases`. */
  const names = wordList([...acronyms.names, ...acronyms.placeholders, ...words.names]);
  const namePatterns = [...acronyms.patterns, ...words.patterns].map((pattern) => new RegExp(pattern));
  const shouted = wordList(words.shouted);
  const emphasis = wordList(words.emphasis);
  const nameAfter = wordList(words.nameAfter ?? []);
  const typedAfter = wordList(words.typedAfter ?? []);
  const labelNouns = wordList(words.labelNouns ?? []);
  const requirements = words.requirements && {
    keywords: wordList(words.requirements.keywords),
    negations: wordList(words.requirements.negations),
    readers: wordList(words.requirements.readers),
  };

  const shoutsAlone = (word: Word) => shouted.has(keyOf(word)) || word.text.length >= 6 || spellsWord(word);
  const isName = (word: Word) => names.has(keyOf(word)) || namePatterns.some((pattern) => pattern.test(word.text));

  /** "SHOULD NOT deliver" in an article sentence that does not address the reader. */
  function isRequirementKeyword(context: RuleContext, sentence: Sentence, index: number): boolean {
    if (!requirements || context.kind !== 'article' || sentence.words.some((word) => requirements.readers.has(word.norm))) return false;
    const key = keyOf(sentence.words[index]);
    const previous = sentence.words[index - 1];
    return (
      requirements.keywords.has(key) ||
      (requirements.negations.has(key) && previous !== undefined && requirements.keywords.has(keyOf(previous)))
    );
  }

  return {
    isShouted(sentenceWords, index) {
      const isLoud = (word: Word | undefined) => word !== undefined && isCapitalised(word) && !isName(word);
      const word = sentenceWords[index];
      if (!isLoud(word)) return false;
      if (shoutsAlone(word)) return true;
      const next = sentenceWords[index + 1];
      return (word.breakBefore === '' && isLoud(sentenceWords[index - 1])) || (next?.breakBefore === '' && isLoud(next));
    },
    shoutsAlone,
    isQuiet(context, sentence, index, pageNames) {
      const word = sentence.words[index];
      const key = keyOf(word);
      const common = shouted.has(key) || emphasis.has(key);
      const { first, last } = capitalsRun(sentence.words, index);
      const before = sentence.words[first - 1]?.norm ?? '';
      if (typedAfter.has(before) || labelNouns.has(sentence.words[last + 1]?.norm ?? '')) return true;
      if ((!common || OPERATORS.has(key)) && nameAfter.has(before)) return true;
      if (!common && pageNames().repeated.has(key)) return true;
      if (PLACEHOLDER_SIGILS.has(context.text[word.start - 1]) || inMarkerLine(context.text, word)) return true;
      const cell = cellAround(context, sentence, word);
      if (OPERATORS.has(key) && (cell !== undefined || isQueryOperator(context.text, sentence, word))) return true;
      if (CONDITION_JOINERS.has(key) && endsLine(context.text, word)) return true;
      if (isRequirementKeyword(context, sentence, index)) return true;
      if (emphasis.has(key)) return false;
      const isWholeCell = cell?.replace(/[*_`\s]/g, '') === word.text;
      return (
        isBold(context.text, word, emphasis) ||
        isWholeCell ||
        isParenthesised(context.text, word) ||
        isTitle(context, word) ||
        isDefinedTerm(context.text, word) ||
        pageNames().inCode.has(key)
      );
    },
  };
}

/** The words in capitals side by side around a word ("DO NOT BEND"), as indexes of the first and the last. */
function capitalsRun(words: readonly Word[], index: number): { first: number; last: number } {
  let first = index;
  let last = index;
  while (first > 0 && words[first].breakBefore === '' && isCapitalised(words[first - 1])) first--;
  while (last + 1 < words.length && words[last + 1].breakBefore === '' && isCapitalised(words[last + 1])) last++;
  return { first, last };
}

/** A word inside a marker line of dashes: "-----BEGIN CERTIFICATE-----", "-- CUT HERE --". */
const inMarkerLine = (text: string, word: Word) =>
  /--[ \t]?$/.test(text.slice(Math.max(0, word.start - 3), word.start)) || /^[ \t]?--/.test(text.slice(word.end, word.end + 3));

/** A run of marks that closes a quoted phrase ("BEST DEAL!!!" given as an example): someone else's voice, as quoted words are. */
const endsQuotation = (text: string, sentence: Sentence, run: Mark) =>
  /^["”»]/.test(text.slice(run.end, run.end + 1)) && sentence.words.some((word) => word.end === run.start && word.inQuotes);

/** The first words of a long stretch, for a message: "YOU AGREE THAT THE…". */
function brief(text: string): string {
  const words = text.split(/\s+/);
  return words.length > 6 ? `${words.slice(0, 5).join(' ')}…` : text;
}

/**
 * One finding for the words in capitals from `first` to `last`, with one fix that writes those of `indexes` in small
 * letters (the first word of the sentence keeps its capital).
 */
function reportCapitals(
  context: RuleContext,
  sentence: Sentence,
  indexes: readonly number[],
  [first, last]: [number, number],
  { message, fixTitle }: Pick<NonNullable<ShoutingWords['capitals']>, 'message' | 'fixTitle'>,
): void {
  const span = wordSpan(sentence, first, last);
  const edits = indexes
    .filter((index) => first <= index && index <= last)
    .map((index) => {
      const { start, end, text } = sentence.words[index];
      const lower = text.toLowerCase();
      return { start, end, newText: index === 0 ? text.charAt(0) + lower.slice(1) : lower };
    });
  const quiet = edits.map((edit, at) => (at === 0 ? '' : context.text.slice(edits[at - 1].end, edit.start)) + edit.newText).join('');
  const loudText = context.text.slice(span.start, span.end);
  context.report({ ...span, message: message(brief(loudText), brief(quiet)), fixes: [makeFix(fixTitle(brief(quiet)), edits)] });
}

/** Runs of consecutive word indexes whose words follow each other with no punctuation between them, as [first, last]. */
function adjacentRuns(words: readonly Word[], indexes: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const index of indexes) {
    const last = runs.at(-1);
    if (last && last[1] === index - 1 && words[index].breakBefore === '') last[1] = index;
    else runs.push([index, index]);
  }
  return runs;
}

/**
 * What may shout in a sentence, read once per parse (none of it depends on where the sentence sits): its words in capitals
 * that read as shouting and are no name, and whether it has a stacked run of marks.
 */
interface LoudParts {
  shouted: number[];
  stackedMarks: boolean;
}

const QUIET_SENTENCE: LoudParts = { shouted: [], stackedMarks: false };

/**
 * A pack's `no-shouting` rule: words in capitals that raise the voice (for a cased script; acronyms,
 * names, labels and quoted messages aside), fixed to small letters, and stacked "!!!" and "?!",
 * fixed to one mark.
 */
const SHOUTING_ID = 'no-shouting';

export function shoutingRule(wording: ShoutingWords): SentenceRule {
  const { marks, capitals, mentions = [], docsUrl, ...meta } = wording;
  const inCapitals = capitals && { ...capitals, reader: capitalsReader(capitals.words) };
  const mayShout = inCapitals ? mayShoutInCapitals : (text: string) => MARK_RUN.test(text);
  const isStackedRun = (run: Mark) => isStacked(run.text) && (marks.questions || run.text.includes('!'));
  /** The key of a sentence's loud parts: this rule's own, since what shouts differs by pack. */
  const loudPartsKey = {};

  function loudParts(sentence: Sentence): LoudParts {
    if (!mayShout(sentence.text)) return QUIET_SENTENCE;
    const { words } = sentence;
    const shouted = inCapitals
      ? words.flatMap((word, index) => (!word.inQuotes && inCapitals.reader.isShouted(words, index) ? [index] : []))
      : [];
    const stackedMarks = MARK_RUN.test(sentence.text) && exclamationRuns(sentence.marks).some(isStackedRun);
    return shouted.length > 0 || stackedMarks ? { shouted, stackedMarks } : QUIET_SENTENCE;
  }

  return {
    ...meta,
    id: SHOUTING_ID,
    docs: docsUrl(SHOUTING_ID),
    principle: 'P8',
    severity: 'warning',
    fixable: true,
    scope: 'sentence',
    phrases: mentions.map((pattern) => ({ pattern, ignore: true })),
    check(context) {
      let names: PageNames | undefined;
      const pageNames = () => (names ??= namesOfPage(context));
      let typeset: boolean | undefined;
      const setInCapitals = () => (typeset ??= context.kind === 'article' && isSetInCapitals(context.sentences));
      for (const sentence of context.sentences) {
        const loud = sentence.remember(loudPartsKey, () => loudParts(sentence));
        if (loud === QUIET_SENTENCE) continue;
        if (inCapitals && !setInCapitals()) {
          const { reader } = inCapitals;
          const { words } = sentence;
          const flaggable = loud.shouted.filter((index) => !context.allowed(sentence, index));
          // A sentence in capitals throughout (a disclaimer, a notice) shouts as a whole, whatever each word's place: one finding.
          // A title line in capitals is typography, so its words are read one by one.
          const throughout = flaggable.filter((index) => !isTitle(context, words[index]));
          if (throughout.length >= 4 && throughout.length >= words.length * 0.6) {
            reportCapitals(context, sentence, flaggable, [flaggable[0], flaggable.at(-1)!], inCapitals);
          } else {
            const loudInPlace = flaggable.filter((index) => !reader.isQuiet(context, sentence, index, pageNames));
            // A word loud only beside another ("GNOME MPV") is quiet when that one is a name (".NET MAUI").
            const besideLoud = (index: number, other: number) =>
              loudInPlace.includes(other) && words[Math.max(index, other)].breakBefore === '';
            const kept = loudInPlace.filter(
              (index) => reader.shoutsAlone(words[index]) || besideLoud(index, index - 1) || besideLoud(index, index + 1),
            );
            // Words in capitals side by side shout as one phrase ("DO NOT"): one finding, one fix for all of them.
            for (const run of adjacentRuns(words, kept)) reportCapitals(context, sentence, kept, run, inCapitals);
          }
        }
        for (const run of loud.stackedMarks ? exclamationRuns(sentence.marks).filter(isStackedRun) : []) {
          if (endsQuotation(context.text, sentence, run)) continue;
          const span = { start: run.start, end: run.end };
          const single = singleMark(run.text);
          context.report({
            ...span,
            message: marks.message(run.text, single),
            fixes: [makeFix(marks.fixTitle(single), [{ ...span, newText: single }])],
          });
        }
      }
    },
  };
}
