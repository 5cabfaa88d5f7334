import { loadEld } from './eld';
import type { LanguageDecision } from './model';
import type { LanguageMarkers } from './pack';

/**
 * Latin-script languages the detector also tells apart although no pack may check them: a
 * Spanish FAQ must read as Spanish (not checked) rather than as English with odd words.
 */
const RECOGNISED_LATIN = ['de', 'es', 'fr', 'it', 'pt', 'nl', 'pl', 'sv', 'et', 'fi', 'da', 'no'];

/** Old or regional codes some tools and front matter still write. */
const ALIASES: Readonly<Record<string, string>> = { iw: 'he', ekk: 'et', nb: 'no', nn: 'no' };

/** The language of a BCP 47 tag or locale (`pl-PL`, `sv_SE`, `he`), or undefined when it is not one. */
export function languageOfTag(tag: string): string | undefined {
  const match = /^\s*['"]?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*['"]?\s*$/.exec(tag);
  if (!match) return undefined;
  const code = match[1].toLowerCase();
  return ALIASES[code] ?? code;
}

/** Made on first use: building it loads locale data (about 15 ms), which most runs never need. */
let names: Intl.DisplayNames | undefined;

/** The English name of a language code ("Polish"); the code itself when Intl has no name for it. */
export function languageName(code: string): string {
  if (code === 'und') return 'an unidentified language';
  let name = NAMES.get(code);
  if (name === undefined) {
    try {
      name = (names ??= new Intl.DisplayNames(['en'], { type: 'language' })).of(code) ?? code;
    } catch {
      name = code;
    }
    NAMES.set(code, name);
  }
  return name;
}

/**
 * Names already looked up: every detected draft's reason names its language, and Intl.DisplayNames is slow to ask.
 * English is known from the start, so an English-only run never loads Intl's locale data.
 */
const NAMES = new Map<string, string>([['en', 'English']]);

/** Scripts that name their language outright, or narrow it to one guess. */
const SCRIPTS: readonly { pattern: RegExp; language?: string; name: string }[] = [
  { pattern: /\p{Script=Hebrew}+/gu, language: 'he', name: 'Hebrew' },
  { pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]+/gu, language: 'ja', name: 'Japanese kana' },
  { pattern: /\p{Script=Hangul}+/gu, language: 'ko', name: 'Hangul' },
  { pattern: /\p{Script=Han}+/gu, name: 'Han' },
  { pattern: /\p{Script=Cyrillic}+/gu, name: 'Cyrillic' },
  { pattern: /\p{Script=Arabic}+/gu, name: 'Arabic' },
  { pattern: /\p{Script=Greek}+/gu, name: 'Greek' },
];

/** At least this many letters before the detector is asked: a two-word line says too little. */
const MIN_LETTERS = 20;
/**
 * Below this many letters of Latin script, only a language with a pack is believed: a short
 * English macro ("Pick a colour.") has no marker words, and a guess of a language without a pack
 * would leave it unchecked.
 */
const MIN_LATIN_LETTERS = 40;
/** The detector reads at most this much of a draft: enough to be sure, cheap on long pages. */
const SAMPLE_LENGTH = 2000;
/**
 * eld reads less of Latin-script text, the costliest step of a check in Polish, Swedish or
 * Estonian (its time grows with the sample): on the shared dev sets and the Obsidian translations
 * (1,378 texts), 150 characters route every text as 2,000 do, and on the Universal Declaration of
 * Human Rights in 32 Latin-script languages (743 passages) no passage moves to or from a language
 * with a pack.
 */
const LATIN_SAMPLE_LENGTH = 150;
/**
 * Marker words are counted on less: on the shared dev sets and the Obsidian translations the
 * English share separates the languages the same at 500 characters as at 2,000.
 */
const MARKER_SAMPLE_LENGTH = 500;

/** How many characters of a text a pattern (`g`) matches, counted without a match array. */
const count = (text: string, pattern: RegExp) => text.length - text.replace(pattern, '').length;

