import { parsePattern } from '../../engine/phrases';

/**
 * Hebrew writes its one-letter prepositions, article and conjunctions as prefixes of the next word:
 * ו (and), ה (the), ב (in), ל (to), מ (from), ש (that), כ (as), in clusters such as וכש (and when)
 * or שה (that the). A phrase may be preceded by any cluster of an optional ו, then one of ש, כש or
 * מ, then one of ה, ב, ל or כ.
 */
export const PREFIX_CLUSTERS: readonly string[] = ['', 'ו']
  .flatMap((and) => ['', 'ש', 'כש', 'מ'].flatMap((that) => ['', 'ה', 'ב', 'ל', 'כ'].map((the) => and + that + the)))
  .filter((cluster) => cluster !== '');

/** Geresh and gershayim as Hebrew writers type them: the Hebrew marks or the ASCII quotes that stand in for them. */
const GERESH_SPELLINGS: readonly (readonly [string, string])[] = [
  ['\u05f4', '"'],
  ['\u05f3', "'"],
];

/** A pattern word with each geresh or gershayim spelt both ways (הנ״ל and הנ"ל). */
function spellings(word: string): string[] {
  let forms = [word];
  for (const [hebrew, ascii] of GERESH_SPELLINGS)
    if (word.includes(hebrew) || word.includes(ascii))
      forms = forms.flatMap((form) => [form.replaceAll(ascii, hebrew), form.replaceAll(hebrew, ascii)]);
  return [...new Set(forms)];
}

/** A choice of words in every spelling of its gereshes. */
const spelt = (choice: readonly string[]): string[][] =>
  choice.reduce<string[][]>((variants, word) => variants.flatMap((variant) => spellings(word).map((form) => [...variant, form])), [[]]);

/**
 * A Hebrew phrase pattern as the matcher reads it: its first word may carry a prefix cluster
 * (`אשמתך` also matches `ואשמתך`, `שאשמתך`), and every word with a geresh or gershayim is
 * written both ways. The first position must be a word: a pattern that may start with nothing or
 * with any word (`*`) has nothing for a prefix to attach to, so it is refused with an error.
 */
export function hebrewPattern(pattern: string): string {
  const [first, ...rest] = parsePattern(pattern);
  if (first.some((choice) => choice.length === 0 || choice[0] === '*'))
    throw new Error(`Hebrew pattern '${pattern}' starts with an optional group or '*': start it with a word a prefix can attach to`);
  const leading = first.flatMap(spelt).flatMap(([head, ...tail]) => ['', ...PREFIX_CLUSTERS].map((cluster) => [cluster + head, ...tail]));
  const group = (choices: readonly string[][]) => `{${choices.map((choice) => choice.join(' ')).join('|')}}`;
  return [group(leading), ...rest.map((slot) => group(slot.flatMap(spelt)))].join(' ');
}
