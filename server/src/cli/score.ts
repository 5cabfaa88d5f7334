import type { Severity } from '../engine/model';

/** Penalty points of one finding, by severity (hints cost nothing: they are suggestions). */
export const SCORE_WEIGHTS: Readonly<Record<Severity, number>> = { error: 10, warning: 4, info: 1, hint: 0 };
/** Penalties are counted per this many words; a shorter draft counts as this long. */
const WORDS_PER_UNIT = 100;
/** The penalty density (points per 100 words) at which a score is 50. */
const HALF_SCORE_DENSITY = 10;

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** Characters that join two runs of letters and digits into one word: ' ’ . - */
const JOINERS = new Set([0x27, 0x2019, 0x2e, 0x2d]);

/** A letter or digit; ASCII is decided without a Unicode pattern, which is slow on text with any character beyond ASCII. */
function isWordCharacter(codePoint: number): boolean {
  if (codePoint >= 128) return WORD_CHARACTER.test(String.fromCodePoint(codePoint));
  const lower = codePoint | 32;
  return (codePoint >= 48 && codePoint <= 57) || (lower >= 97 && lower <= 122);
}

/**
 * Words in a text: runs of letters and digits, joined by an apostrophe, a dot or a hyphen
 * between two of them ("e-mail", "help.example.com"). Counted in one pass over code points,
 * without a match array or a string per character: the JSON report counts every draft's words.
 */
export function countWords(text: string): number {
  let words = 0;
  let previous: 'word' | 'joiner' | 'other' = 'other';
  for (let at = 0; at < text.length; at++) {
    const codePoint = text.codePointAt(at) as number;
    if (codePoint > 0xffff) at++;
    if (isWordCharacter(codePoint)) {
      if (previous === 'other') words++;
      previous = 'word';
    } else previous = previous === 'word' && JOINERS.has(codePoint) ? 'joiner' : 'other';
  }
  return words;
}

/**
 * A draft's tone score, 0–100: 100 × 10 / (10 + density), where density is the draft's penalty
 * points (error 10, warning 4, info 1, hint 0; draft checks such as a missing apology are
 * findings too) per 100 words, a draft under 100 words counting as 100. Rounded to a whole number.
 */
export function draftScore(counts: Readonly<Record<Severity, number>>, words: number): number {
  const penalty = (Object.keys(SCORE_WEIGHTS) as Severity[]).reduce((sum, severity) => sum + counts[severity] * SCORE_WEIGHTS[severity], 0);
  const density = penalty / Math.max(1, words / WORDS_PER_UNIT);
  return Math.round((100 * HALF_SCORE_DENSITY) / (HALF_SCORE_DENSITY + density));
}

/** A document's score: its drafts' scores weighted by their length (at least 100 words each); 100 without drafts. */
export function documentScore(drafts: readonly { score: number; words: number }[]): number {
  if (drafts.length === 0) return 100;
  const weight = (draft: { words: number }) => Math.max(WORDS_PER_UNIT, draft.words);
  const total = drafts.reduce((sum, draft) => sum + weight(draft), 0);
  return Math.round(drafts.reduce((sum, draft) => sum + draft.score * weight(draft), 0) / total);
}