/** A letter of a script other than Latin: text without one skips the script counts. */
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;
/**
 * Every character that can be such a letter (µ, modifier letters, U+0370 on, but not the
 * punctuation at U+2000–U+20FF): a plain class, ten times faster than the script test it spares.
 */
const MAY_BE_NON_LATIN = /[\u00b5\u02b9-\u02ee\u0370-\u1dff\u1f00-\u1fff\u2100-\u214f\u2c00-\uffff]/;

/** Whether a text has a letter of a script other than Latin. */
export const hasNonLatinLetter = (text: string) => MAY_BE_NON_LATIN.test(text) && NON_LATIN_LETTER.test(text);

/**
 * Detects a text's language: by script where the script decides (Hebrew; Japanese kana; Hangul),
 * then by a pack's marker words, otherwise with eld, a short-text detector, restricted for Latin
 * script to the languages of installed and configured packs plus a few common languages without a
 * pack. `und` for enough Latin text eld cannot place; undefined when the text is too short or the
 * detector is unsure of a short one: the caller falls back to the document's language.
 */
export class LanguageDetector {
  private latinInstance?: ReturnType<typeof loadEld>;
  private readonly candidates: readonly string[];
  /** The candidates with marker words, in the candidates' order (the default pack first). */
  private readonly markers: readonly { language: string; words: ReadonlySet<string>; share: number }[];

  constructor(candidates: readonly LanguageCandidate[]) {
    this.candidates = candidates.map((candidate) => candidate.id);
    this.markers = candidates.flatMap(({ id, markers }) =>
      markers ? [{ language: id, words: new Set(markers.words), share: markers.share }] : [],
    );
  }

  /** eld restricted to the candidates, made on first use. */
  private get latin() {
    if (!this.latinInstance) {
      this.latinInstance = loadEld().newInstance();
      this.latinInstance.setLanguageSubset([...new Set([...this.candidates, ...RECOGNISED_LATIN])]);
    }
    return this.latinInstance;
  }

  /** The first candidate whose marker words are at least its share of the text's words. */
  private markedLanguage(sample: string): string | undefined {
    if (this.markers.length === 0) return undefined;
    const words = wordsOf(sample.toLowerCase());
    if (words.length === 0) return undefined;
    for (const { language, words: markers, share } of this.markers) {
      let found = 0;
      for (const word of words) if (markers.has(word)) found++;
      if (found >= share * words.length) return language;
    }
    return undefined;
  }

  /**
   * The language a text's own script or marker words name, unless it holds a marker word of `current` (a section half
   * translated is not a section in another language), or undefined: cheap enough to ask of every section of an article.
   * Needs the letters of a sentence or two. Latin text without a pack's marker words goes to the detector only when it has
   * letters beyond ASCII (ą, ö, õ): plain English sections never load its tables.
   */
  evident(text: string, current: string): string | undefined {
    const sample = text.length > MARKER_SAMPLE_LENGTH ? text.slice(0, MARKER_SAMPLE_LENGTH) : text;
    const currentMarkers = this.markers.find((candidate) => candidate.language === current)?.words;
    if (currentMarkers && holdsAnyWord(sample.toLowerCase(), currentMarkers)) return undefined;
    const otherScripts = hasNonLatinLetter(sample);
    const letters = lettersIn(sample, otherScripts ? Infinity : MIN_LATIN_LETTERS);
    if (letters < MIN_LATIN_LETTERS) return undefined;
    for (const script of otherScripts ? SCRIPTS : []) if (count(sample, script.pattern) * 2 >= letters) return script.language;
    const marked = this.markedLanguage(sample);
    if (marked || !BEYOND_ASCII.test(sample)) return marked;
    const result = this.latin.detect(sample.slice(0, LATIN_SAMPLE_LENGTH));
    return result.language && result.isReliable() ? result.language : undefined;
  }

