import { makeFix } from '../../../engine/fixes';
import type { Sentence, Word } from '../../../engine/model';
import { wordSpan, type RuleContext, type SentenceRule } from '../../../engine/rule';
import acronyms from '../acronyms.json';
import { exclamationRuns, isStacked, singleMark } from '../../stackedMarks';
import { docsUrl } from '../docs';

const wordList = (lines: readonly string[]) => new Set(lines.flatMap((line) => line.split(/\s+/)));

/** Upper-case words that are names, not emphasis. Extend with `allowPhrases`. */
const NAMES = wordList([...acronyms.names, ...acronyms.placeholders]);
const NAME_PATTERNS = acronyms.patterns.map((pattern) => new RegExp(pattern));

/** Two capitals with no small letter between them, or two of ! and ?: a sentence without either cannot shout. */
const MAY_SHOUT = /\p{Lu}[^\p{Ll}\s]*\p{Lu}|[!?]\s*[!?]/u;
/** The same test for ASCII capitals, and a capital beyond ASCII: Unicode classes are slow on text with any non-ASCII character. */
const MAY_SHOUT_ASCII = /[A-Z][^a-z\s]*[A-Z]|[!?]\s*[!?]/;
const CAPITAL_BEYOND_ASCII = /(?![A-Z])\p{Lu}/u;
const BEYOND_ASCII = /[\u0080-\uFFFF]/;

/** Whether a sentence may shout: most do not, and are skipped before their words are touched. */
const mayShout = (text: string) =>
  MAY_SHOUT_ASCII.test(text) || (BEYOND_ASCII.test(text) && CAPITAL_BEYOND_ASCII.test(text) && MAY_SHOUT.test(text));

/** Common words that are shouting when written in capitals, even when short ("Do NOT", "READ"). */
const SHOUTED_WORDS = wordList([
  `NOT NO DO DON'T NEVER ALWAYS MUST NOW ALL ANY YOU YOUR READ PLEASE STOP ONLY VERY REALLY NEED HAVE WILL CAN CAN'T CANNOT
  WON'T DID AGAIN FREE WHY WHAT HOW THE AND OR BUT IS ARE WAS IT THIS THAT MY ME WE OUR SEE NEW BUY SALE TODAY HERE STILL EVER YES`,
]);

/** Words that are emphasis even where a label would be fine (bold, a table cell of their own): "Do **NOT** unplug". */
const EMPHASIS_WORDS = wordList([
  `NOT NO NEVER ALWAYS MUST DO DON'T CAN'T CANNOT WON'T DIDN'T ONLY VERY REALLY STOP NOW IMPORTANT WARNING URGENT FINAL ATTENTION`,
]);

/** Boolean operators: names, not emphasis, in a table of filter rules ("NOT lógico", "`Source` is X AND …"). */
const OPERATORS = wordList(['AND OR NOT']);

/** Operators that end a line join a list of conditions ("- the status is not cached OR"). */
const CONDITION_JOINERS = wordList(['AND OR']);

/** RFC 2119 keywords: "The client MUST retry" states a requirement on a system, not a raised voice at the reader. */
const REQUIREMENT_KEYWORDS = wordList(['MUST SHOULD SHALL MAY REQUIRED RECOMMENDED OPTIONAL']);
const SECOND_PERSON = wordList([`you your yours yourself yourselves you're you'll you've you'd`]);

/** A word right after one of these is a placeholder, tag or handle: `$PROJECT`, `%NAME%`, `{FIRST_NAME}`, `<USERNAME>`, `#TAG`, `@TEAM`. */
const PLACEHOLDER_SIGILS = new Set(['$', '%', '{', '<', '#', '@']);

