/** The public face of the engine: a checker for a language pack (English by default) and its rules. */
import { ToneChecker } from './engine/checker';
import type { LanguagePack } from './engine/pack';
import type { Rule } from './engine/rule';
import { english } from './packs/en';
import { INSTALLED_PACKS } from './packs';

export { packFor } from './packs';

export type { CheckOptions } from './engine/checker';
export type { CheckResult, Finding, DraftResult, Fix, TextEdit, Severity, DocumentKind } from './engine/model';

/** The pack a document is checked with when nothing says otherwise. */
export const DEFAULT_PACK: LanguagePack = english;

/**
 * A checker for a pack with its rules (or the given ones); drafts in the languages of the other
 * installed packs go to those packs. Keep one per document for incremental re-checks.
 */
export function createChecker(rules: readonly Rule[] = DEFAULT_PACK.rules, pack: LanguagePack = DEFAULT_PACK): ToneChecker {
  return new ToneChecker(pack, rules, INSTALLED_PACKS);
}
