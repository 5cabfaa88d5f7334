/**
 * Phrase tables, compiled once and matched against each sentence in one pass.
 *
 * Pattern syntax (data in the rule files and in `extraPhrases`/`allowPhrases`): words separated
 * by spaces; `{a|b c}` alternatives, optional when one alternative is empty (`{please|}`);
 * `*` any one word; a word ending in `*` any word that starts with it (`ursäkt*`: `ursäkt`,
 * `ursäkta`, `ursäkten`); a punctuation token such as `,` matches that punctuation between two
 * words, and at a pattern's end it asks for it after the last word, which ends the match
 * ("to confirm ,"). Matching is case-insensitive and reads ’ as '. Phrases are literal words:
 * nothing in them is a regular expression.
 */

import { WORD_JOINER } from './model';

export interface PhraseEntry {
  pattern: string;
  /** Rewrite offered as a quick fix; `''` removes the phrase. */
  replacement?: string;
  /** An exception: it flags nothing and shields its words from the same rule (longest match wins). */
  ignore?: boolean;
  /** Overrides the rule's message for this phrase. */
  message?: string;
  /** The one word of a longer phrase to flag and fix; the other words only qualify the match ("just" in "just click"). */
  focus?: string;
  /** A context marker the rule reads (an offered alternative, a concrete time) rather than a problem to flag. */
  role?: string;
  /** Named conditions (rulekit/conditions.ts) the sentence must meet for this phrase to be flagged. */
  when?: readonly string[];
}

export interface PhraseMatch {
  ruleId: string;
  entry: PhraseEntry;
  /** Index of the first and last matched word in the sentence. */
  firstWord: number;
  lastWord: number;
}

/** What the matcher needs to know of a word. */
export interface MatchableWord {
  norm: string;
  /** Punctuation between this word and the previous one ('' for none): a phrase spans it only if it spells it out ("sorry , but"). */
  breakBefore: string;
}

/** One position of a pattern: alternative word sequences (an empty one when the position is optional). */
export type Slot = string[][];

/**
 * A slot ready for matching: its one-word choices in a set, so a slot of 50 alternatives costs
 * one lookup per token instead of 50 comparisons (phrase matching is the engine's hottest loop).
 */
interface CompiledSlot {
  words: ReadonlySet<string>;
  /** Choices of two or more words. */
  sequences: readonly string[][];
  /** Stems (`przeprasz` of `przeprasz*`): any word starting with one is a choice. */
  stems: readonly string[];
  /** `*` is a choice: any one word. */
  wildcard: boolean;
  /** The empty choice: the slot may match nothing. */
  optional: boolean;
}

interface CompiledPattern {
  ruleId: string;
  entry: PhraseEntry;
  slots: CompiledSlot[];
  /** Some slot is optional or has multi-word choices, so matching can branch: it remembers partial matches. */
  branches: boolean;
  /** Words of which a sentence must hold one for the pattern to match (see `requiredWords`). */
  required: readonly string[] | undefined;
}

/** A sentence as the matcher reads it: words, with the punctuation between them as tokens of their own. */
interface MatchToken {
  norm: string;
  /** Index into the sentence's words; -1 for punctuation. */
  word: number;
}

const WILDCARD = '*';

/** A pattern group of the given choices, for rules that build patterns in code: `anyOf(['a', 'b c'])` is `{a|b c}`. */
export const anyOf = (choices: readonly string[]): string => `{${choices.join('|')}}`;

/** A stem pattern word (`przeprasz*`): at least one letter before the `*`. */
const isStem = (word: string) => word.length > 1 && word.endsWith(WILDCARD);

/** Whether a pattern word matches a token: the same word, any word for `*`, or a word starting with a stem. */
function wordMatches(word: string, token: MatchToken): boolean {
  if (word === WILDCARD) return token.word >= 0;
  if (isStem(word)) return token.word >= 0 && token.norm.startsWith(word.slice(0, -1));
  return token.norm === word;
}

