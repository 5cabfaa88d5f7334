/**
 * Wording and escaping shared by the editor client, the language server and the CLI reports,
 * written once so the surfaces cannot drift apart.
 */
import { SEVERITIES, type Severity } from '../engine/model';
import type { CountWords, PluralForms } from '../engine/pack';
import type { DraftHeadline } from './protocol';

export { SEVERITIES, type Severity, type CountWords };

/** How many items there are of each severity; every severity is present, most severe first. */
export function countBySeverity(items: Iterable<{ severity: Severity }>): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  for (const { severity } of items) counts[severity]++;
  return counts;
}

/** How a count sentence reads: which severities it names, how the parts join and what it says for none. */
export interface CountWording {
  severities: readonly Severity[];
  join: (parts: string[]) => string;
  none: string;
}

/** The short form of the CodeLens and the status bar: "2 errors, 1 note" or "no findings"; hints are not counted. */
export const SHORT_COUNTS: CountWording = {
  severities: ['error', 'warning', 'info'],
  join: (parts) => parts.join(', '),
  none: 'no findings',
};

/** English counts: the English pack's, and the editor's and the CLI's own wording. */
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

/** A count and its noun in a language: "1 error", "2 błędy", "5 błędów". */
function counted(count: number, forms: PluralForms, language: string): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return `${count} ${forms[rules.select(count)] ?? forms.other}`;
}

/** Counts in words, most severe first, e.g. "2 errors, 1 warning"; in English unless the nouns of another language are given. */
export function describeCounts(
  counts: Record<Severity, number>,
  wording: CountWording,
  nouns: { language: string; severities: CountWords['severities'] } = { language: 'en', severities: ENGLISH_COUNTS.severities },
): string {
  const parts = wording.severities
    .filter((severity) => counts[severity] > 0)
    .map((severity) => counted(counts[severity], nouns.severities[severity], nouns.language));
  return parts.length > 0 ? wording.join(parts) : wording.none;
}

/** The CodeLens title: the headline and a short count of findings. */
export function lensTitle(draft: Pick<DraftHeadline, 'headline' | 'findingCounts'>): string {
  return `📰 ${draft.headline} · ${describeCounts(draft.findingCounts, SHORT_COUNTS)}`;
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
