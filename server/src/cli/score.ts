import type { Severity } from '../engine/model';

/** Penalty points of one finding, by severity (hints cost nothing: they are suggestions). */
export const SCORE_WEIGHTS: Readonly<Record<Severity, number>> = { error: 10, warning: 4, info: 1, hint: 0 };
/** Penalties are counted per this many words; a shorter draft counts as this long. */
const WORDS_PER_UNIT = 100;
/** The penalty density (points per 100 words) at which a score is 50. */
const HALF_SCORE_DENSITY = 10;

/** Words in a text: runs of letters and digits, joined by an apostrophe, a dot or a hyphen. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
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