/** A character normalizing may change: most words are lower-case ASCII already, and are their own normal form. */
const NEEDS_NORMALIZING = /[^a-z0-9'.,:;!?&@#%+=/-]/;

/** Normal form used on both sides of a match. */
export function normalizeWord(word: string): string {
  if (!NEEDS_NORMALIZING.test(word)) return word;
  const norm = word.toLowerCase().replace(/[’‘`]/g, "'");
  return norm.includes(WORD_JOINER) ? norm.replaceAll(WORD_JOINER, '') : norm;
}

/** Splits a pattern into slots. Groups are not multiplied out, so large alternations stay cheap. */
export function parsePattern(pattern: string): Slot[] {
  const slots: Slot[] = [];
  for (const part of pattern.matchAll(/\{([^{}]*)\}|[^\s{}]+/g)) {
    if (part[1] === undefined) {
      slots.push([[normalizeWord(part[0])]]);
      continue;
    }
    const choices = part[1].split('|').map((choice) => choice.trim().split(/\s+/).filter(Boolean).map(normalizeWord));
    slots.push(choices);
  }
  return slots;
}

/** Marks a pattern that can end after its first token. */
const END = '\u0000';

/** The first two tokens a pattern can start with (`[word, END]` when one token can complete it). */
function leadingPairs(slots: readonly Slot[], from = 0, taken: string[] = [], out: string[][] = []): string[][] {
  if (taken.length === 2) {
    out.push(taken);
  } else if (from === slots.length) {
    if (taken.length === 1) out.push([taken[0], END]);
  } else {
    for (const choice of slots[from]) {
      const next = [...taken, ...choice.slice(0, 2 - taken.length)];
      if (choice.length > 2 - taken.length) out.push(next);
      else leadingPairs(slots, from + 1, next, out);
    }
  }
  return out;
}

/** How many first-two-token pairs index a pattern: its cost in the phrase index (rule loaders bound it for untrusted rules). */
export function indexEntryCount(slots: readonly Slot[]): number {
  return leadingPairs(slots).length;
}

/**
 * Above this many first words, a pattern is indexed under each first word and any second token: a
 * Hebrew pattern's prefix clusters make forty first words of each, and pairing every one with every
 * second word built over 600,000 keys for the Hebrew pack (a second's wait for its first check).
 */
const MAX_PAIRED_FIRST_WORDS = 64;

/** The words a pattern can start with: its first slot's, and the next slot's where the first may be empty. */
function firstWords(slots: readonly Slot[], from = 0): string[] {
  const words = new Set<string>();
  for (const choice of slots[from] ?? []) {
    if (choice.length > 0) words.add(choice[0]);
    else for (const word of firstWords(slots, from + 1)) words.add(word);
  }
  return [...words];
}

/** All rules' phrase tables, indexed by their first two tokens. Build once per configuration. */
export class PhraseIndex {
  private readonly byLeadingPair = new Map<string, Map<string, CompiledPattern[]>>();
  /** Stem words (`przeprasz*`) that lead a pattern: a token is looked up under each one it starts with. */
  private readonly leadingStems = new Set<string>();
  /**
   * The lengths of those stems (without the `*`) by their first two letters, so a token is cut only
   * where a stem sharing its start may end: most words start like no stem at all.
   */
  private readonly stemLengthsByStart = new Map<string, number[]>();

  constructor(tables: ReadonlyMap<string, readonly PhraseEntry[]>) {
    for (const [ruleId, entries] of tables) {
      for (const entry of entries) {
        const slots = parsePattern(entry.pattern);
        const compiledSlots = slots.map(compileSlot);
        const branches = compiledSlots.some((slot) => slot.optional || slot.sequences.length > 0);
        const compiled: CompiledPattern = { ruleId, entry, slots: compiledSlots, branches, required: requiredWords(slots) };
        const firsts = firstWords(slots);
        // A pattern with many first words waits for its own check on every second token: pairing them all costs more.
        const pairs = firsts.length > MAX_PAIRED_FIRST_WORDS ? firsts.map((first) => [first, WILDCARD]) : leadingPairs(slots);
        for (const [first, second] of pairs) {
          for (const word of [first, second])
            if (isStem(word)) {
              this.leadingStems.add(word);
              const lengths = this.stemLengthsByStart.get(word.slice(0, 2)) ?? [];
              if (!lengths.includes(word.length - 1))
                this.stemLengthsByStart.set(
                  word.slice(0, 2),
                  [...lengths, word.length - 1].sort((a, b) => a - b),
                );
            }
          let bySecond = this.byLeadingPair.get(first);
          if (!bySecond) this.byLeadingPair.set(first, (bySecond = new Map<string, CompiledPattern[]>()));
          const patterns = bySecond.get(second);
          // A pattern's pairs are entered one after another, so a pair it already holds ends the list.
          if (!patterns) bySecond.set(second, [compiled]);
          else if (patterns.at(-1) !== compiled) patterns.push(compiled);
        }
      }
    }
  }

  /**
   * Matches of every rule in one sentence. Per rule, the longest match wins and exceptions
   * (`ignore`) win ties; matches never overlap within a rule. Winning exceptions are returned
   * too, so rules can tell which words an allowed phrase covers.
   */
  match(words: readonly MatchableWord[]): PhraseMatch[] {
    const tokens = toTokens(words);
    const candidates: PhraseMatch[] = [];
    let present: Set<string> | undefined;
    for (let first = 0; first < tokens.length; first++) {
      if (tokens[first].word < 0) continue;
      const second = tokens[first + 1];
      for (const key of this.keysOf(tokens[first], FIRST_EXTRA)) {
        const bySecond = this.byLeadingPair.get(key);
        if (!bySecond) continue;
        for (const secondKey of second === undefined ? LAST_TOKEN_KEYS : this.keysOf(second, SECOND_EXTRA)) {
          for (const pattern of bySecond.get(secondKey) ?? NO_PATTERNS) {
            if (pattern.required !== undefined && !holdsOne(pattern.required, (present ??= new Set(tokens.map((token) => token.norm)))))
              continue;
            let last = longestEnd(pattern.slots, 0, tokens, first, pattern.branches ? new Map() : undefined);
            if (last < first) continue;
            // Punctuation at a pattern's end ("to confirm ,") is context the match needs, not a word it covers.
            if (tokens[last].word < 0) last--;
            candidates.push({ ruleId: pattern.ruleId, entry: pattern.entry, firstWord: tokens[first].word, lastWord: tokens[last].word });
          }
        }
      }
    }
    if (candidates.length === 0) return candidates;
    candidates.sort(
      (a, b) =>
        b.lastWord - b.firstWord - (a.lastWord - a.firstWord) ||
        Number(Boolean(b.entry.ignore)) - Number(Boolean(a.entry.ignore)) ||
        a.firstWord - b.firstWord,
    );
    const taken = new Map<string, PhraseMatch[]>();
    for (const candidate of candidates) {
      const kept = taken.get(candidate.ruleId) ?? [];
      if (kept.some((other) => candidate.firstWord <= other.lastWord && other.firstWord <= candidate.lastWord)) continue;
      kept.push(candidate);
      taken.set(candidate.ruleId, kept);
    }
    return [...taken.values()].flat().sort((a, b) => a.firstWord - b.firstWord);
  }

  /** The index keys a token is found under: its own form, then `extra`, then each leading stem it starts with. */
  private keysOf(token: MatchToken, extra: readonly string[]): string[] {
    const keys = [token.norm, ...extra];
    if (this.leadingStems.size === 0 || token.word < 0) return keys;
    // A one-letter stem ("a*") is keyed by its letter and the `*`, as longer ones by their first two letters.
    for (const start of [token.norm.slice(0, 1) + WILDCARD, token.norm.slice(0, 2)])
      for (const length of this.stemLengthsByStart.get(start) ?? []) {
        if (length > token.norm.length) break;
        const stem = token.norm.slice(0, length) + WILDCARD;
        if (this.leadingStems.has(stem)) keys.push(stem);
      }
    return keys;
  }
}

/** Keys looked up besides a token's own: any word for the first token, any word or the pattern's end for the second. */
const FIRST_EXTRA = [WILDCARD];
const SECOND_EXTRA = [WILDCARD, END];
/** After the last token, only a pattern that can end there, or one whose second word is any word, may match. */
const LAST_TOKEN_KEYS = [WILDCARD, END];
const NO_PATTERNS: readonly CompiledPattern[] = [];

/** Whether a sentence's words hold one of `required`. */
function holdsOne(required: readonly string[], present: ReadonlySet<string>): boolean {
  for (const word of required) if (present.has(word)) return true;
  return false;
}

function toTokens(words: readonly MatchableWord[]): MatchToken[] {
  const tokens: MatchToken[] = [];
  words.forEach((word, index) => {
    if (index > 0 && word.breakBefore !== '') tokens.push({ norm: word.breakBefore, word: -1 });
    tokens.push({ norm: word.norm, word: index });
  });
  return tokens;
}

/**
 * The first words of the smallest slot after the leading one that every match must fill, when each
 * of its choices starts with a literal word (not a stem). A sentence holding none of them cannot match, which
 * spares the walk for patterns led by a common word and a wildcard ("the * … you sent").
 */
function requiredWords(slots: readonly Slot[]): readonly string[] | undefined {
  let smallest: string[] | undefined;
  for (const slot of slots.slice(1)) {
    if (slot.some((choice) => choice.length === 0 || choice[0] === WILDCARD || isStem(choice[0]))) continue;
    const firsts = [...new Set(slot.map(([word]) => word))];
    if (smallest === undefined || firsts.length < smallest.length) smallest = firsts;
  }
  return smallest;
}

function compileSlot(slot: Slot): CompiledSlot {
  const single = slot.filter((choice) => choice.length === 1).map(([word]) => word);
  return {
    words: new Set(single.filter((word) => word !== WILDCARD && !isStem(word))),
    stems: single.filter(isStem).map((word) => word.slice(0, -1)),
    sequences: slot.filter((choice) => choice.length > 1),
    wildcard: slot.some((choice) => choice.length === 1 && choice[0] === WILDCARD),
    optional: slot.some((choice) => choice.length === 0),
  };
}

/**
 * Index of the last token of the longest match of `slots[slot…]` starting at token `at`; `at - 1`
 * when they match nothing; -1 on no match. A pattern that can branch (`memo` given) remembers results
 * per slot and token, so optional groups and alternatives of different lengths cost slots × tokens at
 * worst, never exponential time; one that cannot branch has a single path and needs no memory.
 */
function longestEnd(
  slots: readonly CompiledSlot[],
  slot: number,
  tokens: readonly MatchToken[],
  at: number,
  memo: Map<number, number> | undefined,
): number {
  if (slot === slots.length) return at - 1;
  const key = slot * (tokens.length + 1) + at;
  const known = memo?.get(key);
  if (known !== undefined) return known;
  const { words, stems, sequences, wildcard, optional } = slots[slot];
  let best = optional ? longestEnd(slots, slot + 1, tokens, at, memo) : -1;
  const token = tokens[at];
  const stemMatches = () => token.word >= 0 && stems.some((stem) => token.norm.startsWith(stem));
  if (token && ((wildcard && token.word >= 0) || words.has(token.norm) || (stems.length > 0 && stemMatches())))
    best = Math.max(best, longestEnd(slots, slot + 1, tokens, at + 1, memo));
  for (const sequence of sequences) {
    let position = at;
    let fits = true;
    for (const word of sequence) {
      const next = tokens[position];
      if (!next || !wordMatches(word, next)) {
        fits = false;
        break;
      }
      position++;
    }
    if (fits) best = Math.max(best, longestEnd(slots, slot + 1, tokens, position, memo));
  }
  memo?.set(key, best);
  return best;
}