  detect(text: string): LanguageDecision | undefined {
    const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
    const otherScripts = hasNonLatinLetter(sample);
    // Latin-only text needs its letters counted only as far as the thresholds; the script shares need them all.
    const letters = lettersIn(sample, otherScripts ? Infinity : MIN_LATIN_LETTERS);
    if (letters === 0) return undefined;
    for (const script of otherScripts ? SCRIPTS : []) {
      if (count(sample, script.pattern) * 2 < letters) continue;
      // A script that names its language does so in two words as well as in two hundred: "פג תוקף".
      if (script.language) return { language: script.language, reason: `${script.name} script` };
      if (letters < MIN_LETTERS) return undefined;
      const result = loadEld().detect(sample);
      return result.language && result.isReliable()
        ? { language: result.language, reason: `${script.name} script, detected as ${languageName(result.language)}` }
        : { language: 'und', reason: `${script.name} script` };
    }
    if (letters < MIN_LETTERS) return undefined;
    const marked = this.markedLanguage(sample.slice(0, MARKER_SAMPLE_LENGTH));
    if (marked) return { language: marked, reason: `detected as ${languageName(marked)}` };
    const result = this.latin.detect(sample.slice(0, LATIN_SAMPLE_LENGTH));
    // Enough Latin text without a pack's marker words that the detector cannot place is in a language it does not tell apart
    // (Latvian, Czech): not checked, rather than checked with the default pack's rules.
    if (!result.language || !result.isReliable())
      return letters < MIN_LATIN_LETTERS ? undefined : { language: 'und', reason: 'Latin script, in no language the detector is sure of' };
    if (letters < MIN_LATIN_LETTERS && !this.candidates.includes(result.language)) return undefined;
    return { language: result.language, reason: `detected as ${languageName(result.language)}` };
  }
}

/** The letters of a text, counted up to `limit`. */
function lettersIn(text: string, limit: number): number {
  let letters = 0;
  for (const run of text.matchAll(/\p{L}+/gu)) if ((letters += run[0].length) >= limit) break;
  return letters;
}

/** A text's words, as marker words are written (’ read as '). */
function wordsOf(lower: string): string[] {
  return (BEYOND_ASCII.test(lower) ? lower.replace(/’/g, "'").match(WORD) : lower.match(ASCII_WORD)) ?? [];
}

/** Whether a text holds one of `words`, read as `wordsOf` reads it; it stops at the first (in English, often "the"). */
function holdsAnyWord(lower: string, words: ReadonlySet<string>): boolean {
  const text = BEYOND_ASCII.test(lower) ? lower.replace(/’/g, "'") : lower;
  for (const [word] of text.matchAll(BEYOND_ASCII.test(text) ? WORD : ASCII_WORD)) if (words.has(word)) return true;
  return false;
}

/** Words with an apostrophe inside ("don't"), in small letters; ASCII text is read without Unicode classes, which are slower. */
const WORD = /\p{L}+(?:'\p{L}+)*/gu;
const ASCII_WORD = /[a-z]+(?:'[a-z]+)*/g;
/** A character beyond ASCII: text without one can be read with plain character classes, which are faster than Unicode ones. */
export const BEYOND_ASCII = /[\u0080-\uffff]/;

const DETECTORS = new Map<string, LanguageDetector>();

/** A language the detector may answer, with its pack's marker words. */
export interface LanguageCandidate {
  id: string;
  markers?: LanguageMarkers;
}

/**
 * One detector per set of candidate languages, shared by every checker: building one loads eld's
 * tables. Keyed by the languages in order, since the order decides which marker words count first.
 */
export function detectorFor(candidates: readonly LanguageCandidate[]): LanguageDetector {
  const key = candidates.map((candidate) => candidate.id).join(',');
  let detector = DETECTORS.get(key);
  if (!detector) DETECTORS.set(key, (detector = new LanguageDetector(candidates)));
  return detector;
}