/** Only upper-case letters, apostrophes and hyphens: "DON'T" and "JSON-LD", not "NW-48213", "ERR_TIMEOUT", "U.S." or "YAMLの". */
const ALL_CAPITALS = /^[\p{Lu}'’-]+$/u;
const CAPITALS = /\p{Lu}/gu;

const isCapitalised = (word: Word) => ALL_CAPITALS.test(word.text) && (word.text.match(CAPITALS) ?? []).length >= 2;

const keyOf = (word: Word) => word.text.replace(/’/g, "'");

const isName = (word: Word) => NAMES.has(keyOf(word)) || NAME_PATTERNS.some((pattern) => pattern.test(word.text));

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

const isBold = (text: string, word: Word) =>
  ['**', '__'].some((marker) => text.startsWith(marker, word.start - marker.length) && text.startsWith(marker, word.end));

const endsLine = (text: string, word: Word) => /^[ \t]*(?:\n|$)/.test(text.slice(word.end, word.end + 80));

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

/** "SHOULD NOT deliver" in an article sentence that does not address the reader. */
function isRequirementKeyword(context: RuleContext, sentence: Sentence, index: number): boolean {
  if (context.kind !== 'article' || sentence.words.some((word) => SECOND_PERSON.has(word.norm))) return false;
  const key = keyOf(sentence.words[index]);
  const previous = sentence.words[index - 1];
  return REQUIREMENT_KEYWORDS.has(key) || (key === 'NOT' && previous !== undefined && REQUIREMENT_KEYWORDS.has(keyOf(previous)));
}

/** Whether a word in capitals is a name, label, placeholder, operator or requirement keyword rather than a raised voice. */
function isQuietCapitals(context: RuleContext, sentence: Sentence, index: number, namesInCode: () => Set<string>): boolean {
  const word = sentence.words[index];
  const key = keyOf(word);
  if (isName(word) || PLACEHOLDER_SIGILS.has(context.text[word.start - 1])) return true;
  const cell = cellAround(context, sentence, word);
  if (OPERATORS.has(key) && (cell !== undefined || isQueryOperator(context.text, sentence, word))) return true;
  if (CONDITION_JOINERS.has(key) && endsLine(context.text, word)) return true;
  if (isRequirementKeyword(context, sentence, index)) return true;
  if (EMPHASIS_WORDS.has(key)) return false;
  const isWholeCell = cell?.replace(/[*_`\s]/g, '') === word.text;
  return isBold(context.text, word) || isWholeCell || isParenthesised(context.text, word) || namesInCode().has(key);
}

/** A capitalised word reads as shouting if it is a common word, long, or next to another capitalised word ("DO NOT", not "NIST, COBIT"). */
function isShouted(words: readonly Word[], index: number): boolean {
  const word = words[index];
  if (SHOUTED_WORDS.has(keyOf(word)) || word.text.length >= 6) return true;
  const isLoud = (neighbour: Word | undefined) => neighbour !== undefined && isCapitalised(neighbour) && !isName(neighbour);
  const next = words[index + 1];
  return (word.breakBefore === '' && isLoud(words[index - 1])) || (next?.breakBefore === '' && isLoud(next));
}

/** What may shout in a sentence: the indexes of its words in capitals, and whether it has runs of ! and ?. */
interface LoudParts {
  capitalised: number[];
  markRuns: boolean;
}

/** Per sentence that may shout, kept across re-checks of an edited document (the key lives as long as the sentence's parse). */
const LOUD_PARTS = new WeakMap<object, LoudParts>();

/** A sentence's loud parts, or undefined when it cannot shout. */
function loudParts(sentence: Sentence): LoudParts | undefined {
  if (!mayShout(sentence.text)) return undefined;
  let parts = LOUD_PARTS.get(sentence.cacheKey);
  if (!parts) {
    const capitalised: number[] = [];
    sentence.words.forEach((word, index) => isCapitalised(word) && capitalised.push(index));
    LOUD_PARTS.set(sentence.cacheKey, (parts = { capitalised, markRuns: /[!?]\s*[!?]/.test(sentence.text) }));
  }
  return parts;
}

export const noShouting: SentenceRule = {
  id: 'no-shouting',
  scope: 'sentence',
  summary: 'ALL-CAPS emphasis and "!!!" (acronyms and quoted error messages are fine)',
  principle: 'P8',
  why: 'Capitals and stacked exclamation marks read as shouting; the customer hears anger, not emphasis.',
  severity: 'warning',
  fixable: true,
  docs: docsUrl('no-shouting'),
  example: { bad: 'Do NOT unplug the hub during the update!!!', good: 'Keep the hub plugged in during the update.' },
  headline: 'Shouts at Customer',
  rank: 6,
  label: 'shouting',
  phrases: [],
  check(context) {
    let namesInCode: Set<string> | undefined;
    const codeNames = () => (namesInCode ??= capitalisedWordsInCode(context.text));
    for (const sentence of context.sentences) {
      const loud = loudParts(sentence);
      if (!loud) continue;
      const { words } = sentence;
      for (const index of loud.capitalised) {
        const word = words[index];
        if (word.inQuotes || context.allowed(sentence, index) || !isShouted(words, index)) continue;
        if (isQuietCapitals(context, sentence, index, codeNames)) continue;
        const span = wordSpan(sentence, index);
        const quiet = index === 0 ? word.text.charAt(0) + word.text.slice(1).toLowerCase() : word.text.toLowerCase();
        context.report({
          ...span,
          message: `'${word.text}' reads as shouting: write '${quiet}'.`,
          fixes: [makeFix(`Write '${quiet}'`, [{ ...span, newText: quiet }])],
        });
      }
      for (const run of loud.markRuns ? exclamationRuns(sentence.marks) : []) {
        if (!isStacked(run.text)) continue;
        const span = { start: run.start, end: run.end };
        const single = singleMark(run.text);
        context.report({
          ...span,
          message: `'${run.text}' reads as shouting: one '${single}' is plenty.`,
          fixes: [makeFix(`Replace with '${single}'`, [{ ...span, newText: single }])],
        });
      }
    }
  },
};
