/**
 * Wording and escaping shared by the editor client, the language server and the CLI reports,
 * written once so the surfaces cannot drift apart.
 */
import { SEVERITIES, type Severity } from '../engine/model';
import type { CountWords, PreviewWords } from '../engine/pack';
import type { DraftHeadline } from './protocol';

export { SEVERITIES, type Severity, type CountWords, type PreviewWords };

/** How many items there are of each severity; every severity is present, most severe first. */
export function countBySeverity(items: Iterable<{ severity: Severity }>): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  for (const { severity } of items) counts[severity]++;
  return counts;
}

/** How a count sentence reads: which severities it names, how it counts one, how the parts join and what it says for none. */
export interface CountWording<S extends Severity = Severity> {
  severities: readonly S[];
  count: (severity: S, count: number) => string;
  join: (parts: string[]) => string;
  none: string;
}

/** The severities the short form of the CodeLens and the status bar counts: hints are not counted. */
export const SHORT_SEVERITIES = ['error', 'warning', 'info'] as const satisfies readonly Severity[];

/** English counts: the English pack's, and the CLI's own wording. */
export const ENGLISH_COUNTS: CountWords = {
  severities: {
    error: { one: 'error', other: 'errors' },
    warning: { one: 'warning', other: 'warnings' },
    info: { one: 'note', other: 'notes' },
    hint: { one: 'hint', other: 'hints' },
  },
  and: ' and ',
  none: 'No findings',
};

const pluralRules = new Map<string, Intl.PluralRules>();

/** Counts with a language's nouns in its plural forms: "1 error", "2 błędy", "5 błędów". */
export function countWith(nouns: CountWords['severities'], language: string): CountWording['count'] {
  const rules = pluralRules.get(language) ?? new Intl.PluralRules(language);
  pluralRules.set(language, rules);
  return (severity, count) => `${count} ${nouns[severity][rules.select(count)] ?? nouns[severity].other}`;
}

/** Lists counts as the language lists units: "1 error, 2 warnings" in English, "2 błędy i 1 uwaga" in Polish. */
export function listUnits(parts: string[], language: string): string {
  return new Intl.ListFormat(language, { type: 'unit', style: 'short' }).format(parts);
}

/** Counts in words, most severe first, e.g. "2 errors, 1 warning", or the wording's `none`. */
export function describeCounts<S extends Severity>(counts: Record<Severity, number>, wording: CountWording<S>): string {
  const parts = wording.severities.filter((severity) => counts[severity] > 0).map((severity) => wording.count(severity, counts[severity]));
  return parts.length > 0 ? wording.join(parts) : wording.none;
}

/**
 * The CodeLens title: the headline and a short count of its findings in the language the headline
 * is written in ("📰 … · 1 error, 2 notes", "📰 … · 2 ostrzeżenia", "📰 … · bez uwag"); `none`
 * begins a sentence in the pack, so it is lower-cased here, after the "·".
 */
export function lensTitle(draft: Pick<DraftHeadline, 'headline' | 'findingCounts' | 'counts' | 'wordedIn'>): string {
  const { counts, wordedIn: language } = draft;
  const short = describeCounts(draft.findingCounts, {
    severities: SHORT_SEVERITIES,
    count: countWith(counts.severities, language),
    join: (parts) => listUnits(parts, language),
    none: counts.none.charAt(0).toLocaleLowerCase(language) + counts.none.slice(1),
  });
  return `📰 ${draft.headline} · ${short}`;
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
